import { DEPARTEMENTS, ORGANISATION_TYPES } from '@resacoop/domain';
import { json } from '../http/json-schema';

/** The likely duplicates of an organisation, strongest first. */
export const DUPLICATES_ANSWER = json.array(
  json.named(
    'DuplicateCandidate',
    json.object({
      organisation: json.object({
        id: json.id,
        version: json.integer,
        name: json.string,
        acronym: json.nullable(json.string),
        siret: json.nullable(json.string),
        rna: json.nullable(json.string),
        departement: json.nullable(json.enumOf(DEPARTEMENTS)),
        city: json.nullable(json.string),
        type: json.enumOf(ORGANISATION_TYPES),
      }),
      reasons: json.array(json.enumOf(['siret', 'rna', 'name'])),
      similarity: json.number,
    }),
  ),
);
