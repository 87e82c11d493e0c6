import { msg } from '@resacoop/domain';
import { AppException, ErrorCode, ServiceUnavailable } from './app-exception';

export class TooManyExports extends AppException {
  constructor(perUser: number) {
    super(ErrorCode.TooManyAttempts, msg('export.tooManyOfYours', { count: perUser }));
  }
}

export class ExportsBusy extends ServiceUnavailable {
  constructor() {
    super(msg('export.serverBusy'));
  }
}

/** A release that frees what was taken once, however often it is called. */
function once(release: () => void): () => void {
  let released = false;
  return () => {
    if (released) return;
    released = true;
    release();
  };
}

/**
 * The exports in flight, from the request until the last byte is sent or the client is gone: each
 * holds a spool file and a socket, so their number is capped per user and in all. A refused export
 * is told why at once rather than queued.
 */
export class ExportSlots {
  private readonly byUser = new Map<number, number>();
  private total = 0;

  constructor(private readonly limits: { perUser: number; inAll: number }) {}

  /** Takes a slot for the user: 429 past their own cap, 503 past the server's. Returns its release. */
  take(userId: number): () => void {
    const mine = this.byUser.get(userId) ?? 0;
    if (mine >= this.limits.perUser) throw new TooManyExports(this.limits.perUser);
    if (this.total >= this.limits.inAll) throw new ExportsBusy();
    this.byUser.set(userId, mine + 1);
    this.total++;
    return once(() => {
      const left = (this.byUser.get(userId) ?? 1) - 1;
      if (left === 0) this.byUser.delete(userId);
      else this.byUser.set(userId, left);
      this.total--;
    });
  }
}

/** At most `size` holders at once; the others wait, first come first served. */
export class Turns {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly size: number) {}

  /** Resolves with the turn's release once it is this caller's turn. */
  async take(): Promise<() => void> {
    if (this.active < this.size) this.active++;
    // A released turn is handed to the next waiter as it is: `active` stays the same.
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    return once(() => {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    });
  }
}
