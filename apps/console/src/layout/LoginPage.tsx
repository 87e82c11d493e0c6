import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { Box, Typography } from '@mui/material';
import { Login, LoginForm, PasswordInput, TextInput, email, required, useTranslate } from 'react-admin';
import { dashboardQuery } from '../dashboard/useDashboard';
import { dataProvider } from '../providers/dataProvider';
import { whenLoggedIn } from '../providers/authProvider';
import { queryClient } from '../providers/queryClient';
import * as dashboard from '../dashboard';
import { Layout } from './AdminShell';
import { whenIdle } from './whenIdle';

/**
 * Sign-in with the email address (the API's login takes `{ email, password }`).
 *
 * While the user types, the code of what comes next (the layout, the home page) is fetched; the
 * moment the login succeeds, the home page's data is asked for, alongside the first render rather
 * than after it. Not when the login leads back to another page (a session that expired there).
 */
export const LoginPage = () => {
  const translate = useTranslate();
  const { state } = useLocation();
  const nextPathname = (state as { nextPathname?: string } | null)?.nextPathname;
  const landsHome = !nextPathname || nextPathname === '/';

  useEffect(() => {
    const preload = () => {
      void Layout.preload().catch(() => undefined);
      if (landsHome) void dashboard.page.preload().catch(() => undefined);
    };
    whenLoggedIn(() => {
      preload(); // already done, unless the login came before the browser was idle
      if (landsHome) void queryClient.prefetchQuery(dashboardQuery(dataProvider));
    });
    const cancel = whenIdle(preload);
    return () => {
      cancel();
      whenLoggedIn(null);
    };
  }, [landsHome]);

  // The tab's title names the page too (RGAA).
  useEffect(() => {
    document.title = `${translate('ra.auth.sign_in')} – ${translate('resacoop.title')}`;
  }, [translate]);

  // The page's landmark and level-one heading (RGAA): react-admin's login page has neither.
  return (
    <Box component="main">
      <Login>
        <Typography component="h1" variant="h6" sx={{ textAlign: 'center', mt: 1 }}>
          {`${translate('resacoop.title')} · ${translate('ra.auth.sign_in')}`}
        </Typography>
        <LoginForm>
          <TextInput
            autoFocus
            source="email"
            type="email"
            label={translate('resacoop.auth.email')}
            autoComplete="username"
            validate={[required(), email()]}
          />
          <PasswordInput source="password" label={translate('ra.auth.password')} autoComplete="current-password" validate={required()} />
        </LoginForm>
      </Login>
    </Box>
  );
};
