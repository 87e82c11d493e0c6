import { ReferenceField, SelectField, TextField } from 'react-admin';
import { RecordLog } from '../common/RecordLog';

const KINDS = [
  { id: 'read', name: 'resacoop.privacy.reads.kinds.read' },
  { id: 'list', name: 'resacoop.privacy.reads.kinds.list' },
  { id: 'export', name: 'resacoop.privacy.reads.kinds.export' },
];

/** For administrators, on a contact's page: which relay user saw the contact, when and how (`/api/personal-data-reads`). */
export const PersonalDataReads = () => (
  <RecordLog reference="personal-data-reads" target="contactId" title="resacoop.privacy.reads.title" empty="resacoop.privacy.reads.empty">
    <ReferenceField source="userId" reference="users" link={false} sortable={false}>
      <TextField source="fullName" />
    </ReferenceField>
    <SelectField source="kind" choices={KINDS} sortable={false} />
  </RecordLog>
);
