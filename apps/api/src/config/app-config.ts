import type { ReminderThresholds } from '@resacoop/domain';
import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const toList = ({ value }: { value: unknown }) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean)
    : value;

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

/** Reads and validates the environment; a wrong value stops start-up with the variable's name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = Object.keys(new AppConfig());
  const provided = Object.fromEntries(
    Object.entries(env).filter(([key, value]) => known.includes(key) && value !== undefined && value !== ''),
  );
  const config = plainToInstance(AppConfig, provided, { exposeDefaultValues: true });
  if (!config.APP_ORIGIN && Number.isInteger(config.PORT)) config.APP_ORIGIN = `http://localhost:${config.PORT}`;
  const errors = validateSync(config, { whitelist: false });
  if (errors.length > 0) {
    const lines = errors.map(
      (error) =>
        `${error.property}=${JSON.stringify(provided[error.property] ?? error.value)}: ${Object.values(error.constraints ?? {}).join(', ')}`,
    );
    throw new ConfigError(`Invalid configuration: ${lines.join('; ')}`);
  }
  return config;
}
