import { Datagrid, TextField } from 'react-admin';
import { CASE_STATUS_LABELS, REQUEST_STATUS_LABELS, STAGE_LABELS } from '@resacoop/domain';
import { CodeField, DateTimeField } from '../common/fields';
import { ReferenceLinkField, RelatedRecords } from './RelatedRecords';

/** The organisation's information requests, the latest first, each linked to its page. */
export const OrganisationRequests = () => (
  <RelatedRecords
    reference="requests"
    title="resacoop.organisations.requests"
    empty="resacoop.organisations.no_requests"
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

/** The organisation's support cases, the latest first, each linked to its page. */
export const OrganisationCases = () => (
  <RelatedRecords
    reference="cases"
    title="resacoop.organisations.cases"
    empty="resacoop.organisations.no_cases"
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
