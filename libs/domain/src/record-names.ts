import type { Label } from './labels';

/** What each kind of record the API stores is called on screen, by the name the API knows it by (its audit entity). */
const RECORD_NAMES: Readonly<Record<string, Label>> = {
  organisation: { fr: 'Organisation', en: 'Organisation' },
  contact: { fr: 'Contact', en: 'Contact' },
  request: { fr: 'Demande', en: 'Request' },
  case: { fr: 'Accompagnement', en: 'Support case' },
  interaction: { fr: 'Échange', en: 'Interaction' },
  assignment: { fr: 'Proposition au relais', en: 'Relay assignment' },
  event: { fr: 'Temps collectif', en: 'Event' },
  registration: { fr: 'Inscription', en: 'Registration' },
  relay: { fr: 'Relais', en: 'Relay' },
  user: { fr: 'Compte', en: 'Account' },
  'answer-template': { fr: 'Réponse type', en: 'Saved answer' },
  mail_message: { fr: 'E-mail', en: 'E-mail' },
  mail_attachments: { fr: 'Pièce jointe', en: 'Attachment' },
  queue: { fr: 'File de tâches', en: 'Job queue' },
  'failed job': { fr: 'Tâche en échec', en: 'Failed job' },
};

const ANY_RECORD: Label = { fr: 'Enregistrement', en: 'Record' };

/** The on-screen name of a kind of record (`case` → « Accompagnement »); an unknown kind is a record. */
export function recordName(entity: string): Label {
  return Object.hasOwn(RECORD_NAMES, entity) ? RECORD_NAMES[entity] : ANY_RECORD;
}
