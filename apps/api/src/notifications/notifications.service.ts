import { Injectable } from '@nestjs/common';
import { REMINDER_RULES, type Locale, notificationText, type StoredNotificationText } from '@resacoop/domain';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../common/auth-user';
import { parseListQuery, type ListDefinition, type RawListQuery } from '../common/list-query';
import { fieldColumns } from '../common/csv-export';
import { CsvExports } from '../common/csv-exports';
import { Database } from '../database/database';
import type { Page, Scope, TableReads } from '../database/record-store';
import { Notification } from './notification.entity';
import { MARK_ALL_READ, MARK_READ } from './notifications.sql';

export const NOTIFICATION_LIST: ListDefinition = {
  sortable: { id: 'id', createdAt: 'createdAt' },
  filters: {
    id: { kind: 'equals', column: 'id', type: 'int' },
    rule: { kind: 'equals', column: 'rule', type: 'text', values: REMINDER_RULES },
    read: { kind: 'isSet', column: 'readAt' },
  },
  defaultSort: ['createdAt', 'DESC'],
};

/**
 * A notification as its reader gets it: its text in their language (its key and parameters stay
 * beside it, for a client that renders them itself).
 */
function inReaderLanguage<N extends StoredNotificationText>(notification: N, locale: Locale): N {
  return { ...notification, message: notificationText(notification, locale) };
}

/** A user's own notifications: the bell of the console. Nobody sees anyone else's. */
@Injectable()
export class NotificationsService {
  private readonly notifications: TableReads<Notification>;

  constructor(
    private readonly db: Database,
    private readonly csvExports: CsvExports,
  ) {
    this.notifications = db.reads(Notification, 'notification');
  }

  private mine(user: AuthUser): Scope<Notification> {
    return (query, alias) => query.andWhere(`${alias}.userId = :userId`, { userId: user.id });
  }

  async list(user: AuthUser, raw: RawListQuery): Promise<Page<Notification>> {
    const query = parseListQuery(raw, NOTIFICATION_LIST);
    const page = await this.notifications.list(query, this.mine(user));
    return { ...page, rows: page.rows.map((row) => inReaderLanguage(row, user.locale)) };
  }

  export(user: AuthUser, raw: RawListQuery, response: FastifyReply): Promise<void> {
    const query = parseListQuery(raw, NOTIFICATION_LIST, { paged: false });
    return this.csvExports.send(
      response,
      'notifications.csv',
      [
        ...fieldColumns<Notification>(['id', 'rule', 'entity', 'entityId']),
        { header: 'message', value: (row: Notification) => notificationText(row, user.locale) },
        ...fieldColumns<Notification>(['createdAt', 'readAt', 'emailedAt']),
      ],
      this.notifications.stream(query, this.mine(user)),
    );
  }

  async get(user: AuthUser, id: number): Promise<Notification> {
    return inReaderLanguage(await this.notifications.findVisible(id, this.mine(user)), user.locale);
  }

  async markRead(user: AuthUser, id: number): Promise<Notification> {
    await this.get(user, id);
    await this.db.execute(MARK_READ, [id, user.id]);
    return this.get(user, id);
  }

  async markAllRead(user: AuthUser): Promise<{ updated: number }> {
    return { updated: await this.db.execute(MARK_ALL_READ, [user.id]) };
  }
}
