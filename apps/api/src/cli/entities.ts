import { Assignment } from '../assignments';
import { Session, User } from '../auth';
import { StageChange, SupportCase } from '../cases';
import { Contact, PersonalDataRead } from '../contacts';
import { CollectiveEvent, Registration } from '../events';
import { AuditEvent } from '../database/audit-event.entity';
import { Interaction } from '../interactions';
import { Notification } from '../notifications';
import { Organisation } from '../organisations';
import { ReferenceCounter } from '../references';
import { Relay } from '../relays';
import { ReminderOccurrence } from '../reminders';
import { KeyFigureSnapshot } from '../reports';
import { InformationRequest } from '../requests';
import { MailAttachment, MailMessage } from '../mail';
import { AnswerTemplate } from '../answer-templates';

/**
 * Every entity, for the data sources built outside Nest (migrations, the demo data, schema-diff, the
 * tests' databases). In the app each feature module registers its own; tests/api/schema.spec.ts
 * checks that this list is the one the app's modules register.
 */
export const ENTITIES = [
  AuditEvent,
  Session,
  User,
  Organisation,
  Relay,
  Contact,
  PersonalDataRead,
  ReferenceCounter,
  SupportCase,
  StageChange,
  InformationRequest,
  Interaction,
  Assignment,
  ReminderOccurrence,
  Notification,
  KeyFigureSnapshot,
  CollectiveEvent,
  Registration,
  MailMessage,
  MailAttachment,
  AnswerTemplate,
];
