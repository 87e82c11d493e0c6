import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  allowsEventMove,
  DEPARTEMENT_LABELS,
  DEPARTEMENTS,
  EVENT_KINDS,
  EVENT_MOVES,
  EVENT_ROLES,
  EVENT_STATUS_LABELS,
  EVENT_STATUSES,
  EVENT_THEMES,
  msg,
  SITES,
  translate,
  type EventMove,
} from '@resacoop/domain';
import ical from 'ical-generator';
import type { AuthUser } from '../common/auth-user';
import { allInScope, scopeFor } from '../common/relay-scope';
import {
  AppException,
  ErrorCode,
  missingLinkAs,
  RecordNotFound,
  ValidationFailed,
  VersionConflict,
  type FieldErrors,
} from '../common/app-exception';
import { parseListQuery, type ListDefinition, type RawListQuery } from '../common/list-query';
import { RecordService } from '../common/record.service';
import { Database, type Transaction } from '../database/database';
import type { HistoryLink, Scope } from '../database/record-store';
import { CollectiveEvent, EVENT_SEARCH } from './collective-event.entity';
import type { CreateEventDto, UpdateEventDto } from './dto/event.dto';
import { CO_ORGANISERS_FOUND } from './events.sql';

export const EVENT_LIST: ListDefinition = {
  sortable: {
    id: 'id',
    title: 'title',
    kind: 'kind',
    role: 'role',
    status: 'status',
    startsAt: 'startsAt',
    departement: 'departement',
    site: 'site',
    relayId: 'relayId',
    updatedAt: 'updatedAt',
  },
  filters: {
    q: { kind: 'search', expression: EVENT_SEARCH, reads: ['title'] },
    id: { kind: 'equals', column: 'id', type: 'int' },
    kind: { kind: 'equals', column: 'kind', type: 'text', values: EVENT_KINDS },
    role: { kind: 'equals', column: 'role', type: 'text', values: EVENT_ROLES },
    status: { kind: 'equals', column: 'status', type: 'text', values: EVENT_STATUSES },
    site: { kind: 'equals', column: 'site', type: 'text', values: SITES },
    departement: { kind: 'equals', column: 'departement', type: 'text', values: DEPARTEMENTS },
    relayId: { kind: 'equals', column: 'relayId', type: 'int' },
    online: { kind: 'equals', column: 'online', type: 'bool' },
    themes: { kind: 'arrayContains', column: 'themes', values: EVENT_THEMES },
    coOrganiserId: { kind: 'matches', type: 'int', condition: ':value = ANY($alias.co_organiser_ids)', reads: ['coOrganiserIds'] },
    startsSince: { kind: 'since', column: 'startsAt' },
    startsBefore: { kind: 'until', column: 'startsAt' },
  },
  defaultSort: ['startsAt', 'DESC'],
};

const EXPORT_FIELDS = [
  'id',
  'title',
  'kind',
  'role',
  'status',
  'startsAt',
  'endsAt',
  'online',
  'address',
  'departement',
  'themes',
  'sdgs',
  'coOrganiserIds',
  'relayId',
  'site',
  'capacity',
  'headCount',
  'hours',
  'trainer',
  'publicDescription',
] as const satisfies readonly (keyof CollectiveEvent)[];

/** An iCalendar export holds at most this many events: a year's are a few hundred. */
const CALENDAR_MAX_EVENTS = 2000;

const EVENT_HELD_BY: readonly HistoryLink[] = [{ holder: 'registrations', table: 'registrations', column: 'event_id' }];

/** The fields an event holds, as a write leaves them: what its rules are checked on. */
type EventFields = Pick<
  CollectiveEvent,
  'kind' | 'startsAt' | 'endsAt' | 'online' | 'departement' | 'hours' | 'trainer' | 'coOrganiserIds' | 'site' | 'relayId'
>;

