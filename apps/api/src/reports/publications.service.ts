import { Injectable } from '@nestjs/common';
import { parisDay, yearOfPeriod, yearPeriod, type CalendarDay, type KeyFigures, msg } from '@resacoop/domain';
import { isDeepStrictEqual } from 'node:util';
import { DataSource } from 'typeorm';
import { AuditTrail } from '../database/audit-trail';
import { AppException, ErrorCode, ValidationFailed } from '../common/app-exception';
import { KeyFigureSnapshot } from './key-figure-snapshot.entity';
import { KeyFiguresService } from './key-figures.service';

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
    private readonly dataSource: DataSource,
    private readonly keyFigures: KeyFiguresService,
    private readonly audit: AuditTrail,
  ) {}

  async view(from: CalendarDay, to: CalendarDay): Promise<KeyFiguresView> {
    const year = yearOfPeriod(from, to);
    const [live, snapshot] = await Promise.all([
      this.keyFigures.compute(from, to),
      year === null ? null : this.dataSource.manager.findOne(KeyFigureSnapshot, { where: { year }, relations: { publishedBy: true } }),
    ]);
    if (!snapshot) return { figures: live, publication: null, live: null };
    return { figures: snapshot.figures, publication: publicationOf(snapshot), live: isDeepStrictEqual(live, snapshot.figures) ? null : live };
  }

  async list(): Promise<Publication[]> {
    const snapshots = await this.dataSource.manager.find(KeyFigureSnapshot, { relations: { publishedBy: true }, order: { year: 'DESC' } });
    return snapshots.map(publicationOf);
  }

  async publish(actorId: number, year: number, now = new Date()): Promise<Publication> {
    if (year >= Number(parisDay(now).slice(0, 4))) throw new ValidationFailed({ year: msg('field.yearNotOver') });
    const { from, to } = yearPeriod(year);
    const figures = await this.keyFigures.compute(from, to);
    return this.dataSource.transaction(async (tx) => {
      const inserted = await tx
        .createQueryBuilder()
        .insert()
        .into(KeyFigureSnapshot)
        .values({ year, figures, publishedById: actorId })
        .orIgnore()
        .returning('year')
        .execute();
      if (inserted.raw.length === 0) throw new YearAlreadyPublished(year);
      const snapshot = await tx.findOneOrFail(KeyFigureSnapshot, { where: { year }, relations: { publishedBy: true } });
      await this.audit.record(tx, { actorId, action: 'create', entity: 'publication', entityId: year, after: { year, publishedAt: snapshot.publishedAt } });
      return publicationOf(snapshot);
    });
  }
}

function publicationOf(snapshot: KeyFigureSnapshot): Publication {
  return {
    year: snapshot.year,
    publishedAt: snapshot.publishedAt,
    publishedById: snapshot.publishedById,
    publishedByName: snapshot.publishedBy?.fullName ?? null,
  };
}
