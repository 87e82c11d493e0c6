import {
  BooleanInput,
  Datagrid,
  EmailField,
  List,
  ReferenceField,
  SearchInput,
  TextField,
  TopToolbar,
  CreateButton,
  FilterButton,
} from 'react-admin';
import { ExportCsvButton } from '../common/ExportCsvButton';
import { DateTimeField } from '../common/fields';
import { OrganisationInput } from './OrganisationInput';
import { ImportButton } from '../imports/ImportButton';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <OrganisationInput key="organisationId" source="organisationId" />,
  <BooleanInput key="hasNewsletterConsent" source="hasNewsletterConsent" defaultValue={true} />,
  <BooleanInput key="inactive" source="inactive" defaultValue={true} />,
];

const Actions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportCsvButton />
    <ImportButton />
  </TopToolbar>
);

export const ContactList = () => (
  <List filters={filters} actions={<Actions />} exporter={false} sort={{ field: 'lastName', order: 'ASC' }} perPage={25}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="firstName" />
      <TextField source="lastName" />
      <ReferenceField source="organisationId" reference="organisations" link="show" />
      <EmailField source="email" />
      <TextField source="phone" sortable={false} />
      <TextField source="function" sortable={false} />
      <DateTimeField source="newsletterConsentAt" sortable={false} />
    </Datagrid>
  </List>
);
