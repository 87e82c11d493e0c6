import { Injectable } from '@nestjs/common';
import { REMINDER_RULES, type Locale, notificationText, type StoredNotificationText } from '@resacoop/domain';
import type { FastifyReply } from 'fastify';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '../common/auth-user';
import { RecordNotFound } from '../common/app-exception';
import { parseListQuery, type ListDefinition, type RawListQuery } from '../common/list-query';
import { fieldColumns } from '../common/csv-export';
import { CsvExports } from '../common/csv-exports';
import { applyListQuery, fetchPage, streamEntities, type Page } from '../database/record-store';
import { Notification } from './notification.entity';

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
  constructor(
    private readonly dataSource: DataSource,
    private readonly csvExports: CsvExports,
  ) {}

  private mine(user: AuthUser, manager: EntityManager = this.dataSource.manager) {
    return manager.createQueryBuilder(Notification, 'rec').where('rec.userId = :userId', { userId: user.id });
  }

  async list(user: AuthUser, raw: RawListQuery): Promise<Page<Notification>> {
    const query = parseListQuery(raw, NOTIFICATION_LIST);
    const page = await fetchPage(applyListQuery(this.mine(user), 'rec', query), query);
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
      streamEntities(this.dataSource, (manager) => applyListQuery(this.mine(user, manager), 'rec', query)),
    );
  }

  async get(user: AuthUser, id: number): Promise<Notification> {
    const notification = await this.mine(user).andWhere('rec.id = :id', { id }).getOne();
    if (!notification) throw new RecordNotFound('notification', id);
    return inReaderLanguage(notification, user.locale);
  }

  async markRead(user: AuthUser, id: number): Promise<Notification> {
    await this.get(user, id);
    await this.dataSource.query(`UPDATE notifications SET read_at = coalesce(read_at, now()) WHERE id = $1 AND user_id = $2`, [
      id,
      user.id,
    ]);
    return this.get(user, id);
  }

  async markAllRead(user: AuthUser): Promise<{ updated: number }> {
    const [, updated] = await this.dataSource.query(`UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL`, [
      user.id,
    ]);
    return { updated };
  }
}
