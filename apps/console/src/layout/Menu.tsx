import AddCommentIcon from '@mui/icons-material/AddComment';
import { Menu as RaMenu, usePermissions, useTranslate } from 'react-admin';
import { may, type Permissions } from '../providers/authProvider';

/**
 * The resources' entries, preceded by the quick entry of a request: the desk's most frequent
 * action is one click away from any page.
 */
export const Menu = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<Permissions>();
  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      {may(permissions, 'create', 'requests') && (
        <RaMenu.Item to="/requests/create" primaryText={translate('resacoop.requests.quick_entry')} leftIcon={<AddCommentIcon />} />
      )}
      <RaMenu.ResourceItems />
    </RaMenu>
  );
};
