import { Admin, Resource } from 'react-admin';
import BusinessIcon from '@mui/icons-material/Business';
import PeopleIcon from '@mui/icons-material/People';
import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import QuestionAnswerIcon from '@mui/icons-material/QuestionAnswer';
import * as contacts from './contacts';
import { contactName } from './contacts/contactPayload';
import { i18nProvider } from './i18n';
import { Dashboard } from './layout/Dashboard';
import { Layout } from './layout/Layout';
import { LoginPage } from './layout/LoginPage';
import * as organisations from './organisations';
import * as requests from './requests';
import { authProvider, may, type Permissions } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { queryClient } from './providers/queryClient';
import * as users from './users';

/**
 * The resources follow what `GET /api/auth/me` says the user may do: a resource the user may not
 * list has no menu entry. `users` and `relays` stay registered without pages when they are only
 * read as references (the history's authors, a user's relay), `interactions` because a request's
 * timeline reads and adds them. Requests come first: the desk's daily work.
 */
const resourcesFor = (permissions: Permissions | undefined) => [
  may(permissions, 'list', 'requests') && (
    <Resource key="requests" name="requests" {...requests} icon={QuestionAnswerIcon} recordRepresentation="reference" />
  ),
  may(permissions, 'list', 'organisations') && (
    <Resource key="organisations" name="organisations" {...organisations} icon={BusinessIcon} recordRepresentation="name" />
  ),
  may(permissions, 'list', 'contacts') && (
    <Resource key="contacts" name="contacts" {...contacts} icon={PeopleIcon} recordRepresentation={contactName} />
  ),
  may(permissions, 'create', 'users') ? (
    <Resource key="users" name="users" {...users} icon={ManageAccountsIcon} recordRepresentation="fullName" />
  ) : (
    <Resource key="users" name="users" recordRepresentation="fullName" />
  ),
  <Resource key="relays" name="relays" recordRepresentation="name" />,
  <Resource key="audit-events" name="audit-events" />,
  may(permissions, 'list', 'interactions') && <Resource key="interactions" name="interactions" />,
];

export const App = () => (
  <Admin
    title="RESACOOP"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    queryClient={queryClient}
    loginPage={LoginPage}
    layout={Layout}
    dashboard={Dashboard}
    requireAuth
    disableTelemetry
  >
    {(permissions: Permissions | undefined) => resourcesFor(permissions)}
  </Admin>
);
