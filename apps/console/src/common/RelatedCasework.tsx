import { Datagrid, TextField } from 'react-admin';
import { CASE_STATUS_LABELS, REQUEST_STATUS_LABELS, STAGE_LABELS } from '@resacoop/domain';
import { CodeField, DateTimeField } from './fields';
import { ReferenceLinkField, RelatedRecords } from './RelatedRecords';

/** Whose page it is: an organisation's or a contact's (a private individual may hold requests and cases). */
export type Holder = 'organisations' | 'contacts';

const TARGET_OF: Record<Holder, string> = { organisations: 'organisationId', contacts: 'contactId' };

/** The holder's information requests, the latest first, each linked to its page. */
export const RelatedRequests = ({ holder }: { holder: Holder }) => (
  <RelatedRecords
    reference="requests"
    target={TARGET_OF[holder]}
    title={`resacoop.${holder}.requests`}
    empty={`resacoop.${holder}.no_requests`}
    sort={{ field: 'receivedAt', order: 'DESC' }}
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <ReferenceLinkField source="reference" label="resources.requests.fields.reference" />
      <TextField source="subject" sortable={false} />
      <CodeField source="status" labels={REQUEST_STATUS_LABELS} />
      <DateTimeField source="receivedAt" />
    </Datagrid>
  </RelatedRecords>
);

/** The holder's support cases, the latest first, each linked to its page. */
export const RelatedCases = ({ holder }: { holder: Holder }) => (
  <RelatedRecords
    reference="cases"
    target={TARGET_OF[holder]}
    title={`resacoop.${holder}.cases`}
    empty={`resacoop.${holder}.no_cases`}
    sort={{ field: 'openedAt', order: 'DESC' }}
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <ReferenceLinkField source="reference" label="resources.cases.fields.reference" />
      <TextField source="projectTitle" sortable={false} />
      <CodeField source="stage" labels={STAGE_LABELS} />
      <CodeField source="status" labels={CASE_STATUS_LABELS} />
    </Datagrid>
  </RelatedRecords>
);
