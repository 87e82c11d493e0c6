import EventIcon from '@mui/icons-material/Event';
import { Button } from '@mui/material';
import {
  AutocompleteInput,
  CreateButton,
  Datagrid,
  DateInput,
  FilterButton,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TextField,
  TopToolbar,
  useCanAccess,
  useListContext,
  usePermissions,
  useTranslate,
} from 'react-admin';
import { DEPARTEMENT_LABELS, EVENT_KIND_LABELS, EVENT_ROLE_LABELS, EVENT_STATUS_LABELS, SITE_LABELS } from '@resacoop/domain';
import { ExportCsvButton } from '../common/ExportCsvButton';
import { CodeField, DateTimeField } from '../common/fields';
import { useChoices } from '../common/locale';
import { API_URL } from '../providers/api';
import { isRelayPortal, type Permissions } from '../providers/authProvider';
import { EventStatusField } from './eventFields';

/** The filters the API takes (EVENT_LIST's whitelist); a relay user's events are all their relay's. */
const useFilters = (relayPortal: boolean) => {
  const statuses = useChoices(EVENT_STATUS_LABELS);
  const kinds = useChoices(EVENT_KIND_LABELS);
  const roles = useChoices(EVENT_ROLE_LABELS);
  const sites = useChoices(SITE_LABELS);
  const common = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="status" source="status" choices={statuses} translateChoice={false} />,
    <SelectInput key="kind" source="kind" choices={kinds} translateChoice={false} />,
    <SelectInput key="role" source="role" choices={roles} translateChoice={false} />,
    <DateInput key="startsSince" source="startsSince" />,
    <DateInput key="startsBefore" source="startsBefore" />,
  ];
  if (relayPortal) return common;
  return [
    ...common,
    <SelectInput key="site" source="site" choices={sites} translateChoice={false} />,
    <ReferenceInput key="relayId" source="relayId" reference="relays" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput optionText="name" />
    </ReferenceInput>,
  ];
};

/**
 * The published events of the list (its filter and sort) as an iCalendar file, for the team's
 * calendars; the browser follows a plain link, so the session cookie goes along.
 */
const CalendarButton = () => {
  const { filterValues, sort, total } = useListContext();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'events', action: 'export' });
  if (!canAccess) return null;
  const query = new URLSearchParams({ sort: JSON.stringify([sort.field, sort.order]), filter: JSON.stringify(filterValues ?? {}) });
  return (
    <Button
      component="a"
      href={`${API_URL}/events/export.ics?${query}`}
      download
      size="small"
      startIcon={<EventIcon />}
      disabled={total === 0}
    >
      {translate('resacoop.events.export_ics')}
    </Button>
  );
};

const Actions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportCsvButton />
    <CalendarButton />
  </TopToolbar>
);

/** The collective events ("temps collectifs"), by start: all for the team, their relay's for a relay user. */
export const EventList = () => {
  const { permissions } = usePermissions<Permissions>();
  const relayPortal = isRelayPortal(permissions);
  const filters = useFilters(relayPortal);
  return (
    <List filters={filters} actions={<Actions />} exporter={false} sort={{ field: 'startsAt', order: 'DESC' }} perPage={25}>
      <Datagrid
        rowClick="show"
        bulkActionButtons={false}
        size="small"
        sx={{ '& .RaDatagrid-tableWrapper': { overflowX: 'auto' }, '& .MuiTableCell-root': { px: 1 } }}
      >
        <DateTimeField source="startsAt" />
        <TextField source="title" sx={{ display: 'block', minWidth: 180 }} />
        <CodeField source="kind" labels={EVENT_KIND_LABELS} />
        <CodeField source="role" labels={EVENT_ROLE_LABELS} />
        <EventStatusField source="status" />
        <CodeField source="departement" labels={DEPARTEMENT_LABELS} emptyText="resacoop.events.online_short" />
        {!relayPortal && <CodeField source="site" labels={SITE_LABELS} emptyText="—" />}
        {!relayPortal && <ReferenceField source="relayId" reference="relays" link={false} emptyText="—" />}
      </Datagrid>
    </List>
  );
};
