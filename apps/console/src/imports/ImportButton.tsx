import UploadIcon from '@mui/icons-material/Upload';
import { Button, LinkBase, usePermissions, useResourceContext } from 'react-admin';
import { may, type Permissions } from '../providers/authProvider';

/** "Importer" on a list's toolbar, for the users who may import into it. */
export const ImportButton = () => {
  const resource = useResourceContext();
  const { permissions } = usePermissions<Permissions>();
  if (!resource || !may(permissions, 'import', resource)) return null;
  return (
    <Button component={LinkBase} to={`/import/${resource}`} label="resacoop.import.button">
      <UploadIcon />
    </Button>
  );
};
