import type { ReminderThresholds } from '@resacoop/domain';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateNested,
  validateSync,
  type ValidationError,
} from 'class-validator';
import { SITES } from '@resacoop/domain';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const toList = ({ value }: { value: unknown }) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean)
    : value;

/** `false`, `0`, `no`, `off` turn a setting off; anything else turns it on. */
const toFlag = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? !['false', '0', 'no', 'off'].includes(value.trim().toLowerCase()) : value;

/** One IMAP mailbox the desk reads (MAILBOXES). */
export class MailboxSettings {
  /** How logs, readiness and the messages' rows name it: `user@host:port/folder`. */
  @IsString()
  name: string;

  @IsString()
  @MinLength(1)
  host: string;

  @IsInt()
  @Min(1)
  @Max(65535)
  port: number;

  @IsBoolean()
  secure: boolean;

  @IsString()
  @MinLength(1)
  user: string;

  @IsString()
  password: string;

  @IsString()
  @MinLength(1)
  folder: string;

  @IsIn(SITES)
  site: string;

  @IsString()
  @MinLength(1)
  processedFolder: string;

  @IsString()
  @MinLength(1)
  errorFolder: string;
}

function mailbox(text: string): MailboxSettings | string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return text;
  }
  const secure = url.protocol === 'imaps:';
  if (!secure && url.protocol !== 'imap:') return text;
  const folder = decodeURIComponent(url.pathname.slice(1)) || 'INBOX';
  const user = decodeURIComponent(url.username);
  const port = url.port ? Number(url.port) : secure ? 993 : 143;
  return Object.assign(new MailboxSettings(), {
    name: `${user}@${url.hostname}:${port}/${folder}`,
    host: url.hostname,
    port,
    secure,
    user,
    password: decodeURIComponent(url.password),
    folder,
    site: url.searchParams.get('site') ?? '',
    processedFolder: url.searchParams.get('processed') ?? 'Processed',
    errorFolder: url.searchParams.get('errors') ?? 'Errors',
  });
}

/** MAILBOXES as settings; a text that is no imap:// or imaps:// URL stays a string, which validation refuses. */
const toMailboxes = ({ value }: { value: unknown }) => (typeof value === 'string' ? (toList({ value }) as string[]).map(mailbox) : value);

