import {
  canMoveRequest,
  convertRequest,
  IllegalRequestMove,
  moveRequest,
  OPEN_REQUEST_STATUSES,
  REQUEST_STATUSES,
  REQUEST_TRANSITIONS,
  requestPath,
  type RequestStatus,
} from './requests';

describe('request status transitions', () => {
  it('owes an answer while new, in progress or waiting', () => {
    expect(OPEN_REQUEST_STATUSES).toEqual(['new', 'in_progress', 'waiting']);
  });

  it('allows exactly these moves (a status to itself is no move, and allowed)', () => {
    // Written out: rows from, columns to; x allowed.
    const table = `
                 new in_progress waiting answered closed converted
      new         x   x           x       x        -      -
      in_progress -   x           x       x        -      -
      waiting     -   x           x       x        -      -
      answered    -   x           -       x        x      -
      closed      -   x           -       -        x      -
      converted   -   -           -       -        -      x
    `;
    const [header, ...rows] = table
      .trim()
      .split('\n')
      .map((line) => line.trim().split(/\s+/));
    expect(header).toEqual(REQUEST_STATUSES);
    const allowed = rows.flatMap(([from, ...marks]) => marks.map((mark, index) => [from, header[index], mark === 'x']));
    expect(allowed).toHaveLength(36);
    expect(allowed.map(([from, to]) => [from, to, canMoveRequest(from as RequestStatus, to as RequestStatus)])).toEqual(allowed);
  });

  it('allows the workflow new → in_progress → waiting → answered → closed', () => {
    expect(canMoveRequest('new', 'in_progress')).toBe(true);
    expect(canMoveRequest('in_progress', 'waiting')).toBe(true);
    expect(canMoveRequest('waiting', 'answered')).toBe(true);
    expect(canMoveRequest('answered', 'closed')).toBe(true);
  });

  it('refuses skipping the answer', () => {
    expect(canMoveRequest('new', 'closed')).toBe(false);
    expect(canMoveRequest('waiting', 'closed')).toBe(false);
    expect(canMoveRequest('closed', 'answered')).toBe(false);
  });

  it('can reach every status but converted from new', () => {
    for (const status of REQUEST_STATUSES.filter((status) => status !== 'converted')) expect(requestPath('new', status)).not.toBeNull();
    expect(requestPath('new', 'converted')).toBeNull();
  });

  it('finds the shortest legal path', () => {
    expect(requestPath('new', 'closed')).toEqual(['answered', 'closed']);
    expect(requestPath('closed', 'waiting')).toEqual(['in_progress', 'waiting']);
    expect(requestPath('new', 'new')).toEqual([]);
  });

  it('every path step is a legal move', () => {
    for (const from of REQUEST_STATUSES) {
      for (const to of REQUEST_STATUSES) {
        const path = requestPath(from, to);
        // Nothing goes back to "new"; only a conversion makes a request "converted", and nothing leaves it.
        if (!path) {
          expect(to === 'new' || to === 'converted' || from === 'converted').toBe(true);
          continue;
        }
        [from, ...path].slice(0, -1).forEach((step, index) => expect(REQUEST_TRANSITIONS[step]).toContain(path[index]));
      }
    }
  });
});

