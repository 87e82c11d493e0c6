import type { Identifier } from 'react-admin';
import { pickWritable } from '../common/payload';

/** The record a timeline belongs to: a request or a case, never both. */
export type TimelineOwner = { requestId: Identifier; caseId?: never } | { caseId: Identifier; requestId?: never };

/** The list filter (and the interaction's link) of a timeline's owner. */
export function ownerFilter(owner: TimelineOwner): { requestId: Identifier } | { caseId: Identifier } {
  return owner.caseId !== undefined ? { caseId: owner.caseId } : { requestId: owner.requestId };
}

/** What the reply box sends (`POST /api/interactions`). */
export const INTERACTION_FIELDS = ['kind', 'body', 'minutesSpent'] as const;

export function interactionPayload(owner: TimelineOwner, data: Record<string, unknown>): Record<string, unknown> {
  const { minutesSpent, ...payload } = pickWritable(data, INTERACTION_FIELDS);
  return { ...ownerFilter(owner), ...payload, ...(minutesSpent === null ? {} : { minutesSpent }) };
}
