import { AuditEvent } from '../database/audit-event.entity';
import { SupportCase } from '../cases';
import { Contact } from '../contacts';
import { json } from '../http/json-schema';
import { Interaction } from '../interactions';
import { MailMessage } from '../mail';
import { InformationRequest } from '../requests';
import { Registration } from '../events';

/** Everything held about one person (GDPR art. 15): records as the API answers them, each request with its timeline. */
export const PERSONAL_DATA_ANSWER = json.named(
  'PersonalData',
  json.object({
    exportedAt: json.instant,
    contact: json.record(Contact),
    organisation: json.nullable(json.object({ id: json.id, name: json.string })),
    requests: json.array(json.recordWith(InformationRequest, { interactions: json.array(json.record(Interaction)) })),
    mailMessages: json.array(json.record(MailMessage)),
    cases: json.array(json.record(SupportCase)),
    registrations: json.array(json.record(Registration)),
    history: json.array(json.record(AuditEvent)),
    relayReads: json.array(
      json.object({ at: json.instant, kind: json.enumOf(['read', 'list', 'export']), userId: json.id, userFullName: json.string }),
    ),
  }),
);
