import { codesOf, type Labelled } from './labels';

/** The kinds of collective events ("temps collectifs") the network runs or joins. */
export const EVENT_KIND_LABELS = {
  workshop: { fr: 'Atelier', en: 'Workshop' },
  training: { fr: 'Formation', en: 'Training' },
  working_group: { fr: 'Groupe de travail', en: 'Working group' },
  regional_meeting: { fr: 'Rencontre régionale', en: 'Regional meeting' },
  webinar: { fr: 'Webinaire', en: 'Webinar' },
  fair: { fr: 'Salon', en: 'Fair' },
  festisol: { fr: 'Animation Festisol', en: 'Festisol event' },
  other: { fr: 'Autre', en: 'Other' },
} as const satisfies Labelled<string>;
export type EventKind = keyof typeof EVENT_KIND_LABELS;
export const EVENT_KINDS = codesOf(EVENT_KIND_LABELS);

/** RESACOOP's part in an event: the key figures count the first two together. */
export const EVENT_ROLE_LABELS = {
  organised: { fr: 'Organisé', en: 'Organised' },
  co_organised: { fr: 'Co-organisé', en: 'Co-organised' },
  speaker: { fr: 'Intervenant', en: 'Speaker' },
  participant: { fr: 'Participant', en: 'Participant' },
} as const satisfies Labelled<string>;
export type EventRole = keyof typeof EVENT_ROLE_LABELS;
export const EVENT_ROLES = codesOf(EVENT_ROLE_LABELS);

/** The roles in which RESACOOP holds the event itself (organised or co-organised). */
export const HOSTED_EVENT_ROLES: readonly EventRole[] = ['organised', 'co_organised'];

/** The themes an event is about, as the activity report groups them. */
export const EVENT_THEME_LABELS = {
  ecsi: { fr: 'Éducation à la citoyenneté et à la solidarité internationale', en: 'Global citizenship education' },
  project_design: { fr: 'Montage de projet', en: 'Project design' },
  funding: { fr: 'Financements', en: 'Funding' },
  partnership: { fr: 'Partenariats', en: 'Partnerships' },
  youth_mobility: { fr: 'Mobilité et engagement des jeunes', en: 'Youth mobility and engagement' },
  local_authorities: { fr: 'Action internationale des collectivités', en: 'Local authorities’ international action' },
  migration: { fr: 'Migrations et développement', en: 'Migration and development' },
  climate: { fr: 'Climat et transition', en: 'Climate and transition' },
  health: { fr: 'Santé', en: 'Health' },
  other: { fr: 'Autre', en: 'Other' },
} as const satisfies Labelled<string>;
export type EventTheme = keyof typeof EVENT_THEME_LABELS;
export const EVENT_THEMES = codesOf(EVENT_THEME_LABELS);

export const EVENT_STATUS_LABELS = {
  draft: { fr: 'Brouillon', en: 'Draft' },
  published: { fr: 'Publié', en: 'Published' },
  held: { fr: 'Tenu', en: 'Held' },
  cancelled: { fr: 'Annulé', en: 'Cancelled' },
} as const satisfies Labelled<string>;
export type EventStatus = keyof typeof EVENT_STATUS_LABELS;
export const EVENT_STATUSES = codesOf(EVENT_STATUS_LABELS);

/**
 * The moves of an event: a draft is published (its registration page opens); a draft or a
 * published event is cancelled; one that took place is marked held, published or not (RESACOOP
 * does not publish the events of others it speaks at or attends).
 */
export const EVENT_MOVES = {
  publish: { from: ['draft'], to: 'published' },
  cancel: { from: ['draft', 'published'], to: 'cancelled' },
  hold: { from: ['draft', 'published'], to: 'held' },
} as const satisfies Record<string, { from: readonly EventStatus[]; to: EventStatus }>;
export type EventMove = keyof typeof EVENT_MOVES;

/** Whether an event in this status allows this move. */
export function allowsEventMove(status: EventStatus, move: EventMove): boolean {
  return (EVENT_MOVES[move].from as readonly EventStatus[]).includes(status);
}

/** Whether registrations are still taken for an event in this status (a held one: late entries and sign-in sheets). */
export function takesRegistrations(status: EventStatus): boolean {
  return status !== 'cancelled';
}

export const REGISTRATION_STATUS_LABELS = {
  registered: { fr: 'Inscrit', en: 'Registered' },
  attended: { fr: 'Présent', en: 'Attended' },
  absent: { fr: 'Absent', en: 'Absent' },
} as const satisfies Labelled<string>;
export type RegistrationStatus = keyof typeof REGISTRATION_STATUS_LABELS;
export const REGISTRATION_STATUSES = codesOf(REGISTRATION_STATUS_LABELS);

/** A trainee's evaluation of a training: a score from 1 to 5. */
export const EVALUATION_SCORES: readonly number[] = [1, 2, 3, 4, 5];
