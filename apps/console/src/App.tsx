import { Route } from 'react-router';
import { CustomRoutes, Resource } from 'react-admin';
import BusinessIcon from '@mui/icons-material/Business';
import EventIcon from '@mui/icons-material/Event';
import HubIcon from '@mui/icons-material/Hub';
import PeopleIcon from '@mui/icons-material/People';
import NotificationsIcon from '@mui/icons-material/Notifications';
import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import QuestionAnswerIcon from '@mui/icons-material/QuestionAnswer';
import QuickreplyIcon from '@mui/icons-material/Quickreply';
import WorkIcon from '@mui/icons-material/Work';
import * as cases from './cases';
import * as contacts from './contacts';
import { contactName } from './contacts/contactPayload';
import * as dashboard from './dashboard';
import * as events from './events';
import { i18nProvider } from './i18n';
import * as imports from './imports';
import { reservedAddresses } from './layout/addresses';
import { AdminShell } from './layout/AdminShell';
import { LoginPage } from './layout/LoginPage';
import { ReservedPage } from './layout/OutOfReachPage';
import * as notifications from './notifications';
import * as organisations from './organisations';
import * as preferences from './preferences';
import * as queues from './queues';
import * as relays from './relays';
import * as answerTemplates from './answer-templates';
import * as reports from './reports';
import * as requests from './requests';
import { authProvider, isRelayPortal, may, type Permissions } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { queryClient } from './providers/queryClient';
import * as users from './users';

/**
 * The resources follow what `GET /api/auth/me` says the user may do: a resource the user may not
 * list has no menu entry. `users` and `relays` stay registered without pages when they are only
 * read as references (the history's authors, a case's relay), `interactions` and `assignments`
 * because a page's timeline and relay panel read them. Requests come first: the desk's daily work.
 *
 * The relay portal (relay users) gets its cases (list and page, no form) and the page of their
 * organisations and contacts, never the directory's lists; and its relay's events, with their
 * forms and attendance lists, as the team gets all of them.
 *
 * Everyone has their notifications (the bell) and their preferences; staff the key figures;
 * administrators the queues.
 *
 * An address the user's role may not open (layout/addresses.ts) shows who it is reserved to: its
 * route, more specific than the resource's own (`/users/*`), wins over a resource registered without
 * that page, which would otherwise render nothing.
 */
const resourcesFor = (permissions: Permissions | undefined) => {
  const relayPortal = isRelayPortal(permissions);
  return [
    !relayPortal && may(permissions, 'list', 'requests') && (
      <Resource key="requests" name="requests" {...requests} icon={QuestionAnswerIcon} recordRepresentation="reference" />
    ),
    may(permissions, 'list', 'cases') && (
      <Resource
        key="cases"
        name="cases"
        list={cases.list}
        show={cases.show}
        edit={relayPortal ? undefined : cases.edit}
        create={relayPortal ? undefined : cases.create}
        icon={WorkIcon}
        recordRepresentation="reference"
      />
    ),
    !relayPortal && may(permissions, 'list', 'cases') && (
      <CustomRoutes key="case-board">
        <Route path="/cases/board" element={<cases.board />} />
      </CustomRoutes>
    ),
    relayPortal ? (
      <Resource key="organisations" name="organisations" show={organisations.show} recordRepresentation="name" />
    ) : (
      may(permissions, 'list', 'organisations') && (
        <Resource key="organisations" name="organisations" {...organisations} icon={BusinessIcon} recordRepresentation="name" />
      )
    ),
    relayPortal ? (
      <Resource key="contacts" name="contacts" show={contacts.show} recordRepresentation={contactName} />
    ) : (
      may(permissions, 'list', 'contacts') && (
        <Resource key="contacts" name="contacts" {...contacts} icon={PeopleIcon} recordRepresentation={contactName} />
      )
    ),
    // Relay users run their relay's events as the team runs all of them (the API scopes them).
    may(permissions, 'list', 'events') && (
      <Resource
        key="events"
        name="events"
        list={events.list}
        show={events.show}
        edit={may(permissions, 'update', 'events') ? events.edit : undefined}
        create={may(permissions, 'create', 'events') ? events.create : undefined}
        icon={EventIcon}
        recordRepresentation="title"
      />
    ),
    may(permissions, 'list', 'registrations') && <Resource key="registrations" name="registrations" recordRepresentation="name" />,
    may(permissions, 'update', 'registrations') && (
      <CustomRoutes key="attendance">
        <Route path="/events/:id/attendance" element={<events.attendance />} />
      </CustomRoutes>
    ),
    may(permissions, 'create', 'users') ? (
      <Resource key="users" name="users" {...users} icon={ManageAccountsIcon} recordRepresentation="fullName" />
    ) : (
      <Resource key="users" name="users" recordRepresentation="fullName" />
    ),
    may(permissions, 'update', 'relays') ? (
      <Resource key="relays" name="relays" {...relays} icon={HubIcon} recordRepresentation="name" />
    ) : (
      <Resource key="relays" name="relays" recordRepresentation="name" />
    ),
    may(permissions, 'create', 'answer-templates') ? (
      <Resource key="answer-templates" name="answer-templates" {...answerTemplates} icon={QuickreplyIcon} recordRepresentation="title" />
    ) : (
      <Resource key="answer-templates" name="answer-templates" recordRepresentation="title" />
    ),
    <Resource key="audit-events" name="audit-events" />,
    may(permissions, 'list', 'interactions') && <Resource key="interactions" name="interactions" />,
    may(permissions, 'list', 'assignments') && <Resource key="assignments" name="assignments" />,
    may(permissions, 'list', 'notifications') && (
      <Resource key="notifications" name="notifications" list={notifications.list} icon={NotificationsIcon} />
    ),
    <CustomRoutes key="preferences">
      <Route path="/preferences" element={<preferences.page />} />
    </CustomRoutes>,
    may(permissions, 'read', 'reports') && (
      <CustomRoutes key="reports">
        <Route path="/reports" element={<reports.page />} />
      </CustomRoutes>
    ),
    !relayPortal && (may(permissions, 'import', 'organisations') || may(permissions, 'import', 'contacts')) && (
      <CustomRoutes key="imports">
        <Route path="/import/:resource" element={<imports.page />} />
      </CustomRoutes>
    ),
    may(permissions, 'create', 'registrations') && (
      <CustomRoutes key="sign-in-sheets">
        <Route path={imports.SIGN_IN_SHEET_ROUTE} element={<imports.signInSheetPage />} />
      </CustomRoutes>
    ),
    may(permissions, 'list', 'queues') && (
      <CustomRoutes key="queues">
        <Route path="/queues" element={<queues.page />} />
      </CustomRoutes>
    ),
    <CustomRoutes key="reserved">
      {reservedAddresses(permissions).map(({ path, audience }) => (
        <Route key={path} path={path} element={<ReservedPage audience={audience} />} />
      ))}
    </CustomRoutes>,
  ];
};

/** `<AdminShell>` is react-admin's `<Admin>`, the layout (layout/Layout.tsx) and rare pages loaded after the login page. */
export const App = () => (
  <AdminShell
    title="RESACOOP"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    queryClient={queryClient}
    loginPage={LoginPage}
    dashboard={dashboard.page}
    requireAuth
    disableTelemetry
  >
    {(permissions: Permissions | undefined) => resourcesFor(permissions)}
  </AdminShell>
);
