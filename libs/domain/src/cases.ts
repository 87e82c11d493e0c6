import { codesOf, type Labelled } from './labels';
import { ORGANISATION_TYPE_LABELS, type Role } from './reference';

/** The project cycle, in order. A case moves forward or back along it. */
export const STAGE_LABELS = {
  design: { fr: 'Conception', en: 'Design' },
  funding_search: { fr: 'Recherche de financements', en: 'Funding search' },
  partner_search: { fr: 'Recherche de partenaires', en: 'Partner search' },
  implementation: { fr: 'Mise en œuvre', en: 'Implementation' },
  reporting: { fr: 'Compte rendu, évaluation', en: 'Reporting, evaluation' },
  communication: { fr: 'Communication, capitalisation', en: 'Communication, capitalisation' },
} as const satisfies Labelled<string>;
export type Stage = keyof typeof STAGE_LABELS;
export const STAGES = codesOf(STAGE_LABELS);

export const CASE_STATUS_LABELS = {
  open: { fr: 'Ouvert', en: 'Open' },
  on_hold: { fr: 'En pause', en: 'On hold' },
  closed: { fr: 'Clôturé', en: 'Closed' },
} as const satisfies Labelled<string>;
export type CaseStatus = keyof typeof CASE_STATUS_LABELS;
export const CASE_STATUSES = codesOf(CASE_STATUS_LABELS);

export const CASE_OUTCOME_LABELS = {
  funded: { fr: 'Financé', en: 'Funded' },
  completed: { fr: 'Mené à terme', en: 'Completed' },
  redirected: { fr: 'Réorienté', en: 'Redirected' },
  abandoned: { fr: 'Abandonné', en: 'Abandoned' },
} as const satisfies Labelled<string>;
export type CaseOutcome = keyof typeof CASE_OUTCOME_LABELS;
export const CASE_OUTCOMES = codesOf(CASE_OUTCOME_LABELS);

export const ASSIGNMENT_STATUS_LABELS = {
  proposed: { fr: 'Proposé', en: 'Proposed' },
  accepted: { fr: 'Accepté', en: 'Accepted' },
  completed: { fr: 'Terminé', en: 'Completed' },
  declined: { fr: 'Décliné', en: 'Declined' },
  withdrawn: { fr: 'Retiré', en: 'Withdrawn' },
} as const satisfies Labelled<string>;
export type AssignmentStatus = keyof typeof ASSIGNMENT_STATUS_LABELS;
export const ASSIGNMENT_STATUSES = codesOf(ASSIGNMENT_STATUS_LABELS);

/** An assignment still in force: the relay sees the case. */
export const LIVE_ASSIGNMENT_STATUSES: readonly AssignmentStatus[] = ['proposed', 'accepted'];

/**
 * The moves of an assignment and who makes them: the relay answers a proposal (accepts or
 * declines it, or gives up one it accepted); the team withdraws a proposal not yet answered;
 * either marks the work completed.
 */
export const ASSIGNMENT_MOVES = {
  accept: { from: ['proposed'], to: 'accepted', by: 'relay' },
  decline: { from: ['proposed', 'accepted'], to: 'declined', by: 'relay' },
  complete: { from: ['accepted'], to: 'completed', by: 'either' },
  withdraw: { from: ['proposed'], to: 'withdrawn', by: 'team' },
} as const satisfies Record<string, { from: readonly AssignmentStatus[]; to: AssignmentStatus; by: 'relay' | 'team' | 'either' }>;
export type AssignmentMove = keyof typeof ASSIGNMENT_MOVES;

/** Whether a user of this role makes this move (the team: admins and staff). */
export function makesAssignmentMove(role: Role, move: AssignmentMove): boolean {
  const { by } = ASSIGNMENT_MOVES[move];
  return by === 'either' || (by === 'relay') === (role === 'relay');
}

/** Whether an assignment in this status allows this move. */
export function allowsAssignmentMove(status: AssignmentStatus, move: AssignmentMove): boolean {
  return (ASSIGNMENT_MOVES[move].from as readonly AssignmentStatus[]).includes(status);
}

/** The UN Sustainable Development Goals (Objectifs de développement durable), used as tags. */
export const SDG_LABELS: Readonly<Record<number, { fr: string; en: string }>> = {
  1: { fr: 'Pas de pauvreté', en: 'No poverty' },
  2: { fr: 'Faim « zéro »', en: 'Zero hunger' },
  3: { fr: 'Bonne santé et bien-être', en: 'Good health and well-being' },
  4: { fr: 'Éducation de qualité', en: 'Quality education' },
  5: { fr: 'Égalité entre les sexes', en: 'Gender equality' },
  6: { fr: 'Eau propre et assainissement', en: 'Clean water and sanitation' },
  7: { fr: 'Énergie propre et d’un coût abordable', en: 'Affordable and clean energy' },
  8: { fr: 'Travail décent et croissance économique', en: 'Decent work and economic growth' },
  9: { fr: 'Industrie, innovation et infrastructure', en: 'Industry, innovation and infrastructure' },
  10: { fr: 'Inégalités réduites', en: 'Reduced inequalities' },
  11: { fr: 'Villes et communautés durables', en: 'Sustainable cities and communities' },
  12: { fr: 'Consommation et production responsables', en: 'Responsible consumption and production' },
  13: { fr: 'Mesures relatives à la lutte contre les changements climatiques', en: 'Climate action' },
  14: { fr: 'Vie aquatique', en: 'Life below water' },
  15: { fr: 'Vie terrestre', en: 'Life on land' },
  16: { fr: 'Paix, justice et institutions efficaces', en: 'Peace, justice and strong institutions' },
  17: { fr: 'Partenariats pour la réalisation des objectifs', en: 'Partnerships for the goals' },
};
export const SDGS: readonly number[] = Object.keys(SDG_LABELS).map(Number);

/**
 * Who holds a case, as the key figures count it: the type of its organisation, or a private
 * individual for a case held by a contact alone.
 */
export const CASE_HOLDER_TYPE_LABELS = {
  ...ORGANISATION_TYPE_LABELS,
  individual: { fr: 'Particulier', en: 'Private individual' },
} as const satisfies Labelled<string>;
export type CaseHolderType = keyof typeof CASE_HOLDER_TYPE_LABELS;
export const CASE_HOLDER_TYPES = codesOf(CASE_HOLDER_TYPE_LABELS);

/**
 * A case's funding (`fundingSoughtEur`, `fundingObtainedEur`) is stored as 0 until someone enters
 * it: shown, 0 reads as nothing entered rather than « 0 € ».
 */
export const FUNDING_NOT_ENTERED = { fr: 'Non renseigné', en: 'Not entered' } as const;
export const FUNDING_LABELS = { 0: FUNDING_NOT_ENTERED } as const satisfies Readonly<Record<number, { fr: string; en: string }>>;
