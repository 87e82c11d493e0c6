import {
  DEPARTEMENT_LABELS,
  EVENT_KIND_LABELS,
  EVENT_ROLE_LABELS,
  EVENT_STATUS_LABELS,
  EVENT_THEME_LABELS,
  SITE_LABELS,
} from '@resacoop/domain';
import { toInstant, writableTransform } from '../common/payload';
import type { ValueReferences } from '../history/ChangesField';
import type { ValueLabels } from '../history/formatValue';
import { BODY_FIELDS } from '../providers/api.generated';

/** What the event form sends on create (`POST /api/events`), as the API validates it (CreateEventDto). */
export const EVENT_CREATE_FIELDS = BODY_FIELDS.CreateEventDto;

/** And on edit (`PUT /api/events/{id}`); the version is the loaded one. */
export const EVENT_EDIT_FIELDS = BODY_FIELDS.UpdateEventDto.filter((field) => field !== 'version');

/** Fields the API keeps always set: an emptied input is left out rather than sent as null. */
const ALWAYS_SET = ['online', 'themes', 'sdgs', 'coOrganiserIds', 'headCount'];

/** Only trainings carry hours and a trainer: another kind sends them empty (the API refuses them otherwise). */
function adjust(payload: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = { ...payload };
  for (const field of ALWAYS_SET) if (result[field] === null) delete result[field];
  for (const field of ['startsAt', 'endsAt']) if (field in result) result[field] = toInstant(result[field]);
  if ('sdgs' in result) result.sdgs = (result.sdgs as unknown[]).map(Number);
  if (result.kind !== undefined && result.kind !== 'training') {
    result.hours = null;
    result.trainer = null;
  }
  // Online, the place is optional; in person, the département says where.
  if (result.online === true && result.departement === undefined) result.departement = null;
  return result;
}

export const eventTransform = {
  create: writableTransform(EVENT_CREATE_FIELDS, adjust).create,
  edit: writableTransform(EVENT_EDIT_FIELDS, adjust).edit,
};

/** How the history shows the coded fields of an event and of its registrations. */
export const EVENT_VALUE_LABELS: ValueLabels = {
  kind: EVENT_KIND_LABELS,
  role: EVENT_ROLE_LABELS,
  status: EVENT_STATUS_LABELS,
  themes: EVENT_THEME_LABELS,
  departement: DEPARTEMENT_LABELS,
  site: SITE_LABELS,
};

export const EVENT_REFERENCES: ValueReferences = { relayId: 'relays' };
