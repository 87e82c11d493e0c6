import { Injectable } from '@nestjs/common';
import { parisDay, yearOfPeriod, yearPeriod, type CalendarDay, type KeyFigures, msg } from '@resacoop/domain';
import { isDeepStrictEqual } from 'node:util';
import { AuditTrail } from '../database/audit-trail';
import { Database } from '../database/database';
import { AppException, ErrorCode, ValidationFailed } from '../common/app-exception';
import { KeyFiguresService } from './key-figures.service';
import { PUBLICATION, PUBLICATIONS, PUBLISH } from './publications.sql';

export class YearAlreadyPublished extends AppException {
  constructor(year: number) {
    super(ErrorCode.Conflict, msg('report.alreadyPublished', { year }), { year: msg('field.alreadyPublished') });
  }
}

export interface Publication {
  year: number;
  publishedAt: Date;
  publishedById: number | null;
  publishedByName: string | null;
}

/** What the key-figures page shows: the frozen figures of a published year, with the live ones when they have moved since. */
export interface KeyFiguresView {
  figures: KeyFigures;
  publication: Publication | null;
  live: KeyFigures | null;
}

const MAX_PERIOD_YEARS = 20;

/** The default period (the current calendar year) and the checks a period must pass. */
export function resolvePeriod(from: CalendarDay | undefined, to: CalendarDay | undefined, now = new Date()): { from: CalendarDay; to: CalendarDay } {
  const year = Number(parisDay(now).slice(0, 4));
  const period = { from: from ?? yearPeriod(year).from, to: to ?? yearPeriod(year).to };
  if (period.from > period.to) throw new ValidationFailed({ to: msg('field.periodReversed') });
  if (Number(period.to.slice(0, 4)) - Number(period.from.slice(0, 4)) >= MAX_PERIOD_YEARS) {
    throw new ValidationFailed({ to: msg('field.periodTooLong', { max: MAX_PERIOD_YEARS }) });
  }
  return period;
}

/**
 * A published year's figures are frozen as printed: later corrections and GDPR erasures change the
 * live figures, never the published ones.
 */
@Injectable()
export class PublicationsService {
  constructor(
    private readonly db: Database,
    private readonly keyFigures: KeyFiguresService,
    private readonly audit: AuditTrail,
  ) {}

  async view(from: CalendarDay, to: CalendarDay): Promise<KeyFiguresView> {
    const year = yearOfPeriod(from, to);
    const [live, snapshot] = await Promise.all([
      this.keyFigures.compute(from, to),
      year === null ? undefined : this.db.one<Publication & { figures: KeyFigures }>(PUBLICATION, [year]),
    ]);
    if (!snapshot) return { figures: live, publication: null, live: null };
    const { figures, ...publication } = snapshot;
    return { figures, publication, live: isDeepStrictEqual(live, figures) ? null : live };
  }

  async list(): Promise<Publication[]> {
    return this.db.rows<Publication>(PUBLICATIONS);
  }

  async publish(actorId: number, year: number, now = new Date()): Promise<Publication> {
    if (year >= Number(parisDay(now).slice(0, 4))) throw new ValidationFailed({ year: msg('field.yearNotOver') });
    const { from, to } = yearPeriod(year);
    const figures = await this.keyFigures.compute(from, to);
    return this.db.transaction(async (tx) => {
      if ((await this.db.execute(PUBLISH, [year, JSON.stringify(figures), actorId], tx)) === 0) throw new YearAlreadyPublished(year);
      const { figures: _, ...publication } = (await this.db.one<Publication & { figures: KeyFigures }>(PUBLICATION, [year], tx))!;
      await this.audit.record(tx, { actorId, action: 'create', entity: 'publication', entityId: year, after: { year, publishedAt: publication.publishedAt } });
      return publication;
    });
  }
}
