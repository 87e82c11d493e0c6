import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('runs on a fresh machine with the local defaults', () => {
    const config = loadConfig({});
    expect(config.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/resacoop');
    expect(config.PORT).toBe(3000);
    expect(config.SESSION_IDLE_MINUTES).toBe(30);
    expect(config.SESSION_ABSOLUTE_HOURS).toBe(12);
  });

  it('reads and converts the environment', () => {
    const config = loadConfig({ PORT: '8080', ALLOWED_ORIGINS: 'https://a.example, https://b.example', NODE_ENV: 'production' });
    expect(config.PORT).toBe(8080);
    expect(config.ALLOWED_ORIGINS).toEqual(['https://a.example', 'https://b.example']);
    expect(config.isProduction).toBe(true);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ APP_ORIGIN: 'localhost' }, 'APP_ORIGIN'],
  ])('stops with one line naming the variable for %j', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^Invalid configuration: ${variable}=`));
  });

  it('takes the app origin from PORT unless told, and lets writes come from any loopback name of it', () => {
    const onAnotherPort = loadConfig({ PORT: '3100' });
    expect(onAnotherPort.APP_ORIGIN).toBe('http://localhost:3100');
    expect(onAnotherPort.writeOrigins).toEqual(['http://localhost:3100', 'http://127.0.0.1:3100', 'http://[::1]:3100']);
    const local = loadConfig({ APP_ORIGIN: 'http://127.0.0.1:8080/', ALLOWED_ORIGINS: 'http://localhost:5173' });
    expect(local.writeOrigins).toEqual(['http://127.0.0.1:8080', 'http://localhost:8080', 'http://[::1]:8080', 'http://localhost:5173']);
    const deployed = loadConfig({ PORT: '3100', APP_ORIGIN: 'https://backoffice.resacoop.org' });
    expect(deployed.APP_ORIGIN).toBe('https://backoffice.resacoop.org');
    expect(deployed.writeOrigins).toEqual(['https://backoffice.resacoop.org']);
  });

  it('reads the optional settings too', () => {
    const config = loadConfig({ SMTP_URL: 'smtp://127.0.0.1:2525', CONSOLE_DIR: '/srv/console' });
    expect(config.SMTP_URL).toBe('smtp://127.0.0.1:2525');
    expect(config.CONSOLE_DIR).toBe('/srv/console');
  });

  it('pools SMTP connections, five unless told otherwise', () => {
    expect(loadConfig({}).SMTP_MAX_CONNECTIONS).toBe(5);
    expect(loadConfig({ SMTP_MAX_CONNECTIONS: '8' }).SMTP_MAX_CONNECTIONS).toBe(8);
    expect(() => loadConfig({ SMTP_MAX_CONNECTIONS: '0' })).toThrow(/^Invalid configuration: SMTP_MAX_CONNECTIONS="0"/);
  });

  it('reads the mailboxes the desk reads, one URL each', () => {
    const [plain, tls] = loadConfig({
      MAILBOXES:
        'imap://desk:p%40ss@127.0.0.1:1143/INBOX?site=lyon&processed=Trait%C3%A9, imaps://info%40resacoop.org:secret@mail.example.org/Demandes?site=clermont&errors=Rejets',
    }).MAILBOXES;
    expect(plain).toMatchObject({
      name: 'desk@127.0.0.1:1143/INBOX',
      host: '127.0.0.1',
      port: 1143,
      secure: false,
      user: 'desk',
      password: 'p@ss',
      site: 'lyon',
      processedFolder: 'Traité',
      errorFolder: 'Errors',
    });
    expect(tls).toMatchObject({
      host: 'mail.example.org',
      port: 993,
      secure: true,
      user: 'info@resacoop.org',
      folder: 'Demandes',
      site: 'clermont',
      processedFolder: 'Processed',
      errorFolder: 'Rejets',
    });
    expect(loadConfig({}).MAILBOXES).toEqual([]);
    expect(loadConfig({}).MAIL_ACKNOWLEDGE).toBe(true);
    expect(loadConfig({ MAIL_ACKNOWLEDGE: 'off', MAIL_IDLE: 'false' })).toMatchObject({ MAIL_ACKNOWLEDGE: false, MAIL_IDLE: false });
  });

  it.each(['pop3://desk:x@host/INBOX?site=lyon', 'imap://desk:x@host/INBOX', 'imap://desk:x@host/INBOX?site=paris', 'not a url'])(
    'refuses the mailbox %s',
    (value) => {
      expect(() => loadConfig({ MAILBOXES: value })).toThrow(/^Invalid configuration: MAILBOXES=/);
    },
  );

  it('never writes a password in the refusal', () => {
    expect(() => loadConfig({ MAILBOXES: 'imap://desk:s3cret@host/INBOX?site=paris' })).toThrow(
      'MAILBOXES="imap://desk:***@host/INBOX?site=paris"',
    );
  });

  it('quotes the value as it was given', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow('PORT="eighty"');
  });

  it('tells a value of the wrong kind that alone, not also the bounds it fails with it, nor the origin derived from it', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/^Invalid configuration: PORT="eighty": PORT must be an integer number$/);
  });

  it('tells a number out of bounds its bound', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/^Invalid configuration: PORT="70000": PORT must not be greater than 65535$/);
  });

  it('tells a wrong origin given, with a right port', () => {
    expect(() => loadConfig({ APP_ORIGIN: 'nowhere' })).toThrow(/^Invalid configuration: APP_ORIGIN="nowhere": /);
  });
});
