import AddCommentIcon from '@mui/icons-material/AddComment';
import InsightsIcon from '@mui/icons-material/Insights';
import StorageIcon from '@mui/icons-material/Storage';
import WorkIcon from '@mui/icons-material/Work';
import { Menu as RaMenu, usePermissions, useResourceDefinitions, useTranslate } from 'react-admin';
import { isRelayPortal, may, type Permissions } from '../providers/authProvider';

/** Resources after requests and cases, in the order of the menu. */
const OTHER_RESOURCES = ['organisations', 'contacts', 'events', 'users', 'relays', 'answer-templates'] as const;

/**
 * Whole labels, wrapped when longer than the sidebar (« Mes accompagnements » at 200 % zoom, English
 * labels): MUI's menu items keep to one line and cut the rest.
 */
const WHOLE_LABELS = {
  '& [role="menuitem"], & [role="menuitem"] *': { whiteSpace: 'normal', overflow: 'visible', textOverflow: 'clip' },
  '& [role="menuitem"]': { minHeight: 40, height: 'auto' },
} as const;

/** A resource's entry, for those resources registered with a list page. */
const ListItem = ({ name }: { name: string }) => {
  const resources = useResourceDefinitions();
  return resources[name]?.hasList ? <RaMenu.ResourceItem name={name} /> : null;
};

/**
 * The quick entry of a request (the desk's most frequent action, one click away from any page),
 * then the resources, cases opening on their board by stage, the key figures, the user's
 * notifications and, for administrators, the background queues. A relay user sees their home page,
 * their cases, their relay's events and their notifications only.
 */
export const Menu = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<Permissions>();
  if (isRelayPortal(permissions)) {
    return (
      <RaMenu sx={WHOLE_LABELS}>
        <RaMenu.DashboardItem />
        <RaMenu.Item to="/cases" primaryText={translate('resacoop.cases.mine')} leftIcon={<WorkIcon />} />
        <ListItem name="events" />
        <ListItem name="notifications" />
      </RaMenu>
    );
  }
  return (
    <RaMenu sx={WHOLE_LABELS}>
      <RaMenu.DashboardItem />
      {may(permissions, 'create', 'requests') && (
        <RaMenu.Item to="/requests/create" primaryText={translate('resacoop.requests.quick_entry')} leftIcon={<AddCommentIcon />} />
      )}
      <ListItem name="requests" />
      {may(permissions, 'list', 'cases') && (
        <RaMenu.Item to="/cases/board" primaryText={translate('resources.cases.name', { smart_count: 2 })} leftIcon={<WorkIcon />} />
      )}
      {OTHER_RESOURCES.map((name) => (
        <ListItem key={name} name={name} />
      ))}
      {may(permissions, 'read', 'reports') && (
        <RaMenu.Item to="/reports" primaryText={translate('resacoop.reports.title')} leftIcon={<InsightsIcon />} />
      )}
      <ListItem name="notifications" />
      {may(permissions, 'list', 'queues') && (
        <RaMenu.Item to="/queues" primaryText={translate('resacoop.queues.title')} leftIcon={<StorageIcon />} />
      )}
    </RaMenu>
  );
};
