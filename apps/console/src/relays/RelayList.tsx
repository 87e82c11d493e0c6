import { Datagrid, List, ReferenceField, TextField } from 'react-admin';
import { DEPARTEMENT_LABELS } from '@resacoop/domain';
import { ChipsField } from '../common/fields';

/** The departmental relays (four are seeded); administrators edit them. */
export const RelayList = () => (
  <List exporter={false} sort={{ field: 'name', order: 'ASC' }} perPage={25} pagination={false}>
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <TextField source="name" />
      <ReferenceField source="organisationId" reference="organisations" link={false} sortable={false} />
      <ChipsField source="departements" labels={DEPARTEMENT_LABELS} sortable={false} />
    </Datagrid>
  </List>
);