describe('moveRequest', () => {
  const fresh = {
    status: 'new' as const,
    dueAt: new Date('2024-12-02T22:59:59.999Z'),
    waitingSince: null,
    firstResponseAt: null,
    answeredAt: null,
    answer: null,
  };

  it('pauses the clock while waiting and pushes the due date by the working days spent', () => {
    const waitingAt = new Date('2024-11-27T09:00:00Z');
    const waiting = { ...fresh, ...moveRequest(fresh, 'waiting', waitingAt) };
    expect(waiting).toMatchObject({ status: 'waiting', waitingSince: waitingAt, firstResponseAt: waitingAt });
    const resumed = moveRequest(waiting, 'in_progress', new Date('2024-11-29T15:00:00Z'));
    expect(resumed).toEqual({ status: 'in_progress', waitingSince: null, dueAt: new Date('2024-12-04T22:59:59.999Z') });
  });

  it('requires an answer to be answered, and records when', () => {
    expect(() => moveRequest(fresh, 'answered', new Date())).toThrow(IllegalRequestMove);
    const now = new Date('2024-11-28T10:00:00Z');
    expect(moveRequest({ ...fresh, answer: 'Voici les appels à projets.' }, 'answered', now)).toEqual({
      status: 'answered',
      answeredAt: now,
      firstResponseAt: now,
    });
  });

  it('refuses a blank answer, naming the answer', () => {
    const move = () => moveRequest({ ...fresh, answer: ' \n ' }, 'answered', new Date());
    expect(move).toThrow(IllegalRequestMove);
    expect(move).toThrow('la réponse est obligatoire pour passer la demande en « Répondue »');
    expect(() => move()).toThrow(expect.objectContaining({ field: 'answer' }));
  });

  it('clears the answer date when reopened, and only then', () => {
    const answeredAt = new Date('2024-11-27T10:00:00Z');
    const closed = { ...fresh, status: 'closed' as const, answer: 'x', answeredAt, firstResponseAt: answeredAt };
    const now = new Date('2024-11-28T10:00:00Z');
    expect(moveRequest(closed, 'in_progress', now)).toEqual({ status: 'in_progress', answeredAt: null });
    expect(moveRequest({ ...closed, status: 'answered' }, 'in_progress', now)).toEqual({ status: 'in_progress', answeredAt: null });
    expect(moveRequest({ ...closed, status: 'answered' }, 'closed', now)).toEqual({ status: 'closed' });
  });

  it('takes only the first exchange with the requester as its first response', () => {
    const now = new Date('2024-11-28T10:00:00Z');
    expect(moveRequest(fresh, 'in_progress', now)).toEqual({ status: 'in_progress' });
    const earlier = new Date('2024-11-26T10:00:00Z');
    expect(moveRequest({ ...fresh, status: 'in_progress', firstResponseAt: earlier }, 'waiting', now)).toEqual({
      status: 'waiting',
      waitingSince: now,
    });
    expect(moveRequest({ ...fresh, status: 'in_progress', firstResponseAt: earlier, answer: 'Oui.' }, 'answered', now)).toEqual({
      status: 'answered',
      answeredAt: now,
    });
  });

  it('moves the due date only when leaving waiting', () => {
    // A waiting date left behind on a request in progress does not push its due date again.
    const stale = { ...fresh, status: 'in_progress' as const, waitingSince: new Date('2024-11-20T10:00:00Z'), answer: 'Oui.' };
    const now = new Date('2024-11-28T10:00:00Z');
    expect(moveRequest(stale, 'answered', now)).toEqual({ status: 'answered', answeredAt: now, firstResponseAt: now });
  });

  it('names the illegal move', () => {
    expect(() => moveRequest(fresh, 'closed', new Date())).toThrow('passage de « Nouvelle » à « Clôturée » interdit');
  });
});

describe('convertRequest', () => {
  const fresh = {
    status: 'new' as const,
    dueAt: new Date('2024-12-02T22:59:59.999Z'),
    waitingSince: null,
    firstResponseAt: null,
    answeredAt: null,
    answer: null,
  };

  it('closes a request not yet answered as converted, answered at the conversion', () => {
    const now = new Date('2024-11-28T10:00:00Z');
    expect(convertRequest(fresh, now)).toEqual({ status: 'converted', answeredAt: now, firstResponseAt: now });
  });

  it('keeps the dates of an earlier answer', () => {
    const answeredAt = new Date('2024-11-27T10:00:00Z');
    const answered = { ...fresh, status: 'answered' as const, answer: 'x', answeredAt, firstResponseAt: answeredAt };
    expect(convertRequest(answered, new Date('2024-11-28T10:00:00Z'))).toEqual({
      status: 'converted',
      answeredAt,
      firstResponseAt: answeredAt,
    });
  });

  it('resumes the clock of a waiting request before closing it', () => {
    const waitingSince = new Date('2024-11-27T09:00:00Z');
    const waiting = { ...fresh, status: 'waiting' as const, waitingSince, firstResponseAt: waitingSince };
    const now = new Date('2024-11-29T15:00:00Z');
    expect(convertRequest(waiting, now)).toEqual({
      status: 'converted',
      waitingSince: null,
      dueAt: new Date('2024-12-04T22:59:59.999Z'),
      answeredAt: now,
      firstResponseAt: waitingSince,
    });
  });

  it('converts a request once', () => {
    expect(() => convertRequest({ ...fresh, status: 'converted' }, new Date())).toThrow(IllegalRequestMove);
    expect(() => convertRequest({ ...fresh, status: 'converted' }, new Date())).toThrow(
      'cette demande est déjà convertie en accompagnement',
    );
  });

  it('is no status move: a request reaches converted only through a conversion', () => {
    for (const from of REQUEST_STATUSES)
      expect(() => moveRequest({ ...fresh, status: from }, 'converted', new Date())).toThrow(IllegalRequestMove);
  });
});
