import { SITES } from '@resacoop/domain';
import { json } from '../http/json-schema';
import { StageChange } from './stage-change.entity';

/** Who follows a case at RESACOOP, as a relay user may read it. */
export const CASE_ADVISER_ANSWER = json.named(
  'CaseAdviser',
  json.object({ fullName: json.string, email: json.string, site: json.nullable(json.enumOf(SITES)) }),
);

export const STAGE_HISTORY_ANSWER = json.array(json.record(StageChange));
