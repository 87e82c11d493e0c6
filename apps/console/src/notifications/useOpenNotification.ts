import { useCallback } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useNotify } from 'react-admin';
import type { ResacoopDataProvider } from '../providers/dataProvider';
import { notificationTarget, type Notification } from './notificationTarget';

/** Refetches every notification query: the bell's count and menu, the list page. */
export function useRefreshNotifications(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: ['notifications'] }), [queryClient]);
}

/**
 * Marks a notification read (if it is not yet) and answers the path of its record,
 * for the bell's menu and the list's row click alike. Undefined when the record cannot be found.
 */
export function useOpenNotification(): (notification: Notification) => Promise<string | undefined> {
  const dataProvider = useDataProvider<ResacoopDataProvider>();
  const refresh = useRefreshNotifications();
  const notify = useNotify();
  return useCallback(
    async (notification: Notification) => {
      try {
        if (!notification.readAt) {
          await dataProvider.markNotificationRead(notification.id);
          await refresh();
        }
        return await notificationTarget(dataProvider, notification);
      } catch {
        notify('resacoop.notifications.open_error', { type: 'error' });
        return undefined;
      }
    },
    [dataProvider, refresh, notify],
  );
}