/**
 * Every setting the API and the worker read, from environment variables, validated at start-up.
 * Defaults point at local services so that a fresh machine runs as is.
 */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV = 'development';

  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'must be a postgres:// URL' })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/resacoop';

  @Matches(/^rediss?:\/\/.+/, { message: 'must be a redis:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** Keeps several environments (dev, each test run) apart on one Redis. */
  @Matches(/^[a-z0-9_:-]+$/i, { message: 'letters, digits, _ : - only' })
  REDIS_PREFIX = 'resacoop';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /**
   * The origin the console is served from; writes from any other origin are refused (CSRF).
   * Unset, it is `http://localhost:PORT` (see loadConfig), so that another PORT works as is.
   */
  @IsUrl({ require_tld: false, require_protocol: true })
  APP_ORIGIN = '';

  @Transform(toList)
  @IsUrl({ require_tld: false, require_protocol: true }, { each: true })
  ALLOWED_ORIGINS: string[] = [];

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  SESSION_IDLE_MINUTES = 30;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  SESSION_ABSOLUTE_HOURS = 12;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES_PER_EMAIL = 10;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES_PER_IP = 50;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_WINDOW_MINUTES = 15;

  /** Registrations one address may send through public registration pages per hour (abuse bound; no account there). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  PUBLIC_REGISTRATIONS_PER_ADDRESS = 20;

  /** Registrations one event's public page takes per hour, from all addresses together. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  PUBLIC_REGISTRATIONS_PER_EVENT = 1000;

  /** Failures a browser holding the account's device cookie may make in the window before it alone is locked out. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES_PER_DEVICE = 10;

  /** How long the device cookie of a successful login lets that browser past the throttling of untrusted clients. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(400)
  LOGIN_DEVICE_DAYS = 180;

  @IsString()
  @MinLength(8)
  DEMO_PASSWORD = 'resacoop-demo';

  /** Where reminder e-mails go (smtp://user:pass@host:port). Without it, e-mails are logged, not sent. */
  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string = undefined;

  @IsString()
  @MinLength(3)
  MAIL_FROM = 'RESACOOP <no-reply@resacoop.test>';

  /**
   * SMTP connections the worker keeps open and reuses (nodemailer's pooled transport): a batch of
   * reminders costs a handful of connections, not one per e-mail. A `pool` or `maxConnections`
   * parameter in SMTP_URL takes precedence.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(50)
  SMTP_MAX_CONNECTIONS = 5;

  /** How often the worker re-derives from PostgreSQL what is due: the longest a lost Redis delays a reminder. */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  RECONCILE_EVERY_MS = 30000;

  /**
   * How long after its schedule is registered the first reconciliation runs: at once by default, so that a worker
   * started after an outage catches up without waiting a period. Suites that drive reconciliation themselves set it
   * beyond their length.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  RECONCILE_FIRST_DELAY_MS = 0;

  /** How long a job's lock lasts without renewal: after a worker dies, its jobs run again elsewhere within about this. */
  @Transform(toInt)
  @IsInt()
  @Min(500)
  WORKER_LOCK_MS = 30000;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  REMINDER_ESCALATION_WORKING_DAYS = 2;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  REMINDER_UNASSIGNED_WORKING_DAYS = 1;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  REMINDER_RELAY_ACK_WORKING_DAYS = 3;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  REMINDER_ADVISER_ACK_WORKING_DAYS = 7;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  REMINDER_INACTIVE_CASE_DAYS = 60;

  /** Working days to answer an information request. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(60)
  REQUEST_SLA_WORKING_DAYS = 5;

  /**
   * CSV exports in flight at once (from the request until the last byte is sent) for one user, and
   * in all in one API process: each holds a spool file and a socket. Beyond, 429 and 503.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  EXPORTS_PER_USER = 2;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  EXPORTS_IN_ALL = 10;

  /** How long a client may take nothing of an export before the download is cut and its spool file freed. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  EXPORT_STALL_SECONDS = 60;

  /**
   * How long a client may take to send a whole request, headers and body; then it is answered 408
   * and its connection closed. Long enough for a CSV import sent over a slow link.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  REQUEST_TIMEOUT_SECONDS = 60;

  /** Connections one API process keeps open at once; beyond, a new one is closed at once (a bound on memory, not on a client). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  MAX_CONNECTIONS = 1000;

  /**
   * The IMAP mailboxes the desk reads, comma-separated URLs:
   * `imap://user:password@host:143/INBOX?site=lyon&processed=Traité&errors=Erreurs` (`imaps://` for TLS;
   * user and password URL-encoded). Each message becomes a request of its `site`, then moves to `processed`;
   * one the desk cannot read moves to `errors`.
   */
  @Transform(toMailboxes)
  @ValidateNested({ each: true })
  MAILBOXES: MailboxSettings[] = [];

  /** How often the worker reads every mailbox. */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  MAIL_POLL_EVERY_MS = 60000;

  /** The desk's address, that answers and acknowledgements leave from and requesters reply to (MAIL_FROM unless set). */
  @IsOptional()
  @IsString()
  @MinLength(3)
  DESK_MAIL_FROM?: string = undefined;

  /** Whether each request opened by an e-mail is acknowledged with its reference and due date. */
  @Transform(toFlag)
  @IsBoolean()
  MAIL_ACKNOWLEDGE = true;

  /**
   * How many times the worker tries to send one of the desk's e-mails, the first retry after
   * MAIL_SEND_RETRY_MS, each next one twice as late (12 from 30 s: about a day). After the last, the
   * e-mail is marked failed with the reason, until someone sends it again.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(30)
  MAIL_SEND_ATTEMPTS = 12;

  @Transform(toInt)
  @IsInt()
  @Min(10)
  MAIL_SEND_RETRY_MS = 30_000;

  /** Whether the worker also keeps a connection idling on each mailbox (IMAP IDLE) to read new mail at once. */
  @Transform(toFlag)
  @IsBoolean()
  MAIL_IDLE = true;

  /** A larger file received with an e-mail is not kept (the request says so). */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  MAIL_ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

  /** A larger message is not read: it moves to the mailbox's error folder, with a log line. */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  MAIL_MAX_BYTES = 25 * 1024 * 1024;

  /** Folder of the built console, served at `/` when present. */
  @IsOptional()
  @IsString()
  CONSOLE_DIR?: string = undefined;

  get reminderThresholds(): ReminderThresholds {
    return {
      escalationWorkingDays: this.REMINDER_ESCALATION_WORKING_DAYS,
      unassignedWorkingDays: this.REMINDER_UNASSIGNED_WORKING_DAYS,
      relayAcknowledgeWorkingDays: this.REMINDER_RELAY_ACK_WORKING_DAYS,
      adviserAcknowledgeWorkingDays: this.REMINDER_ADVISER_ACK_WORKING_DAYS,
      inactiveCaseDays: this.REMINDER_INACTIVE_CASE_DAYS,
      answerNewsWorkingDays: 3,
      morningHour: 8,
      attendanceWorkingDays: 2,
      evaluationDays: 7,
    };
  }

  get deskMailFrom(): string {
    return this.DESK_MAIL_FROM ?? this.MAIL_FROM;
  }

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  /** Cookies get the Secure flag, HSTS and the CSP's upgrade of insecure requests when the app is served over TLS. */
  get secureCookies(): boolean {
    return this.APP_ORIGIN.startsWith('https://');
  }

  /**
   * The origins a write may come from: the app's own, the configured others, and, when the app's own
   * is on this machine (localhost, 127.0.0.1, [::1]), the same port under the other loopback names,
   * since a developer's browser may open any of them.
   */
  get writeOrigins(): string[] {
    const own = new URL(this.APP_ORIGIN);
    const loopbackTwins = LOOPBACK_HOSTS.includes(own.hostname)
      ? LOOPBACK_HOSTS.map((host) => Object.assign(new URL(own.origin), { hostname: host }).origin)
      : [];
    return [...new Set([own.origin, ...loopbackTwins, ...this.ALLOWED_ORIGINS.map((origin) => new URL(origin).origin)])];
  }
}

const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

export class ConfigError extends Error {}

/** A URL's password (MAILBOXES, SMTP_URL) is never written in the refusal's line, which goes to logs. */
const withoutPasswords = (value: unknown) => (typeof value === 'string' ? value.replace(/(\/\/[^:/@\s]*:)[^@\s]*@/g, '$1***@') : value);

/**
 * What is wrong with a value, down to a mailbox's own setting (`site must be one of …`). A value of the wrong kind is
 * told so alone: it also fails its bounds (`PORT=abc` is no number, so neither ≥ 0 nor ≤ 65535).
 */
function reasons(error: ValidationError): string[] {
  const constraints = Object.entries(error.constraints ?? {});
  const kind = constraints.filter(([name]) => name.startsWith('is'));
  return [...(kind.length > 0 ? kind : constraints).map(([, reason]) => reason), ...(error.children ?? []).flatMap(reasons)];
}

/** Reads and validates the environment; a wrong value stops start-up with the variable's name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = Object.keys(new AppConfig());
  const provided = Object.fromEntries(
    Object.entries(env).filter(([key, value]) => known.includes(key) && value !== undefined && value !== ''),
  );
  const config = plainToInstance(AppConfig, provided, { exposeDefaultValues: true });
  if (!config.APP_ORIGIN && Number.isInteger(config.PORT)) config.APP_ORIGIN = `http://localhost:${config.PORT}`;
  // An APP_ORIGIN derived from a wrong PORT is not the user's mistake: only PORT is told.
  const errors = validateSync(config, { whitelist: false }).filter(({ property }) => property !== 'APP_ORIGIN' || 'APP_ORIGIN' in provided);
  if (errors.length > 0) {
    const lines = errors.map(
      (error) =>
        `${error.property}=${JSON.stringify(withoutPasswords(provided[error.property] ?? error.value))}: ${reasons(error).join(', ')}`,
    );
    throw new ConfigError(`Invalid configuration: ${lines.join('; ')}`);
  }
  return config;
}
