import DownloadIcon from '@mui/icons-material/GetApp';
import { Button } from '@mui/material';
import { useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { API_URL } from '../providers/api';

/**
 * Downloads everything held about the person as JSON (GDPR right of access). A plain link, so the
 * browser saves the API's attachment with the session cookie.
 */
export const ExportPersonalDataButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'contacts', action: 'export' });
  if (!record || !canAccess) return null;
  return (
    <Button component="a" href={`${API_URL}/contacts/${record.id}/personal-data`} download size="small" startIcon={<DownloadIcon />}>
      {translate('resacoop.privacy.export')}
    </Button>
  );
};
