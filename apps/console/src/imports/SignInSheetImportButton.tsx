import UploadIcon from '@mui/icons-material/Upload';
import { Button, LinkBase, usePermissions } from 'react-admin';
import { may, type Permissions } from '../providers/authProvider';

/** "Importer la feuille d’émargement" on an event's page, for the users who may register people to it. */
export const SignInSheetImportButton = ({ eventId }: { eventId: number }) => {
  const { permissions } = usePermissions<Permissions>();
  if (!may(permissions, 'create', 'registrations')) return null;
  return (
    <Button component={LinkBase} to={signInSheetPath(eventId)} label="resacoop.import.sign_in_sheet.button">
      <UploadIcon />
    </Button>
  );
};

export const signInSheetPath = (eventId: number) => `/import/sign-in-sheet/${eventId}`;
