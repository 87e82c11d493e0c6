import DownloadIcon from '@mui/icons-material/GetApp';
import { Button } from '@mui/material';
import { useCanAccess, useListContext, useTranslate } from 'react-admin';
import { API_URL } from '../providers/api';

/**
 * Downloads the whole list as CSV from the API (`/api/{resource}/export.csv`), with the list's
 * current sort and filter. The browser follows a plain link, so the session cookie goes along.
 */
export const ExportCsvButton = () => {
  const { resource, filterValues, sort, total } = useListContext();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource, action: 'export' });
  if (!canAccess) return null;
  const query = new URLSearchParams({
    sort: JSON.stringify([sort.field, sort.order]),
    filter: JSON.stringify(filterValues ?? {}),
  });
  return (
    <Button
      component="a"
      href={`${API_URL}/${resource}/export.csv?${query.toString()}`}
      download
      size="small"
      startIcon={<DownloadIcon />}
      disabled={total === 0}
    >
      {translate('resacoop.action.export_csv')}
    </Button>
  );
};
