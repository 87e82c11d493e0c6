import { BooleanField, BooleanInput, Datagrid, DateField, List, SearchInput, TextField } from 'react-admin';

const filters = [<SearchInput key="q" source="q" alwaysOn />, <BooleanInput key="active" source="active" />];

/** The saved answers advisers start an e-mail answer from. */
export const AnswerTemplateList = () => (
  <List filters={filters} exporter={false} sort={{ field: 'title', order: 'ASC' }} perPage={25}>
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <TextField source="title" />
      <BooleanField source="active" />
      <DateField source="updatedAt" showTime />
    </Datagrid>
  </List>
);
