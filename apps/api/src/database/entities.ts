import { AuditEvent } from '../audit/audit-event.entity';
import { Session } from '../auth/session.entity';
import { Contact } from '../contacts/contact.entity';
import { Organisation } from '../organisations/organisation.entity';
import { Relay } from '../relays/relay.entity';
import { User } from '../users/user.entity';

export const ENTITIES = [AuditEvent, Session, Contact, Organisation, Relay, User];
