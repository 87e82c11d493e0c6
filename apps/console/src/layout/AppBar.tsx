import { Box, Typography } from '@mui/material';
import { AppBar as RaAppBar, LoadingIndicator, LocalesMenuButton, TitlePortal, useTranslate } from 'react-admin';

/** The network's name, the page title, the language switch. */
export const AppBar = () => {
  const translate = useTranslate();
  return (
    <RaAppBar
      toolbar={
        <>
          <LocalesMenuButton />
          <LoadingIndicator />
        </>
      }
    >
      <Typography variant="h6" component="span" sx={{ fontWeight: 700, letterSpacing: 1, mr: 2 }}>
        {translate('resacoop.title')}
      </Typography>
      <Box component="span" sx={{ opacity: 0.6, mr: 2 }}>
        |
      </Box>
      <TitlePortal />
    </RaAppBar>
  );
};
