import { Box, CircularProgress } from '@mui/material';
import { useTranslate } from 'react-admin';

/** A page's content while it loads: react-admin's `<Loading>` spinner has no accessible name (RGAA). */
export const PageLoading = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'flex', justifyContent: 'center', p: 4 }}>
      <CircularProgress aria-label={translate('ra.page.loading')} />
    </Box>
  );
};
