import { CreateButton, Datagrid, FilterButton, List, SearchInput, SelectInput, TextField, TopToolbar } from 'react-admin';
import { DEPARTEMENT_LABELS, MEMBERSHIP_LABELS, ORGANISATION_TYPE_LABELS } from '@resacoop/domain';
import { ExportCsvButton } from '../common/ExportCsvButton';
import { CodeField, DateTimeField } from '../common/fields';
import { useChoices } from '../common/locale';
import { ImportButton } from '../imports/ImportButton';

const useFilters = () => {
  const types = useChoices(ORGANISATION_TYPE_LABELS);
  const departements = useChoices(DEPARTEMENT_LABELS);
  const memberships = useChoices(MEMBERSHIP_LABELS);
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="type" source="type" choices={types} translateChoice={false} />,
    <SelectInput key="departement" source="departement" choices={departements} translateChoice={false} />,
    <SelectInput key="membership" source="membership" choices={memberships} translateChoice={false} />,
  ];
};

const Actions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportCsvButton />
    <ImportButton />
  </TopToolbar>
);

export const OrganisationList = () => (
  <List filters={useFilters()} actions={<Actions />} exporter={false} sort={{ field: 'name', order: 'ASC' }} perPage={25}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="name" />
      <TextField source="acronym" />
      <CodeField source="type" labels={ORGANISATION_TYPE_LABELS} />
      <CodeField source="departement" labels={DEPARTEMENT_LABELS} />
      <TextField source="city" />
      <CodeField source="membership" labels={MEMBERSHIP_LABELS} />
      <DateTimeField source="updatedAt" />
    </Datagrid>
  </List>
);
