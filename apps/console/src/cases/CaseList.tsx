import ViewKanbanIcon from '@mui/icons-material/ViewKanban';
import { alpha, type Theme } from '@mui/material';
import {
  AutocompleteInput,
  BooleanInput,
  Button,
  CreateButton,
  Datagrid,
  FilterButton,
  Link,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextField,
  TopToolbar,
  usePermissions,
  useRecordContext,
  type RaRecord,
} from 'react-admin';
import { CASE_STATUS_LABELS, DEPARTEMENT_LABELS, SITE_LABELS, STAGE_LABELS, ZONE_LABELS } from '@resacoop/domain';
import { ExportCsvButton } from '../common/ExportCsvButton';
import { ChipsField, CodeField, DateTimeField } from '../common/fields';
import { useChoices } from '../common/locale';
import { isRelayPortal, type Permissions } from '../providers/authProvider';
import { AssigneeInput } from '../requests/AssigneeInput';
import { CaseStatusField, FollowUpField } from './caseFields';
import { isFollowUpOverdue } from './casePayload';
import { RelayCaseList } from './RelayCaseList';

/** Staff filter on everything; a relay user on the few fields of their own cases. */
const useFilters = (relayPortal: boolean) => {
  const sites = useChoices(SITE_LABELS);
  const stages = useChoices(STAGE_LABELS);
  const statuses = useChoices(CASE_STATUS_LABELS);
  const zones = useChoices(ZONE_LABELS);
  const departements = useChoices(DEPARTEMENT_LABELS);
  const common = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="stage" source="stage" choices={stages} translateChoice={false} />,
    <SelectInput key="status" source="status" choices={statuses} translateChoice={false} />,
    <BooleanInput key="followUpOverdue" source="followUpOverdue" />,
  ];
  if (relayPortal) return common;
  return [
    ...common,
    <AssigneeInput key="adviserId" source="adviserId" sx={{ minWidth: 240 }} />,
    <SelectInput key="site" source="site" choices={sites} translateChoice={false} />,
    <SelectInput key="zones" source="zones" choices={zones} translateChoice={false} />,
    <SelectInput key="departement" source="departement" choices={departements} translateChoice={false} />,
    <ReferenceInput key="relayId" source="relayId" reference="relays" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput optionText="name" />
    </ReferenceInput>,
  ];
};

/** To the board of open cases by stage. */
export const BoardButton = () => (
  <Button component={Link} to="/cases/board" label="resacoop.cases.board.title">
    <ViewKanbanIcon />
  </Button>
);

const Actions = () => (
  <TopToolbar>
    <FilterButton />
    <BoardButton />
    <CreateButton />
    <ExportCsvButton />
  </TopToolbar>
);

const rowSx = (record: RaRecord) =>
  isFollowUpOverdue(record) ? { backgroundColor: (theme: object) => alpha((theme as Theme).palette.error.main, 0.06) } : {};

/**
 * Who holds the case, in one column: its organisation, or the contact for a private individual
 * (a column of contacts would stay empty on nearly every row, and name an organisation's person as
 * a private individual).
 */
const HolderField = (_props: { label: string }) => {
  const record = useRecordContext();
  if (!record) return null;
  return record.organisationId ? (
    <ReferenceField source="organisationId" reference="organisations" link={false} />
  ) : (
    <ReferenceField source="contactId" reference="contacts" link={false} />
  );
};

/** The cases: all of them for the team; for a relay user, the cases handed to their relay ("Mes accompagnements"). */
export const CaseList = () => {
  const { permissions } = usePermissions<Permissions>();
  const relayPortal = isRelayPortal(permissions);
  const filters = useFilters(relayPortal);
  if (relayPortal) return <RelayCaseList />;
  return (
    <List
      filters={filters}
      filterDefaultValues={{ status: 'open' }}
      actions={<Actions />}
      exporter={false}
      sort={{ field: 'nextFollowUpAt', order: 'ASC' }}
      perPage={25}
    >
      <Datagrid
        rowClick="show"
        bulkActionButtons={false}
        rowSx={rowSx}
        size="small"
        sx={{ '& .RaDatagrid-tableWrapper': { overflowX: 'auto' }, '& .MuiTableCell-root': { px: 1 } }}
      >
        <TextField source="reference" sx={{ whiteSpace: 'nowrap' }} />
        <TextField source="projectTitle" sx={{ display: 'block', minWidth: 160 }} />
        <HolderField label="resacoop.cases.sections.holder" />
        <ReferenceField source="adviserId" reference="users" link={false} />
        <CodeField source="stage" labels={STAGE_LABELS} />
        <CaseStatusField source="status" />
        <ChipsField source="zones" labels={ZONE_LABELS} sortable={false} />
        <FollowUpField source="nextFollowUpAt" />
        <DateTimeField source="openedAt" showTime={false} options={{ dateStyle: 'short' }} />
      </Datagrid>
    </List>
  );
};
