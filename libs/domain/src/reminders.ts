import { codesOf, type Labelled } from './labels';

/** What reminds whom, and when (workflow 5 of the product). */
export const REMINDER_RULE_LABELS = {
  case_follow_up: { fr: 'Relance d’accompagnement à faire', en: 'Case follow-up due' },
  request_due_tomorrow: { fr: 'Demande à traiter pour demain', en: 'Request due tomorrow' },
  request_overdue: { fr: 'Demande en retard', en: 'Request overdue' },
  request_overdue_escalation: { fr: 'Demande en retard depuis 2 jours ouvrés', en: 'Request overdue for 2 working days' },
  request_unassigned: { fr: 'Demande non attribuée', en: 'Request unassigned' },
  assignment_proposed: { fr: 'Accompagnement proposé à votre relais', en: 'Case proposed to your relay' },
  assignment_answered: { fr: 'Réponse du relais à une proposition', en: 'A relay answered a proposal' },
  assignment_unacknowledged: { fr: 'Affectation sans réponse du relais', en: 'Assignment not acknowledged' },
  assignment_unacknowledged_adviser: {
    fr: 'Affectation sans réponse du relais depuis 7 jours ouvrés',
    en: 'Assignment not acknowledged for 7 working days',
  },
  case_inactive: { fr: 'Accompagnement sans nouvelles depuis 60 jours', en: 'Case without interaction for 60 days' },
  daily_digest: { fr: 'Récapitulatif du jour', en: 'Daily digest' },
  event_attendance_missing: { fr: 'Présences non relevées', en: 'Attendance not recorded' },
  event_evaluations_missing: { fr: 'Évaluations de formation manquantes', en: 'Training evaluations missing' },
  event_registrant_reminder: { fr: 'Rappel aux inscrits la veille', en: 'Reminder to registrants the day before' },
} as const satisfies Labelled<string>;
export type ReminderRule = keyof typeof REMINDER_RULE_LABELS;
export const REMINDER_RULES = codesOf(REMINDER_RULE_LABELS);

/** The thresholds are settings; these are the defaults the spec gives. */
export interface ReminderThresholds {
  escalationWorkingDays: number;
  unassignedWorkingDays: number;
  relayAcknowledgeWorkingDays: number;
  adviserAcknowledgeWorkingDays: number;
  inactiveCaseDays: number;
  /** Working days after a relay's answer during which its adviser is still told of it (a worker down longer: no stale news). */
  answerNewsWorkingDays: number;
  /** Hour of the Paris day at which day-level reminders (follow-ups, due tomorrow) go out. */
  morningHour: number;
  /** Working days after an event's last day when its attendance, still not recorded, is asked for. */
  attendanceWorkingDays: number;
  /** Days after a training's last day when its missing evaluations are asked for. */
  evaluationDays: number;
}

export const DEFAULT_REMINDER_THRESHOLDS: ReminderThresholds = {
  escalationWorkingDays: 2,
  unassignedWorkingDays: 1,
  relayAcknowledgeWorkingDays: 3,
  adviserAcknowledgeWorkingDays: 7,
  inactiveCaseDays: 60,
  answerNewsWorkingDays: 3,
  morningHour: 8,
  attendanceWorkingDays: 2,
  evaluationDays: 7,
};
