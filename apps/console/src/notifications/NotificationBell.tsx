import { useState, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { Badge, Divider, IconButton, ListItemText, Menu, MenuItem, Tooltip, Typography } from '@mui/material';
import NotificationsIcon from '@mui/icons-material/Notifications';
import { useDataProvider, useGetList, useNotify, useTranslate } from 'react-admin';
import { useIntlLocale } from '../common/locale';
import type { ResacoopDataProvider } from '../providers/dataProvider';
import type { Notification } from './notificationTarget';
import { useOpenNotification, useRefreshNotifications } from './useOpenNotification';

/** How often the unread count is asked again (it is also asked when the window regains focus). */
const REFRESH_EVERY_MS = 20_000;
/** How many of the latest unread notifications the menu shows. */
const LATEST = 10;
/** The largest count the badge writes out. */
const MAX_SHOWN = 99;
const UNREAD = { read: false };
const NEWEST_FIRST = { field: 'createdAt', order: 'DESC' } as const;

/** The app bar's bell: the unread count, the latest unread notifications, "mark all as read", the list. */
export const NotificationBell = () => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const notify = useNotify();
  const dataProvider = useDataProvider<ResacoopDataProvider>();
  const openNotification = useOpenNotification();
  const refresh = useRefreshNotifications();
  const intlLocale = useIntlLocale();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);

  // `range=[0,0]`: the count comes from the Content-Range header.
  const { total } = useGetList<Notification>(
    'notifications',
    { filter: UNREAD, pagination: { page: 1, perPage: 1 }, sort: NEWEST_FIRST },
    { refetchInterval: REFRESH_EVERY_MS, refetchOnWindowFocus: true },
  );
  const { data: latest, isPending } = useGetList<Notification>(
    'notifications',
    { filter: UNREAD, pagination: { page: 1, perPage: LATEST }, sort: NEWEST_FIRST },
    { enabled: anchor !== null },
  );
  const count = total ?? 0;
  // The badge shows 99+ past 99: the bell's name says what it shows.
  const label = translate('resacoop.notifications.bell', { smart_count: count, shown: count > MAX_SHOWN ? `${MAX_SHOWN}+` : count });

  const close = () => setAnchor(null);
  const open = async (notification: Notification) => {
    close();
    const path = await openNotification(notification);
    if (path) navigate(path);
  };
  const markAllRead = async () => {
    close();
    try {
      await dataProvider.markAllNotificationsRead();
      await refresh();
    } catch {
      notify('ra.notification.http_error', { type: 'error' });
    }
  };
  const showAll = () => {
    close();
    navigate('/notifications');
  };
  const formatDate = (value: string) =>
    new Date(value).toLocaleString(intlLocale, { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Paris' });

  return (
    <>
      <Tooltip title={label}>
        <IconButton
          color="inherit"
          aria-label={label}
          aria-haspopup="menu"
          data-unread={total === undefined ? undefined : count}
          onClick={(event: MouseEvent<HTMLElement>) => setAnchor(event.currentTarget)}
        >
          <Badge badgeContent={count} color="error" max={MAX_SHOWN}>
            <NotificationsIcon />
          </Badge>
        </IconButton>
      </Tooltip>
      <Menu
        anchorEl={anchor}
        open={anchor !== null}
        onClose={close}
        slotProps={{ paper: { sx: { width: 420, maxWidth: '90vw' } } }}
        aria-label={translate('resources.notifications.name', { smart_count: 2 })}
      >
        {isPending && anchor !== null ? (
          <MenuItem disabled>{translate('ra.page.loading')}</MenuItem>
        ) : latest && latest.length > 0 ? (
          latest.map((notification) => (
            <MenuItem key={notification.id} onClick={() => open(notification)} sx={{ whiteSpace: 'normal', alignItems: 'flex-start' }}>
              <ListItemText primary={notification.message} secondary={formatDate(notification.createdAt)} />
            </MenuItem>
          ))
        ) : (
          <MenuItem disabled>
            <Typography variant="body2">{translate('resacoop.notifications.none_unread')}</Typography>
          </MenuItem>
        )}
        <Divider />
        {count > 0 && <MenuItem onClick={markAllRead}>{translate('resacoop.notifications.mark_all_read')}</MenuItem>}
        <MenuItem onClick={showAll}>{translate('resacoop.notifications.see_all')}</MenuItem>
      </Menu>
    </>
  );
};
