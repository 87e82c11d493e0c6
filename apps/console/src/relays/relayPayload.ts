import { DEPARTEMENT_LABELS } from '@resacoop/domain';
import { writableTransform } from '../common/payload';
import type { ValueReferences } from '../history/ChangesField';
import type { ValueLabels } from '../history/formatValue';

/** What an administrator may change of a relay (`PUT /api/relays/{id}`); relays are seeded, never created here. */
export const RELAY_FIELDS = ['name', 'organisationId', 'departements'] as const;

/** The organisation and the départements are always set: an emptied input is left out. */
export const relayTransform = writableTransform(RELAY_FIELDS, (payload) => {
  const result = { ...payload };
  if (result.organisationId === null) delete result.organisationId;
  if (result.departements === null) delete result.departements;
  return result;
});

export const RELAY_VALUE_LABELS: ValueLabels = { departements: DEPARTEMENT_LABELS };
export const RELAY_REFERENCES: ValueReferences = { organisationId: 'organisations' };
