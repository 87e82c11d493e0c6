import { Injectable, type PipeTransform } from '@nestjs/common';
import { msg } from '@resacoop/domain';
import { ValidationFailed } from './app-exception';

/** The largest id PostgreSQL's `integer` holds. */
export const MAX_ID = 2_147_483_647;

/** A record id in a path: a positive 32-bit integer, or a 400 naming `id`. */
@Injectable()
export class IdPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    const id = /^\d{1,10}$/.test(value) ? Number(value) : NaN;
    if (!Number.isSafeInteger(id) || id < 1 || id > MAX_ID) throw new ValidationFailed({ id: msg('field.idExpected') });
    return id;
  }
}
