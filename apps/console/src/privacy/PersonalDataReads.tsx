import { Box, Typography } from '@mui/material';
import {
  Datagrid,
  Pagination,
  ReferenceField,
  ReferenceManyField,
  SelectField,
  TextField,
  useCanAccess,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateTimeField } from '../common/fields';

const KINDS = [
  { id: 'read', name: 'resacoop.privacy.reads.kinds.read' },
  { id: 'list', name: 'resacoop.privacy.reads.kinds.list' },
  { id: 'export', name: 'resacoop.privacy.reads.kinds.export' },
];

/** For administrators, on a contact's page: which relay user saw the contact, when and how (`/api/personal-data-reads`). */
export const PersonalDataReads = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'personal-data-reads', action: 'list' });
  if (!record || !canAccess) return null;
  const empty = <Typography variant="body2">{translate('resacoop.privacy.reads.empty')}</Typography>;
  return (
    <Box component="section" sx={{ mt: 3 }} aria-label={translate('resacoop.privacy.reads.title')}>
      <Typography variant="h6" component="h2" gutterBottom>
        {translate('resacoop.privacy.reads.title')}
      </Typography>
      <ReferenceManyField
        reference="personal-data-reads"
        target="contactId"
        sort={{ field: 'at', order: 'DESC' }}
        perPage={10}
        pagination={<Pagination rowsPerPageOptions={[10, 25, 50]} />}
        empty={empty}
      >
        <Datagrid bulkActionButtons={false} rowClick={false} empty={empty}>
          <DateTimeField source="at" />
          <ReferenceField source="userId" reference="users" link={false} sortable={false}>
            <TextField source="fullName" />
          </ReferenceField>
          <SelectField source="kind" choices={KINDS} sortable={false} />
        </Datagrid>
      </ReferenceManyField>
    </Box>
  );
};
