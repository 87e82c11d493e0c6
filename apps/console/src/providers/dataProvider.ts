import { fetchUtils, HttpError, type DataProvider, type Identifier } from 'react-admin';
import type { AssignmentMove, EventMove } from '@resacoop/domain';
import simpleRestProvider from 'ra-data-simple-rest';
import { API_URL, apiLocale } from './api';
import type {
  Assignment,
  AssignmentActionDto,
  AttendanceDto,
  CollectiveEvent,
  EventActionDto,
  CaseAdviser,
  Contact,
  ConvertRequestDto,
  Dashboard,
  DeclineAssignmentDto,
  DuplicateCandidate,
  EmailAnswer,
  EmailAnswerDto,
  EraseContactDto,
  KeyFiguresView,
  MailAttachment,
  MailMessage,
  Me,
  MergeOrganisationsDto,
  Notification,
  Organisation,
  ParticipantDto,
  PreferencesDto,
  PublicEvent,
  PublicRegistration,
  PublicRegistrationDto,
  Publication,
  PublishYearDto,
  QueueOverview,
  Registration,
  StageChange,
  SupportCase,
  Unsubscribed,
  User,
} from './api.generated';

/**
 * A read refused with field errors (a list's filter or sort from an address) has no form to show
 * them next to: its message carries them, so the notification says what was wrong.
 */
function withFieldErrors(error: unknown, method: string | undefined): unknown {
  if (!(error instanceof HttpError) || (method ?? 'GET') !== 'GET') return error;
  const errors = (error.body as { errors?: Record<string, string> } | undefined)?.errors;
  if (!errors || Object.keys(errors).length === 0) return error;
  const reasons = Object.entries(errors).map(([field, why]) => `${field} : ${why}`);
  return new HttpError(`${error.message} (${reasons.join(' ; ')})`, error.status, error.body);
}

/** Sends the session cookie and the console's language with every call; nothing else differs from fetchUtils.fetchJson. */
const httpClient = async (url: string, options: fetchUtils.Options = {}) => {
  const headers = new Headers(options.headers);
  headers.set('Accept-Language', apiLocale());
  try {
    return await fetchUtils.fetchJson(url, { ...options, headers, credentials: 'include' });
  } catch (error) {
    throw withFieldErrors(error, options.method);
  }
};

const call = async <T>(path: string, method = 'GET', body?: object): Promise<T> =>
  (await httpClient(`${API_URL}/${path}`, body === undefined ? { method } : { method, body: JSON.stringify(body) })).json as T;

const segment = (value: Identifier | string) => encodeURIComponent(String(value));

/** The stock provider (the list/record contract), plus the API's calls beyond it, each named and typed from the OpenAPI document. */
export interface ResacoopDataProvider extends DataProvider {
  me(): Promise<Me>;
  savePreferences(preferences: PreferencesDto): Promise<User>;
  dashboard(): Promise<Dashboard>;
  caseAdviser(caseId: Identifier): Promise<CaseAdviser>;
  stageHistory(caseId: Identifier): Promise<StageChange[]>;
  /** Accept, decline (with its reason), withdraw or complete an assignment. */
  moveAssignment(assignmentId: Identifier, move: AssignmentMove, body: DeclineAssignmentDto | AssignmentActionDto): Promise<Assignment>;
  convertToCase(requestId: Identifier, body: ConvertRequestDto): Promise<SupportCase>;
  mailThread(requestId: Identifier): Promise<MailMessage[]>;
  mailAttachments(requestId: Identifier): Promise<MailAttachment[]>;
  emailAnswer(requestId: Identifier, body: EmailAnswerDto): Promise<EmailAnswer>;
  resendMail(requestId: Identifier, mailId: Identifier): Promise<MailMessage>;
  duplicatesOf(organisationId: Identifier): Promise<DuplicateCandidate[]>;
  mergeOrganisations(keptId: Identifier, body: MergeOrganisationsDto): Promise<Organisation>;
  eraseContact(contactId: Identifier, body: EraseContactDto): Promise<Contact>;
  markNotificationRead(notificationId: Identifier): Promise<Notification>;
  markAllNotificationsRead(): Promise<{ updated: number }>;
  keyFigures(period: { from: string; to: string }): Promise<KeyFiguresView>;
  publishYear(body: PublishYearDto): Promise<Publication>;
  queues(): Promise<QueueOverview[]>;
  retryJob(queue: string, jobId: string): Promise<{ retried: string }>;
  /** Publish, cancel or mark held an event, from the version shown. */
  moveEvent(eventId: Identifier, move: EventMove, body: EventActionDto): Promise<CollectiveEvent>;
  /** One tap of the attendance list. */
  markAttendance(registrationId: Identifier, body: AttendanceDto): Promise<Registration>;
  addWalkIn(eventId: Identifier, body: ParticipantDto): Promise<Registration>;
  /** The public registration page's event and form, without an account (the link's token). */
  publicEvent(token: string): Promise<PublicEvent>;
  registerPublicly(token: string, body: PublicRegistrationDto): Promise<PublicRegistration>;
  unsubscribe(token: string): Promise<Unsubscribed>;
}

