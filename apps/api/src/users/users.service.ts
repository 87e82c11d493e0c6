import { Injectable } from '@nestjs/common';
import { ROLES, SITES, msg } from '@resacoop/domain';
import { Database, type Transaction } from '../database/database';
import { passwordProblem, hashPassword, SessionsService, User } from '../auth';
import { AppException, ErrorCode, ValidationFailed, type FieldErrors } from '../common/app-exception';
import type { ListDefinition } from '../common/list-query';
import { RecordService } from '../common/record.service';
import { Relay } from '../relays';
import type { AuthUser } from '../common/auth-user';
import type { CreateUserDto, PreferencesDto, UpdateUserDto } from './dto/user.dto';
import { ACTIVE_ADMINS_LOCK, ANOTHER_ACTIVE_ADMIN, EMAIL_TAKEN } from './users.sql';

export const USER_LIST: ListDefinition = {
  sortable: { id: 'id', fullName: 'fullName', email: 'email', role: 'role', site: 'site', createdAt: 'createdAt' },
  filters: {
    q: { kind: 'search', expression: `f_unaccent(lower($alias.full_name || ' ' || $alias.email::text))` },
    id: { kind: 'equals', column: 'id', type: 'int' },
    role: { kind: 'equals', column: 'role', type: 'text', values: ROLES },
    site: { kind: 'equals', column: 'site', type: 'text', values: SITES },
    relayId: { kind: 'equals', column: 'relayId', type: 'int' },
    active: { kind: 'equals', column: 'active', type: 'bool' },
  },
  defaultSort: ['fullName', 'ASC'],
};

const EXPORT_FIELDS = [
  'id',
  'email',
  'fullName',
  'role',
  'site',
  'relayId',
  'active',
  'createdAt',
] as const satisfies readonly (keyof User)[];

type UserFields = Pick<User, 'email' | 'role' | 'site' | 'relayId'>;

export class LastActiveAdmin extends AppException {
  constructor(field: 'role' | 'active') {
    super(ErrorCode.Conflict, msg('user.lastActiveAdmin'), { [field]: msg('field.lastActiveAdmin') });
  }
}

@Injectable()
export class UsersService extends RecordService<User> {
  constructor(
    db: Database,
    private readonly sessions: SessionsService,
  ) {
    super(db, {
      target: User,
      entityName: 'user',
      list: USER_LIST,
      export: { fileName: 'users.csv', fields: EXPORT_FIELDS },
    });
  }

  async create(actorId: number | null, { password, ...data }: CreateUserDto): Promise<User> {
    const fields = { site: null, relayId: null, ...data };
    assertAcceptablePassword(password, fields.email);
    return this.db.transaction(async (tx) => {
      await this.assertConsistent(fields, null, tx);
      return this.store.create(actorId, { ...fields, passwordHash: await hashPassword(password) }, tx);
    });
  }

  /** Deactivating a user or changing their password ends all their sessions, in the same transaction. */
  async update(actorId: number, id: number, { version, password, ...changes }: UpdateUserDto): Promise<User> {
    const passwordHash = password === undefined ? undefined : await hashPassword(password);
    const user = await this.store.update(
      actorId,
      id,
      version,
      { ...changes, ...(passwordHash ? { passwordHash } : {}) },
      async (current, tx) => {
        if (password !== undefined) assertAcceptablePassword(password, changes.email ?? current.email);
        await this.assertAnotherActiveAdminRemains(current, changes, tx);
        await this.assertConsistent({ ...current, ...changes }, id, tx);
        if (passwordHash || changes.active === false) await this.sessions.revokeAllOf(id, tx);
      },
    );
    // Once committed, so that no request checks the session again against the old row.
    this.sessions.forgetUser(id);
    return user;
  }

  /** A user's own preferences: no version needed, the last choice wins. */
  async setPreferences(user: AuthUser, preferences: PreferencesDto): Promise<User> {
    const updated = await this.db.transaction(async (tx) =>
      this.store.applyWithin(tx, user.id, await this.store.lock(user.id, tx), { ...preferences }),
    );
    this.sessions.forgetUser(user.id);
    return updated;
  }

  /**
   * Demoting or deactivating an active admin needs another active admin. The check runs under one
   * lock for every such change, so two admins demoted at once cannot each count on the other.
   */
  private async assertAnotherActiveAdminRemains(current: User, changes: Partial<User>, tx: Transaction): Promise<void> {
    if (current.role !== 'admin' || !current.active) return;
    const leaving = changes.active === false ? 'active' : changes.role !== undefined && changes.role !== 'admin' ? 'role' : null;
    if (!leaving) return;
    await this.db.execute(ACTIVE_ADMINS_LOCK, [], tx);
    // Read after the lock, in a statement of its own: it sees what the change before this one committed.
    if (!(await this.db.one(ANOTHER_ACTIVE_ADMIN, [current.id], tx))) throw new LastActiveAdmin(leaving);
  }

  /** Staff work at a site, relay users belong to a relay, and an e-mail opens one account only. */
  private async assertConsistent(user: UserFields, id: number | null, tx: Transaction): Promise<void> {
    const errors: FieldErrors = {};
    if (user.role === 'staff' && !user.site) errors.site = msg('field.siteRequired');
    if (user.role === 'relay' && !user.relayId) errors.relayId = msg('field.relayRequired');
    if (user.role !== 'relay' && user.relayId) errors.relayId = msg('field.relayOnly');
    if (user.relayId && !(await this.db.exists(Relay, user.relayId, tx))) errors.relayId = msg('field.missing.relay');
    if (await this.db.one(EMAIL_TAKEN, [user.email, id], tx)) errors.email = msg('field.emailTaken');
    if (Object.keys(errors).length > 0) throw new ValidationFailed(errors);
  }
}

/** Wherever a password is set (the console, `npm run create-admin`): 400 naming `password` with the reason. */
function assertAcceptablePassword(password: string, email: string): void {
  const problem = passwordProblem(password, email);
  if (problem) throw new ValidationFailed({ password: problem });
}