@Injectable()
export class EventsService extends RecordService<CollectiveEvent> {
  constructor(db: Database) {
    super(db, {
      target: CollectiveEvent,
      entityName: 'event',
      list: EVENT_LIST,
      export: { fileName: 'temps-collectifs.csv', fields: EXPORT_FIELDS },
    });
  }

  /** A relay user plans events for their own relay only; the team's events take the creator's site by default. */
  create(actor: AuthUser, data: CreateEventDto): Promise<CollectiveEvent> {
    const relayId = actor.role === 'relay' ? this.ownRelay(actor, data.relayId) : (data.relayId ?? null);
    const fields = {
      ...data,
      startsAt: new Date(data.startsAt),
      endsAt: new Date(data.endsAt),
      online: data.online ?? false,
      coOrganiserIds: data.coOrganiserIds ?? [],
      relayId,
      site: data.site !== undefined ? data.site : actor.role === 'relay' ? null : (actor.site ?? 'lyon'),
      hours: data.hours ?? null,
      trainer: data.trainer ?? null,
      departement: data.departement ?? null,
    } satisfies Partial<CollectiveEvent>;
    return this.db.transaction(async (tx) => {
      await this.assertValid(fields, tx);
      await this.refuseOutOfScope(actor, tx, fields.coOrganiserIds);
      return this.store.create(actor.id, fields, tx).catch(missingLinkAs('relayId', msg('field.missing.relay')));
    });
  }

  async update(actor: AuthUser, id: number, { version, ...changes }: UpdateEventDto): Promise<CollectiveEvent> {
    if (actor.role === 'relay') {
      await this.get(id, scopeFor(actor, 'events'));
      if (changes.relayId !== undefined) this.ownRelay(actor, changes.relayId);
    }
    const written: Partial<CollectiveEvent> = {
      ...changes,
      ...(changes.startsAt ? { startsAt: new Date(changes.startsAt) } : {}),
      ...(changes.endsAt ? { endsAt: new Date(changes.endsAt) } : {}),
    } as Partial<CollectiveEvent>;
    return this.store
      .update(actor.id, id, version, written, async (current, tx) => {
        await this.assertValid({ ...current, ...written }, tx);
        // Co-organisers the team named before stay; only those the caller adds are checked.
        const added = (written.coOrganiserIds ?? []).filter((organisationId) => !current.coOrganiserIds.includes(organisationId));
        await this.refuseOutOfScope(actor, tx, added);
      })
      .catch(missingLinkAs('relayId', msg('field.missing.relay')));
  }

  /**
   * Publishes, cancels or marks an event held, from the version the caller saw; a move its status
   * does not allow is a 409 naming the status. Publishing gives the event the unguessable token
   * of its public registration page, once: a page shared stays valid.
   */
  move(actor: AuthUser, id: number, move: EventMove, version: number): Promise<CollectiveEvent> {
    return this.db.transaction(async (tx) => {
      if (actor.role === 'relay') await this.store.findOne(id, tx, scopeFor(actor, 'events'));
      const current = await this.store.lock(id, tx);
      if (current.version !== version) throw new VersionConflict();
      if (!allowsEventMove(current.status, move)) {
        const status = EVENT_STATUS_LABELS[current.status];
        throw new AppException(ErrorCode.Conflict, msg('event.illegalMove', { status }), {
          status: msg('field.illegalMoveFrom', { status }),
        });
      }
      const token = move === 'publish' && !current.publicToken ? { publicToken: randomBytes(24).toString('base64url') } : {};
      return this.store.applyWithin(tx, actor.id, current, { status: EVENT_MOVES[move].to, ...token });
    });
  }

