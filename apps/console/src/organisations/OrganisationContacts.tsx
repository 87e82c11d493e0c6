import { Box, Stack, Typography } from '@mui/material';
import {
  CreateButton,
  Datagrid,
  EmailField,
  Pagination,
  ReferenceManyField,
  TextField,
  useCanAccess,
  useRecordContext,
  useTranslate,
} from 'react-admin';

/** The organisation's contacts, with a button that opens the contact form already linked to it. */
export const OrganisationContacts = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'contacts', action: 'list' });
  if (!record || !canAccess) return null;
  return (
    <Box component="section" sx={{ mt: 3 }} aria-label={translate('resacoop.organisations.contacts')}>
      <Stack direction="row" alignItems="center" justifyContent="space-between">
        <Typography variant="h6" component="h2">
          {translate('resacoop.organisations.contacts')}
        </Typography>
        <CreateButton resource="contacts" label="resacoop.action.add_contact" state={{ record: { organisationId: record.id } }} />
      </Stack>
      <ReferenceManyField
        reference="contacts"
        target="organisationId"
        sort={{ field: 'lastName', order: 'ASC' }}
        perPage={25}
        pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
        empty={<Typography variant="body2">{translate('resacoop.organisations.no_contacts')}</Typography>}
      >
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="firstName" />
          <TextField source="lastName" />
          <TextField source="function" sortable={false} />
          <EmailField source="email" />
          <TextField source="phone" sortable={false} />
        </Datagrid>
      </ReferenceManyField>
    </Box>
  );
};
