import { BooleanField, BooleanInput, Datagrid, EmailField, List, ReferenceField, SearchInput, SelectInput, TextField } from 'react-admin';
import { ROLE_LABELS, SITE_LABELS } from '@resacoop/domain';
import { CodeField } from '../common/fields';
import { useChoices } from '../common/locale';

const useFilters = () => {
  const roles = useChoices(ROLE_LABELS);
  const sites = useChoices(SITE_LABELS);
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="role" source="role" choices={roles} translateChoice={false} />,
    <SelectInput key="site" source="site" choices={sites} translateChoice={false} />,
    <BooleanInput key="active" source="active" defaultValue={true} />,
  ];
};

export const UserList = () => (
  <List filters={useFilters()} exporter={false} sort={{ field: 'fullName', order: 'ASC' }} perPage={25}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="fullName" />
      <EmailField source="email" />
      <CodeField source="role" labels={ROLE_LABELS} />
      <CodeField source="site" labels={SITE_LABELS} />
      <ReferenceField source="relayId" reference="relays" link={false} sortable={false} />
      <BooleanField source="active" sortable={false} />
      <BooleanField source="dailyDigest" sortable={false} />
    </Datagrid>
  </List>
);
