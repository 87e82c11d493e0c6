import { alpha, type Theme } from '@mui/material';
import { PageLoading } from '../common/PageLoading';
import {
  CreateButton,
  Datagrid,
  DateInput,
  FilterButton,
  List,
  ReferenceField,
  SearchInput,
  SelectInput,
  TextField,
  TopToolbar,
  type RaRecord,
} from 'react-admin';
import { REQUEST_CHANNEL_LABELS, REQUEST_STATUS_LABELS, REQUEST_TOPIC_LABELS, SITE_LABELS } from '@resacoop/domain';
import { ExportCsvButton } from '../common/ExportCsvButton';
import { CodeField, DateTimeField } from '../common/fields';
import { useChoices } from '../common/locale';
import { useMe } from '../common/useMe';
import { AssigneeInput } from './AssigneeInput';
import { QueueTabs } from './QueueTabs';
import { DEFAULT_SORT, viewFilter } from './queueViews';
import { DueField, RequesterField, StatusField } from './requestFields';
import { isOverdue } from './requestPayload';

const useFilters = () => {
  const sites = useChoices(SITE_LABELS);
  const statuses = useChoices(REQUEST_STATUS_LABELS);
  const channels = useChoices(REQUEST_CHANNEL_LABELS);
  const topics = useChoices(REQUEST_TOPIC_LABELS);
  return [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="site" source="site" choices={sites} translateChoice={false} />,
    <SelectInput key="status" source="status" choices={statuses} translateChoice={false} />,
    <SelectInput key="channel" source="channel" choices={channels} translateChoice={false} />,
    <SelectInput key="topic" source="topic" choices={topics} translateChoice={false} />,
    <AssigneeInput key="assigneeId" source="assigneeId" sx={{ minWidth: 240 }} />,
    <DateInput key="receivedSince" source="receivedSince" />,
    <DateInput key="receivedBefore" source="receivedBefore" />,
  ];
};

const Actions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton label="resacoop.requests.quick_entry" />
    <ExportCsvButton />
  </TopToolbar>
);

/** Overdue rows stand out in red. */
const rowSx = (record: RaRecord) =>
  isOverdue(record) ? { backgroundColor: (theme: object) => alpha((theme as Theme).palette.error.main, 0.08) } : {};

/** The request queue; it opens on the user's own open requests. */
export const RequestList = () => {
  const me = useMe();
  const filters = useFilters();
  if (!me) return <PageLoading />;
  return (
    <List
      filters={filters}
      filterDefaultValues={viewFilter('mine', me)}
      actions={<Actions />}
      exporter={false}
      sort={DEFAULT_SORT}
      perPage={25}
      empty={false}
    >
      <QueueTabs me={me} />
      <Datagrid
        rowClick="show"
        bulkActionButtons={false}
        rowSx={rowSx}
        size="small"
        sx={{ '& .RaDatagrid-tableWrapper': { overflowX: 'auto' }, '& .MuiTableCell-root': { px: 1 } }}
      >
        <TextField source="reference" sx={{ whiteSpace: 'nowrap' }} />
        <DateTimeField source="receivedAt" showTime={false} options={{ dateStyle: 'short' }} />
        <TextField source="subject" sortable={false} sx={{ display: 'block', minWidth: 160 }} />
        <RequesterField source="requester" sortable={false} />
        <CodeField source="site" labels={SITE_LABELS} />
        <CodeField source="channel" labels={REQUEST_CHANNEL_LABELS} />
        <CodeField source="topic" labels={REQUEST_TOPIC_LABELS} />
        <ReferenceField source="assigneeId" reference="users" link={false} />
        <StatusField source="status" />
        <DueField source="dueAt" stacked />
      </Datagrid>
    </List>
  );
};
