import { Assignment } from '../assignments/assignment.entity';
import { AuditEvent } from './audit-event.entity';
import { Session } from '../auth/session.entity';
import { StageChange } from '../cases/stage-change.entity';
import { SupportCase } from '../cases/support-case.entity';
import { Contact } from '../contacts/contact.entity';
import { Interaction } from '../interactions/interaction.entity';
import { Notification } from '../notifications/notification.entity';
import { Organisation } from '../organisations/organisation.entity';
import { ReferenceCounter } from '../references/reference-counter.entity';
import { ReminderOccurrence } from '../reminders/reminder-occurrence.entity';
import { Relay } from '../relays/relay.entity';
import { PersonalDataRead } from '../privacy/personal-data-read.entity';
import { KeyFigureSnapshot } from '../reports/key-figure-snapshot.entity';
import { InformationRequest } from '../requests/information-request.entity';
import { User } from '../users/user.entity';
import { CollectiveEvent } from '../events/collective-event.entity';
import { Registration } from '../events/registration.entity';

export const ENTITIES = [
  AuditEvent,
  Session,
  Contact,
  Organisation,
  Relay,
  User,
  ReferenceCounter,
  InformationRequest,
  Interaction,
  SupportCase,
  StageChange,
  Assignment,
  ReminderOccurrence,
  Notification,
  KeyFigureSnapshot,
  PersonalDataRead,
  CollectiveEvent,
  Registration,
];
