import {
  CASE_OUTCOME_LABELS,
  CASE_STATUS_LABELS,
  SDG_LABELS,
  SITE_LABELS,
  STAGE_LABELS,
  ZONE_LABELS,
  FUNDING_LABELS,
  type Labelled,
} from '@resacoop/domain';
import type { RaRecord } from 'react-admin';
import { isPastDay } from '../common/days';
import { fieldsExcept, writableTransform } from '../common/payload';
import { BODY_FIELDS } from '../providers/api.generated';
import type { ValueReferences } from '../history/ChangesField';
import type { ValueLabels } from '../history/formatValue';
import { COUNTRY_LABELS } from './countries';

/**
 * What the case form sends on create (`POST /api/cases`), as the API validates it (the OpenAPI
 * document's CreateCaseDto), but the opening date: the API dates a new case itself.
 */
export const CASE_CREATE_FIELDS = fieldsExcept(BODY_FIELDS.CreateCaseDto, ['openedAt']);

/** And on edit (`PUT /api/cases/{id}`), with the status and, once closed, the outcome; the version is the loaded one. */
export const CASE_EDIT_FIELDS = fieldsExcept(BODY_FIELDS.UpdateCaseDto, ['openedAt', 'version']);

/** Fields the API keeps always set: an emptied input is left out rather than sent as null. */
const ALWAYS_SET = ['countries', 'sdgs', 'adviserId', 'site', 'stage', 'fundingSoughtEur', 'fundingObtainedEur', 'funders', 'status'];

const words = (value: unknown): string[] =>
  Array.isArray(value) ? [...new Set(value.map((item) => String(item ?? '').trim()).filter(Boolean))] : [];

function adjust(payload: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = { ...payload };
  for (const field of ALWAYS_SET) if (result[field] === null) delete result[field];
  if ('funders' in result) result.funders = words(result.funders);
  if ('sdgs' in result) result.sdgs = (result.sdgs as unknown[]).map(Number);
  // An outcome only goes with a closed case; reopening one clears it.
  if ('status' in result && result.status !== 'closed') result.outcome = null;
  if (result.nextFollowUpAt === null && (!('status' in result) || result.status === 'open')) delete result.nextFollowUpAt;
  return result;
}

export const caseTransform = {
  create: writableTransform(CASE_CREATE_FIELDS, adjust).create,
  edit: writableTransform(CASE_EDIT_FIELDS, adjust).edit,
};

/** Open and its follow-up date is past. */
export function isFollowUpOverdue(record: Partial<RaRecord> | undefined): boolean {
  return record?.status === 'open' && isPastDay(record.nextFollowUpAt);
}

/** The ODD as a reference list, keyed by their number. */
export const SDG_LABELLED = SDG_LABELS as unknown as Labelled<string>;

/** How the history shows the coded fields of a case. */
export const CASE_VALUE_LABELS: ValueLabels = {
  site: SITE_LABELS,
  stage: STAGE_LABELS,
  status: CASE_STATUS_LABELS,
  outcome: CASE_OUTCOME_LABELS,
  zones: ZONE_LABELS,
  countries: COUNTRY_LABELS,
  sdgs: SDG_LABELLED,
  fundingSoughtEur: FUNDING_LABELS as unknown as Labelled<string>,
  fundingObtainedEur: FUNDING_LABELS as unknown as Labelled<string>,
};

export const CASE_REFERENCES: ValueReferences = {
  organisationId: 'organisations',
  contactId: 'contacts',
  adviserId: 'users',
};
