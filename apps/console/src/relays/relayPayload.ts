import { DEPARTEMENT_LABELS } from '@resacoop/domain';
import { writableTransform } from '../common/payload';
import type { ValueReferences } from '../history/ChangesField';
import type { ValueLabels } from '../history/formatValue';
import { BODY_FIELDS } from '../providers/api.generated';

/** The fields a client may write, as the API validates them (the OpenAPI document's UpdateRelayDto). */
export const RELAY_FIELDS = BODY_FIELDS.UpdateRelayDto;

/** The organisation and the départements are always set: an emptied input is left out. */
export const relayTransform = writableTransform(RELAY_FIELDS, (payload) => {
  const result = { ...payload };
  if (result.organisationId === null) delete result.organisationId;
  if (result.departements === null) delete result.departements;
  return result;
});

export const RELAY_VALUE_LABELS: ValueLabels = { departements: DEPARTEMENT_LABELS };
export const RELAY_REFERENCES: ValueReferences = { organisationId: 'organisations' };
