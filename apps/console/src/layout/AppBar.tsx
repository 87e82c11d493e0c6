import { forwardRef } from 'react';
import { Link } from 'react-router';
import { Box, ListItemIcon, ListItemText, MenuItem, Typography } from '@mui/material';
import TuneIcon from '@mui/icons-material/Tune';
import {
  AppBar as RaAppBar,
  LoadingIndicator,
  LocalesMenuButton,
  Logout,
  TitlePortal,
  useGetIdentity,
  UserMenu,
  useTranslate,
  useUserMenu,
} from 'react-admin';
import { DocumentTitle } from './DocumentTitle';
import { NotificationBell } from '../notifications/NotificationBell';
import { LocalePreference } from './LocalePreference';

/** The user menu's "Mes préférences" entry (the daily digest). */
const PreferencesItem = forwardRef<HTMLAnchorElement>((props, ref) => {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  return (
    <MenuItem ref={ref} component={Link} to="/preferences" onClick={() => userMenu?.onClose()} {...props}>
      <ListItemIcon>
        <TuneIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('resacoop.preferences.title')}</ListItemText>
    </MenuItem>
  );
});
PreferencesItem.displayName = 'PreferencesItem';

/** Named after the user, as its button reads (react-admin names it "Profil" by default). */
const AppUserMenu = () => {
  const { identity } = useGetIdentity();
  return (
    <UserMenu label={identity?.fullName ?? 'ra.auth.user_menu'}>
      <PreferencesItem />
      <Logout />
    </UserMenu>
  );
};

/** The network's name, the page title, the bell, the language switch, the user menu. */
export const AppBar = () => {
  const translate = useTranslate();
  return (
    <RaAppBar
      userMenu={<AppUserMenu />}
      toolbar={
        <>
          <NotificationBell />
          <LocalesMenuButton />
          <LocalePreference />
          {/* The spinner's name, for screen readers (react-admin passes the attribute to it). */}
          <LoadingIndicator aria-label={translate('ra.page.loading')} />
        </>
      }
    >
      <Typography variant="h6" component="span" sx={{ fontWeight: 700, letterSpacing: 1, mr: 2 }}>
        {translate('resacoop.title')}
      </Typography>
      <Box component="span" sx={{ opacity: 0.6, mr: 2 }}>
        |
      </Box>
      <TitlePortal component="h1" variant="h6" />
      <DocumentTitle />
    </RaAppBar>
  );
};
