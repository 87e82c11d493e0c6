import { createElement, Suspense, type ComponentProps, type ComponentType, type ReactNode } from 'react';
import { CssBaseline } from '@mui/material';
import { lazyPage, type LazyPage } from '../common/lazyPage';
import { theme } from './theme';
import { NamedProgress } from './NamedProgress';
import { AdminContext, CoreAdminUI, LoadingPage, localStorageStore, Notification, type CoreAdminUIProps } from 'react-admin';

/** A page loaded when first shown (see lazyPage), with `fallback` on screen for the instant it takes. */
function later<Props extends object>(
  page: LazyPage<Props>,
  fallback: ReactNode = null,
): ((props: Props) => ReactNode) & { preload: () => Promise<unknown> } {
  const Later = (props: Props) => <Suspense fallback={fallback}>{createElement(page, props)}</Suspense>;
  return Object.assign(Later, { preload: page.preload });
}

type Page<Name extends keyof CoreAdminUIProps> = Exclude<NonNullable<CoreAdminUIProps[Name]>, boolean>;
type ErrorProps = Parameters<Page<'error'>>[0];
const pages = () => import('./fallbackPages');
// react-admin's own `<AdminUI>` passes these pages for its props, whose types are looser than theirs.
const NotFound = later(lazyPage(() => pages().then((module) => module.NotFound as Page<'catchAll'>)));
const ErrorPage = later(lazyPage(() => pages().then((module) => module.Error as ComponentType<ErrorProps>)));
const AccessDenied = later(lazyPage(() => pages().then((module) => module.AccessDenied as Page<'accessDenied'>)));
const AuthenticationError = later(lazyPage(() => pages().then((module) => module.AuthenticationError as Page<'authenticationError'>)));
const AuthCallback = later(lazyPage(() => pages().then((module) => module.AuthCallback as Page<'authCallbackPage'>)));

/**
 * The layout around every page after login (app bar, menu, bell): not part of the login page's
 * bundle, which fetches it while the user types (LoginPage.tsx).
 */
export const Layout = later(
  lazyPage(() => import('./Layout').then((module) => module.Layout)),
  <LoadingPage />,
);

const store = localStorageStore();

type AdminShellProps = Pick<ComponentProps<typeof AdminContext>, 'authProvider' | 'dataProvider' | 'i18nProvider' | 'queryClient'> &
  Omit<CoreAdminUIProps, 'layout'>;

/**
 * react-admin's `<Admin>` as it is made (AdminContext, then AdminUI: CssBaseline, CoreAdminUI and
 * the notifications), with the same pages, but those a first visit does not need (the layout
 * after login, the error and not-found pages) loaded when first shown: the login page's bundle
 * carries the login page. `<Admin>` names them as default props, which keeps them all in it.
 */
export const AdminShell = ({ authProvider, dataProvider, i18nProvider, queryClient, children, ...ui }: AdminShellProps) => (
  <AdminContext
    authProvider={authProvider}
    dataProvider={dataProvider}
    i18nProvider={i18nProvider}
    queryClient={queryClient}
    store={store}
    theme={theme}
  >
    <CssBaseline enableColorScheme>
      <NamedProgress>
        <CoreAdminUI
          accessDenied={AccessDenied}
          authCallbackPage={AuthCallback}
          authenticationError={AuthenticationError}
          catchAll={NotFound}
          error={ErrorPage}
          layout={Layout}
          loading={LoadingPage}
          {...ui}
        >
          {children}
        </CoreAdminUI>
      </NamedProgress>
      <Notification />
    </CssBaseline>
  </AdminContext>
);
