import type { Reflector } from '@nestjs/core';
import { RELAY_FIELDS, relayViewOf, type RelayView, type Resource } from '@resacoop/domain';
import { RELAY_VIEW, REQUIRED_PERMISSION } from '../common/auth.decorators';

function isRelayView(name: string): name is RelayView {
  return Object.hasOwn(RELAY_FIELDS, name);
}

/**
 * What a relay user receives of a record is its kind's allow-list (RELAY_FIELDS), whatever the
 * route: list, record, `filter={"id":[…]}` fetch or the record a write answers. The kind is the
 * route's @RelayViewOf, or else the resource of its @Permission. Null where the route answers no
 * record kind with a relay view.
 */
export function relayAnswerFilter(
  reflector: Reflector,
  targets: Parameters<Reflector['getAllAndOverride']>[1],
): ((body: unknown) => unknown) | null {
  const view =
    reflector.getAllAndOverride<RelayView | undefined>(RELAY_VIEW, targets) ??
    reflector.getAllAndOverride<{ resource: Resource } | undefined>(REQUIRED_PERMISSION, targets)?.resource;
  if (view === undefined || !isRelayView(view)) return null;
  const restrict = (record: unknown) => (record !== null && typeof record === 'object' ? relayViewOf(view, record) : record);
  return (body) => (Array.isArray(body) ? body.map(restrict) : restrict(body));
}