/** The API follows the ra-data-simple-rest contract, so the stock provider is used unchanged for records. */
export const dataProvider: ResacoopDataProvider = {
  ...simpleRestProvider(API_URL, httpClient),
  me: () => call('auth/me'),
  savePreferences: (preferences) => call('users/me/preferences', 'PUT', preferences),
  dashboard: () => call('dashboard'),
  caseAdviser: (caseId) => call(`cases/${segment(caseId)}/adviser`),
  stageHistory: (caseId) => call(`cases/${segment(caseId)}/stage-history`),
  moveAssignment: (assignmentId, move, body) => call(`assignments/${segment(assignmentId)}/${move}`, 'POST', body),
  convertToCase: (requestId, body) => call(`requests/${segment(requestId)}/convert-to-case`, 'POST', body),
  mailThread: (requestId) => call(`requests/${segment(requestId)}/mail-messages`),
  mailAttachments: (requestId) => call(`requests/${segment(requestId)}/mail-attachments`),
  emailAnswer: (requestId, body) => call(`requests/${segment(requestId)}/email-answer`, 'POST', body),
  resendMail: (requestId, mailId) => call(`requests/${segment(requestId)}/mail-messages/${segment(mailId)}/resend`, 'POST', {}),
  duplicatesOf: (organisationId) => call(`organisations/${segment(organisationId)}/duplicates`),
  mergeOrganisations: (keptId, body) => call(`organisations/${segment(keptId)}/merge`, 'POST', body),
  eraseContact: (contactId, body) => call(`contacts/${segment(contactId)}/erase`, 'POST', body),
  markNotificationRead: (notificationId) => call(`notifications/${segment(notificationId)}/read`, 'POST', {}),
  markAllNotificationsRead: () => call('notifications/read-all', 'POST', {}),
  keyFigures: ({ from, to }) => call(`reports/key-figures?${new URLSearchParams({ from, to })}`),
  publishYear: (body) => call('reports/publications', 'POST', body),
  queues: () => call('queues'),
  retryJob: (queue, jobId) => call(`queues/${segment(queue)}/failed/${segment(jobId)}/retry`, 'POST', {}),
  moveEvent: (eventId, move, body) => call(`events/${segment(eventId)}/${move}`, 'POST', body),
  markAttendance: (registrationId, body) => call(`registrations/${segment(registrationId)}/attendance`, 'POST', body),
  addWalkIn: (eventId, body) => call(`events/${segment(eventId)}/walk-ins`, 'POST', body),
  publicEvent: (token) => call(`public/events/${segment(token)}`),
  registerPublicly: (token, body) => call(`public/events/${segment(token)}/registrations`, 'POST', body),
  unsubscribe: (token) => call(`public/unsubscribe/${segment(token)}`, 'POST'),
};
