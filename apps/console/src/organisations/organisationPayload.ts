import { DEPARTEMENT_LABELS, MEMBERSHIP_LABELS, ORGANISATION_TYPE_LABELS, ZONE_LABELS, normaliseSiret } from '@resacoop/domain';
import { writableTransform } from '../common/payload';
import type { ValueLabels } from '../history/formatValue';
import { BODY_FIELDS } from '../providers/api.generated';

/** The fields a client may write, as the API validates them (the OpenAPI document's UpdateOrganisationDto). */
export const ORGANISATION_FIELDS = BODY_FIELDS.UpdateOrganisationDto;

const words = (value: unknown): string[] =>
  Array.isArray(value) ? [...new Set(value.map((item) => String(item ?? '').trim()).filter(Boolean))] : [];

export const organisationTransform = writableTransform(ORGANISATION_FIELDS, (payload) => ({
  ...payload,
  ...(typeof payload.siret === 'string' ? { siret: normaliseSiret(payload.siret) } : {}),
  ...(typeof payload.rna === 'string' ? { rna: payload.rna.toUpperCase() } : {}),
  ...('zones' in payload ? { zones: words(payload.zones) } : {}),
  ...('tags' in payload ? { tags: words(payload.tags) } : {}),
}));

/** How the history shows the coded fields of an organisation. */
export const ORGANISATION_VALUE_LABELS: ValueLabels = {
  type: ORGANISATION_TYPE_LABELS,
  departement: DEPARTEMENT_LABELS,
  membership: MEMBERSHIP_LABELS,
  zones: ZONE_LABELS,
};
