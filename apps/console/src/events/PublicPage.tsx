import type { ReactNode } from 'react';
import { Container, CssBaseline, Paper, ThemeProvider, Typography, createTheme } from '@mui/material';
import { i18nProvider } from '../i18n';
import { theme } from '../layout/theme';

const muiTheme = createTheme(theme);

/** A text of the pages people open without an account (`resacoop.events.public.*`). */
export const publicText = (key: string, options?: object) => i18nProvider.translate(`resacoop.events.public.${key}`, options);

/** The frame of a page opened without an account, outside the console: the network's name, then the page. */
export const PublicPage = ({ children }: { children: ReactNode }) => (
  <ThemeProvider theme={muiTheme}>
    <CssBaseline />
    <Container component="main" maxWidth="sm" sx={{ py: 4 }}>
      <Paper variant="outlined" sx={{ p: { xs: 2, sm: 4 } }}>
        <Typography variant="subtitle2" component="p" color="text.secondary" sx={{ mb: 2 }}>
          {publicText('network')}
        </Typography>
        {children}
      </Paper>
    </Container>
  </ThemeProvider>
);
