import { Injectable, Logger } from '@nestjs/common';
import { DEPARTEMENT_LABELS, msg, translate, type EventKind, type Locale } from '@resacoop/domain';
import { Database, type Transaction } from '../database/database';
import { RecordNotFound } from '../common/app-exception';
import { MailerService } from '../reminders';
import { CollectiveEvent } from './collective-event.entity';
import { PUBLISHED_BY_TOKEN, PUBLISHED_BY_TOKEN_LOCKED } from './events.sql';
import type { PublicRegistrationDto } from './dto/registration.dto';
import { PublicRegistrationLimiter } from './public-registration-limiter';
import { RegistrationsService } from './registrations.service';

/** What a page token looks like (32 base64url characters, see EventsService.move): anything else is no event, unread. */
const TOKEN = /^[A-Za-z0-9_-]{32}$/;

export interface PublicEvent {
  title: string;
  kind: EventKind;
  startsAt: Date;
  endsAt: Date;
  online: boolean;
  address: string | null;
  departement: string | null;
  publicDescription: string | null;
  full: boolean;
}

/**
 * The registration page of a published event, opened without an account through its link's
 * unguessable token. A person registers once per event (by e-mail): registering again changes
 * nothing and sends nothing, and says the same, so the page tells nobody who else registered.
 */
@Injectable()
export class PublicRegistrationsService {
  private readonly logger = new Logger('PublicRegistrations');

  constructor(
    private readonly db: Database,
    private readonly registrations: RegistrationsService,
    private readonly limiter: PublicRegistrationLimiter,
    private readonly mailer: MailerService,
  ) {}

  async page(token: string): Promise<PublicEvent> {
    const event = await this.published(token);
    return this.publicView(event, await this.registrations.isFull(event));
  }

  async register(token: string, ip: string, locale: Locale, data: PublicRegistrationDto): Promise<{ status: 'registered' }> {
    const { event, created } = await this.db.transaction(async (tx) => {
      const event = await this.published(token, tx);
      await this.limiter.take(ip, event.id);
      const registration = await this.registrations.registerPublicly(tx, event, {
        name: data.name,
        email: data.email,
        organisationName: data.organisationName ?? null,
        consentAt: new Date(),
      });
      return { event, created: registration !== null };
    });
    if (created) await this.confirm(event, data, locale);
    return { status: 'registered' };
  }

  /** The confirmation e-mail; the registration stands if it cannot leave (the team sees it in the list). */
  private async confirm(event: CollectiveEvent, data: PublicRegistrationDto, locale: Locale): Promise<void> {
    const when = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
      dateStyle: 'full',
      timeStyle: 'short',
      timeZone: 'Europe/Paris',
    }).format(event.startsAt);
    const place = event.online
      ? translate(msg('event.online'), locale)
      : (event.address ?? (event.departement ? DEPARTEMENT_LABELS[event.departement][locale] : ''));
    try {
      await this.mailer.send({
        to: data.email,
        subject: translate(msg('event.confirmation.subject', { title: event.title }), locale),
        text: translate(msg('event.confirmation.body', { name: data.name, title: event.title, when, place }), locale),
      });
    } catch (error) {
      this.logger.error(`confirmation of a registration for event ${event.id} not sent: ${(error as Error).message}`);
    }
  }

  /** The published event of a token, locked in `tx` when a registration is to be written; any other token is not found. */
  private async published(token: string, tx?: Transaction): Promise<CollectiveEvent> {
    if (!TOKEN.test(token)) throw new RecordNotFound('event');
    const [event] = await this.db.entities(CollectiveEvent, tx ? PUBLISHED_BY_TOKEN_LOCKED : PUBLISHED_BY_TOKEN, [token], tx);
    if (!event) throw new RecordNotFound('event');
    return event;
  }

  private publicView(event: CollectiveEvent, full: boolean): PublicEvent {
    const { title, kind, startsAt, endsAt, online, address, departement, publicDescription } = event;
    return { title, kind, startsAt, endsAt, online, address, departement, publicDescription, full };
  }
}
