import { type Locale, type Role, type Site, LOCALES, ROLES, SITES } from '@resacoop/domain';
import { Coded } from '../database/coded';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../common/base-record.entity';
import { Relay } from '../relays';

@Entity('users')
@Check('CHK_users_role', `"role" IN ('admin', 'staff', 'relay')`)
@Check('CHK_users_site', `"site" IS NULL OR "site" IN ('lyon', 'clermont')`)
@Check('CHK_users_staff_site', `"role" <> 'staff' OR "site" IS NOT NULL`)
@Check('CHK_users_locale', `"locale" IN ('fr', 'en')`)
@Check('CHK_users_relay_relay', `("role" = 'relay') = ("relay_id" IS NOT NULL)`)
// In French order (COLLATE "fr-x-icu", as the lists sort): written by its migration.
@Index('IDX_users_full_name', { synchronize: false })
export class User extends BaseRecord {
  @Column('citext', { unique: true })
  email: string;

  @Column('text')
  fullName: string;

  @Coded(ROLES)
  @Column('text')
  role: Role;

  @Coded(SITES)
  @Column('text', { nullable: true })
  site: Site | null;

  @Index('IDX_users_relay_id')
  @Column('int', { nullable: true })
  relayId: number | null;

  @ManyToOne(() => Relay, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'relay_id' })
  relay?: Relay;

  @Column('boolean', { default: true })
  active: boolean;

  /** The 08:00 e-mail of the day's due and overdue items; each user may opt out. */
  @Column('boolean', { default: true })
  dailyDigest: boolean;

  /** The language the API answers this user in: errors, notifications, e-mails. */
  @Coded(LOCALES)
  @Column('text', { default: 'fr' })
  locale: Locale;

  /** An argon2id hash; never selected unless asked for. */
  @Column('text', { select: false })
  passwordHash: string;
}
