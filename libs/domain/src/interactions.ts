import { codesOf, type Labelled } from './labels';

export const INTERACTION_KIND_LABELS = {
  note: { fr: 'Note', en: 'Note' },
  call: { fr: 'Appel', en: 'Call' },
  email: { fr: 'E-mail', en: 'E-mail' },
  meeting: { fr: 'Rendez-vous', en: 'Meeting' },
  status_change: { fr: 'Changement de statut', en: 'Status change' },
  stage_change: { fr: 'Changement d’étape', en: 'Stage change' },
} as const satisfies Labelled<string>;
export type InteractionKind = keyof typeof INTERACTION_KIND_LABELS;
export const INTERACTION_KINDS = codesOf(INTERACTION_KIND_LABELS);

/** What a person may log by hand; status and stage changes are written by the system. */
export const MANUAL_INTERACTION_KINDS = ['note', 'call', 'email', 'meeting'] as const satisfies readonly InteractionKind[];
export type ManualInteractionKind = (typeof MANUAL_INTERACTION_KINDS)[number];

/** An exchange with the requester counts as a first response. */
export const RESPONDING_INTERACTION_KINDS: readonly InteractionKind[] = ['call', 'email', 'meeting'];
