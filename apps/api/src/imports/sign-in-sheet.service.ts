import { Injectable } from '@nestjs/common';
import { translate, type Locale } from '@resacoop/domain';
import type { AuthUser } from '../common/auth-user';
import { Contact } from '../contacts';
import { Database, type Transaction } from '../database/database';
import { RegistrationsService } from '../events';
import { ImportHasErrors } from './import-errors';
import {
  asFieldErrors,
  errorsOf,
  LISTED_ERRORS,
  parseImport,
  type ImportError,
  type ImportPreview,
  type ParsedImport,
} from './imports.service';
import { IMPORT_LOCK } from './imports.sql';
import { fullName, matchSignInSheet, SIGN_IN_SHEET, type MatchedRow, type SignInMatch } from './sign-in-sheet';

const PREVIEW_ROWS = 20;

export interface SignInSheetPreview extends Omit<ImportPreview, 'resource' | 'errors'> {
  resource: 'registrations';
  eventId: number;
  /** The first errors, in row order, each naming the field and the column of the file that holds it. */
  errors: (ImportError<string> & { column: string | null })[];
  /** Every row without an error: who it is and what it does to the event's registrations. */
  matches: SignInMatch[];
}

export interface SignInSheetCommitted {
  mode: 'commit';
  resource: 'registrations';
  eventId: number;
  /** Rows recorded: registrations created and registrations marked attended. */
  imported: number;
  /** The registrations written, created ones first. */
  ids: number[];
  created: number[];
  updated: number[];
  /** The contacts created for the rows that gave consent. */
  contacts: number[];
}

/**
 * An event's sign-in sheet (CSV): the directory's import (mapping, dry run, per-row errors, all or
 * nothing), each row matched to a person and to the event's registrations, so that attendance is
 * recorded without duplicating a registration or a contact.
 */
@Injectable()
export class SignInSheetService {
  constructor(
    private readonly db: Database,
    private readonly registrations: RegistrationsService,
  ) {}

  async preview(actor: AuthUser, eventId: number, file: Buffer, requestedMapping: string | undefined): Promise<SignInSheetPreview> {
    await this.checkEvent(actor, eventId);
    const parsed = await parseImport(SIGN_IN_SHEET, file, requestedMapping);
    const matched = await matchSignInSheet(parsed.rows, eventId, actor.role !== 'relay', this.db);
    const invalid = parsed.rows.filter((row) => Object.keys(row.errors).length > 0).length;
    return {
      mode: 'preview',
      resource: 'registrations',
      eventId,
      headers: parsed.headers,
      mapping: parsed.mapping,
      fields: SIGN_IN_SHEET.fields.map((field) => field.name),
      rows: parsed.rows.length,
      valid: parsed.rows.length - invalid,
      invalid,
      errors: this.errors(parsed, actor.locale),
      preview: parsed.rows.slice(0, PREVIEW_ROWS).map(({ row, record }) => ({ row, values: record })),
      matches: matched.map(({ match }) => match),
    };
  }

  /** Records the whole sheet in one transaction, each write with its audit event, or nothing if any row is in error. */
  async commit(actor: AuthUser, eventId: number, file: Buffer, requestedMapping: string | undefined): Promise<SignInSheetCommitted> {
    await this.checkEvent(actor, eventId);
    const parsed = await parseImport(SIGN_IN_SHEET, file, requestedMapping);
    const written = await this.db.transaction(async (tx) => {
      await this.registrations.lockEventForAttendance(actor, eventId, tx);
      // Contacts may be created: a directory import meanwhile would miss them as duplicates.
      await this.db.execute(IMPORT_LOCK, ['import:contacts'], tx);
      const matched = await matchSignInSheet(parsed.rows, eventId, actor.role !== 'relay', this.db, tx);
      const errors = errorsOf(parsed);
      if (errors.length > 0) throw new ImportHasErrors(asFieldErrors(errors), errors.length);
      const contacts = await this.createContacts(tx, actor.id, matched);
      const attendance = await this.registrations.recordAttendanceWithin(
        tx,
        actor.id,
        eventId,
        matched.map((matchedRow) => ({ existingId: matchedRow.match.registrationId, fields: registrationFields(matchedRow) })),
      );
      return { contacts, ...attendance };
    });
    return {
      mode: 'commit',
      resource: 'registrations',
      eventId,
      imported: written.created.length + written.updated.length,
      ids: [...written.created, ...written.updated],
      ...written,
    };
  }

  /** The event must be one the caller may see (else 404) and take registrations (else 409), before the file is read. */
  private checkEvent(actor: AuthUser, eventId: number): Promise<unknown> {
    return this.db.transaction((tx) => this.registrations.lockEventForAttendance(actor, eventId, tx));
  }

  /** The contacts of the rows that gave consent and matched nobody, in one insert; each row then names its contact. */
  private async createContacts(tx: Transaction, actorId: number, matched: MatchedRow[]): Promise<number[]> {
    const fresh = matched.filter(({ match }) => match.person === 'newContact');
    if (fresh.length === 0) return [];
    const ids = await this.db.store(Contact, 'contact').createMany(
      tx,
      actorId,
      fresh.map(({ row, organisationId }) => ({
        firstName: row.record.firstName as string,
        lastName: row.record.lastName as string,
        email: (row.record.email as string | undefined) ?? null,
        organisationId,
      })),
    );
    fresh.forEach(({ match }, index) => (match.contactId = ids[index]));
    // Their registrations to other events under the same e-mail become theirs too.
    await this.registrations.linkToContacts(
      tx,
      actorId,
      fresh.map(({ row }, index) => ({ id: ids[index], email: (row.record.email as string | undefined) ?? null })),
    );
    return ids;
  }

  private errors(parsed: ParsedImport, locale: Locale): SignInSheetPreview['errors'] {
    const columnOf = new Map(Object.entries(parsed.mapping).map(([header, field]) => [field, header]));
    return errorsOf(parsed)
      .slice(0, LISTED_ERRORS)
      .map(({ row, field, message }) => ({ row, field, column: columnOf.get(field) ?? null, message: translate(message, locale) }));
  }
}

/** The registration a row writes: a contact's, or a name and e-mail's; consent recorded when given. */
function registrationFields({ row, match, organisationId }: MatchedRow) {
  const organisationName = (row.record.organisationName as string | undefined) ?? null;
  return {
    contactId: match.contactId,
    name: match.contactId === null ? fullName(row) : null,
    email: match.contactId === null ? ((row.record.email as string | undefined) ?? null) : null,
    organisationId,
    organisationName: organisationId === null ? organisationName : null,
    consentAt: row.record.consent === true ? new Date() : null,
  };
}
