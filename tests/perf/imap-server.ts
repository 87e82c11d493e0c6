import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, closeSync, mkdirSync, openSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImapFlow } from 'imapflow';
import { freePort } from './free-port';

export const DOVECOT = '/usr/sbin/dovecot';

function uidOf(name: string, field: 2 | 3): number {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith(`${name}:`));
  if (!line) throw new Error(`no user ${name}: is dovecot-imapd installed?`);
  return Number(line.split(':')[field]);
}

/**
 * A real IMAP server (Debian's Dovecot) on loopback, run by the test as its own process with its
 * own configuration in a temporary folder, never as the machine's service
 * (/work/shared/toolchain.md "Mail" lists the traps this configuration avoids). One mail user;
 * test messages are delivered by IMAP APPEND. It lives with the benchmark (scenario i) because the
 * benchmark's tsconfig compiles only tests/perf; the API and browser suites import it from here.
 */
export class ImapServer {
  readonly user = 'desk';
  readonly password = 'desk-password';
  port = 0;
  private readonly dir = mkdtempSync(join(tmpdir(), 'dovecot-'));

  async start(): Promise<this> {
    // Dovecot's processes (user dovecot) reach the mail folder through the temporary folder's parents.
    if ((statSync(tmpdir()).mode & 0o001) === 0)
      throw new Error(`dovecot could not reach its folder: ${tmpdir()} is closed to other users`);
    const uid = uidOf('dovecot', 2);
    const gid = uidOf('dovecot', 3);
    this.port = await freePort();
    // mkdtemp makes it 0700; Dovecot's auth process (user dovecot) reads the users file in it.
    chmodSync(this.dir, 0o755);
    const home = join(this.dir, 'home');
    mkdirSync(join(home, 'Maildir'), { recursive: true });
    chownSync(home, uid, gid);
    chownSync(join(home, 'Maildir'), uid, gid);
    writeFileSync(join(this.dir, 'users'), `${this.user}:{PLAIN}${this.password}:${uid}:${gid}::${home}\n`);
    writeFileSync(
      join(this.dir, 'dovecot.conf'),
      `
instance_name = dovecot-test-${this.port}
base_dir = ${this.dir}/run
state_dir = ${this.dir}/state
log_path = ${this.dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_login_user = dovenull
default_internal_user = dovecot
default_internal_group = dovecot
mail_location = maildir:~/Maildir
first_valid_uid = ${uid}
passdb {
  driver = passwd-file
  args = scheme=PLAIN ${this.dir}/users
}
userdb {
  driver = passwd-file
  args = ${this.dir}/users
}
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = ${this.port}
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
`,
    );
    // The master daemonises and its children keep the standard streams: a pipe would never close, hence a file.
    const errors = join(this.dir, 'start-errors.log');
    const errorsFd = openSync(errors, 'w');
    const started = spawnSync(DOVECOT, ['-c', join(this.dir, 'dovecot.conf')], { stdio: ['ignore', errorsFd, errorsFd] });
    closeSync(errorsFd);
    if (started.status !== 0) throw new Error(`dovecot did not start: ${readFileSync(errors, 'utf8')}`);
    try {
      await this.waitUntilListening();
    } catch (error) {
      // Started but unusable (a login refused, say): the caller never gets it to stop, so it stops here (its folder
      // and log stay, for the error to be read).
      this.stopMaster();
      throw error;
    }
    return this;
  }

  /** The settings of a mailbox on this server (for MAILBOXES). */
  url(folder = 'INBOX', query = ''): string {
    return `imap://${this.user}:${this.password}@127.0.0.1:${this.port}/${folder}${query ? `?${query}` : ''}`;
  }

  /** A client of this server, logged in. */
  async client(): Promise<ImapFlow> {
    const client = new ImapFlow({
      host: '127.0.0.1',
      port: this.port,
      secure: false,
      auth: { user: this.user, pass: this.password },
      logger: false,
    });
    await client.connect();
    return client;
  }

  /** Delivers raw messages into a folder (created if missing), as a mail server would. */
  async deliver(messages: (string | Buffer)[], folder = 'INBOX'): Promise<void> {
    const client = await this.client();
    try {
      if (folder !== 'INBOX') await client.mailboxCreate(folder).catch(() => undefined);
      for (const message of messages) {
        if (!(await client.append(folder, message))) throw new Error(`Dovecot refused to append: ${String(message).slice(0, 200)}`);
      }
    } finally {
      await client.logout();
    }
  }

  /** How many messages a folder holds (0 when it does not exist). */
  async count(folder: string): Promise<number> {
    const client = await this.client();
    try {
      const status = await client.status(folder, { messages: true }).catch(() => false as const);
      return status ? (status.messages ?? 0) : 0;
    } finally {
      await client.logout();
    }
  }

  stop(): void {
    this.stopMaster();
    rmSync(this.dir, { recursive: true, force: true });
  }

  private stopMaster(): void {
    try {
      const pid = Number(readFileSync(join(this.dir, 'run', 'master.pid'), 'utf8'));
      process.kill(pid, 'SIGTERM');
    } catch {
      // never started
    }
  }

  private async waitUntilListening(): Promise<void> {
    for (let attempt = 0; attempt < 100; attempt++) {
      try {
        const client = await this.client();
        await client.logout();
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ECONNREFUSED') throw error;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    throw new Error(`dovecot does not answer on port ${this.port}: see ${this.dir}/dovecot.log`);
  }
}

/** A minimal RFC 5322 message. */
export function rawMail(headers: Record<string, string>, body: string): string {
  const lines = Object.entries({ 'MIME-Version': '1.0', 'Content-Type': 'text/plain; charset=utf-8', ...headers }).map(
    ([name, value]) => `${name}: ${value}`,
  );
  return `${lines.join('\r\n')}\r\n\r\n${body.replace(/\r?\n/g, '\r\n')}\r\n`;
}