  /**
   * The published events of the list (its filter and sort) as an iCalendar file, for the team's
   * calendars: title, period, place and public description; a stable UID per event, so an event
   * moved or renamed updates in place.
   */
  async calendar(raw: RawListQuery): Promise<string> {
    const query = parseListQuery(raw, EVENT_LIST, { paged: false });
    const published = { field: 'status', definition: EVENT_LIST.filters.status, value: 'published' };
    const { rows: events } = await this.store.list({
      ...query,
      filters: [...query.filters.filter((filter) => filter.definition !== published.definition), published],
      range: { offset: 0, limit: CALENDAR_MAX_EVENTS },
    });
    const calendar = ical({ name: translate(msg('event.calendarName'), 'fr'), prodId: { company: 'RESACOOP', product: 'back-office' } });
    for (const event of events) {
      calendar.createEvent({
        id: `event-${event.id}@resacoop`,
        start: event.startsAt,
        end: event.endsAt,
        summary: event.title,
        description: event.publicDescription,
        location: event.online
          ? translate(msg('event.online'), 'fr')
          : [event.address, event.departement && DEPARTEMENT_LABELS[event.departement].fr].filter(Boolean).join(', '),
        lastModified: event.updatedAt,
      });
    }
    return calendar.toString();
  }

  /** Deletes an event nobody registered for (a mistake); one with registrations is cancelled instead (409). */
  remove(actorId: number, id: number): Promise<CollectiveEvent> {
    return this.store.remove(actorId, id, { record: 'event', heldBy: EVENT_HELD_BY });
  }

  /**
   * The event of a registration being written, as the caller may see it (else a 400 naming the
   * field), locked until the caller's transaction ends: registrations of one event are checked
   * (duplicates, capacity) one at a time.
   */
  async lockForRegistration(actor: AuthUser, id: number, tx: Transaction): Promise<CollectiveEvent> {
    try {
      await this.store.findOne(id, tx, scopeFor(actor, 'events'));
    } catch (error) {
      throw error instanceof RecordNotFound ? new ValidationFailed({ eventId: msg('field.missing.event') }) : error;
    }
    return this.store.lock(id, tx);
  }

  /** An event read in the caller's transaction, within `scope` if given (else 404): the registrations' rules read it. */
  readWithin(tx: Transaction, id: number, scope?: Scope<CollectiveEvent>): Promise<CollectiveEvent> {
    return this.store.findOne(id, tx, scope);
  }

  /** A relay user names as co-organisers only organisations of its own cases; any other is answered as a missing one. */
  private async refuseOutOfScope(actor: AuthUser, tx: Transaction, coOrganiserIds: readonly number[]): Promise<void> {
    if (!(await allInScope(this.db, tx, actor, 'organisations', coOrganiserIds))) {
      throw new ValidationFailed({ coOrganiserIds: msg('field.missing.organisation') });
    }
  }

  private ownRelay(actor: AuthUser, relayId: number | null | undefined): number {
    if (relayId !== undefined && relayId !== actor.relayId) throw new ValidationFailed({ relayId: msg('field.otherRelay') });
    return actor.relayId!;
  }

  /** The rules of an event's fields together: its period, its place, a training's own fields, its co-organisers. */
  private async assertValid(event: EventFields, tx: Transaction): Promise<void> {
    const errors: FieldErrors = {};
    if (event.endsAt < event.startsAt) errors.endsAt = msg('field.endsBeforeStart');
    if (!event.online && !event.departement) errors.departement = msg('field.placeRequired');
    if (event.kind !== 'training') {
      if (event.hours !== null) errors.hours = msg('field.trainingOnly');
      if (event.trainer !== null) errors.trainer = msg('field.trainingOnly');
    }
    if (!event.site && !event.relayId) errors.site = msg('field.required');
    if (event.coOrganiserIds.length > 0) {
      const counted = await this.db.one<{ found: number }>(CO_ORGANISERS_FOUND, [event.coOrganiserIds], tx);
      if (counted?.found !== event.coOrganiserIds.length) errors.coOrganiserIds = msg('field.missing.organisation');
    }
    if (Object.keys(errors).length > 0) throw new ValidationFailed(errors);
  }
}
