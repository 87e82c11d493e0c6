import { ROLE_LABELS, SITE_LABELS } from '@resacoop/domain';
import { writableTransform } from '../common/payload';
import type { ValueLabels } from '../history/formatValue';
import { BODY_FIELDS } from '../providers/api.generated';

/** The fields a client may write, as the API validates them (the OpenAPI document's UpdateUserDto). */
export const USER_FIELDS = BODY_FIELDS.UpdateUserDto;

/**
 * A staff user has a site and no relay, a relay user a relay and no site, an admin neither.
 * The password is sent only when typed, so an edit without it keeps the current one.
 */
export const userTransform = writableTransform(USER_FIELDS, (payload) => {
  const { password, ...rest } = payload;
  return {
    ...rest,
    site: rest.role === 'staff' ? (rest.site ?? null) : null,
    relayId: rest.role === 'relay' ? (rest.relayId ?? null) : null,
    ...(typeof password === 'string' && password !== '' ? { password } : {}),
  };
});

export const USER_VALUE_LABELS: ValueLabels = { role: ROLE_LABELS, site: SITE_LABELS };
