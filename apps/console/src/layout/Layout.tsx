import { useEffect, type ReactNode } from 'react';
import { Layout as RaLayout, usePermissions } from 'react-admin';
import * as requests from '../requests';
import { isRelayPortal, may, type Permissions } from '../providers/authProvider';
import { AppBar } from './AppBar';
import { Menu } from './Menu';
import { whenIdle } from './whenIdle';

/** The desk's daily page, the request queue, is fetched once the first page is on screen and the browser idle. */
function usePreloadRequestQueue(): void {
  const { permissions } = usePermissions<Permissions>();
  const wanted = permissions !== undefined && !isRelayPortal(permissions) && may(permissions, 'list', 'requests');
  useEffect(() => (wanted ? whenIdle(() => void requests.list.preload().catch(() => undefined), 3_000) : undefined), [wanted]);
}

export const Layout = ({ children }: { children: ReactNode }) => {
  usePreloadRequestQueue();
  return (
    // The content may shrink below its widest table, which then scrolls inside its card rather than the page.
    <RaLayout appBar={AppBar} menu={Menu} sx={{ minWidth: 0, '& .RaLayout-content, & .RaList-main': { minWidth: 0 } }}>
      {children}
    </RaLayout>
  );
};
