import { Datagrid, ReferenceField } from 'react-admin';
import { EVENT_KIND_LABELS } from '@resacoop/domain';
import { CodeField, DateTimeField } from '../common/fields';
import { RelatedRecords } from '../common/RelatedRecords';
import { RegistrantField } from './eventFields';

/** Whose page it is: an organisation's (its people's attendances) or a contact's. */
type Attendee = 'organisations' | 'contacts';

const TARGET_OF: Record<Attendee, string> = { organisations: 'organisationId', contacts: 'contactId' };

/** The events the organisation's people, or the contact, attended: their registrations marked present, each event linked to its page. */
export const EventsAttended = ({ attendee }: { attendee: Attendee }) => (
  <RelatedRecords
    reference="registrations"
    target={TARGET_OF[attendee]}
    filter={{ status: 'attended' }}
    title="resacoop.events.attended.title"
    empty="resacoop.events.attended.empty"
    sort={{ field: 'createdAt', order: 'DESC' }}
  >
    <Datagrid bulkActionButtons={false} rowClick={false}>
      <ReferenceField source="eventId" reference="events" link="show" sortable={false} label="resources.registrations.fields.eventId" />
      <ReferenceField source="eventId" reference="events" link={false} sortable={false} label="resources.events.fields.startsAt">
        <DateTimeField source="startsAt" />
      </ReferenceField>
      <ReferenceField source="eventId" reference="events" link={false} sortable={false} label="resources.events.fields.kind">
        <CodeField source="kind" labels={EVENT_KIND_LABELS} />
      </ReferenceField>
      {attendee === 'organisations' && <RegistrantField label="resources.registrations.fields.name" />}
    </Datagrid>
  </RelatedRecords>
);
