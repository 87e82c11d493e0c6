import { CreateButton, Datagrid, EmailField, TextField, useRecordContext } from 'react-admin';
import { RelatedRecords } from '../common/RelatedRecords';

/** The organisation's contacts, with a button that opens the contact form already linked to it. */
export const OrganisationContacts = () => {
  const record = useRecordContext();
  return (
    <RelatedRecords
      reference="contacts"
      target="organisationId"
      title="resacoop.organisations.contacts"
      empty="resacoop.organisations.no_contacts"
      sort={{ field: 'lastName', order: 'ASC' }}
      action={
        record && <CreateButton resource="contacts" label="resacoop.action.add_contact" state={{ record: { organisationId: record.id } }} />
      }
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="firstName" />
        <TextField source="lastName" />
        <TextField source="function" sortable={false} />
        <EmailField source="email" />
        <TextField source="phone" sortable={false} />
      </Datagrid>
    </RelatedRecords>
  );
};
