import type { Reflector } from '@nestjs/core';
import { msg, RELAY_FIELDS, relayMayRead, relayViewOf, type RelayView, type Resource } from '@resacoop/domain';
import { ValidationFailed, type FieldErrors } from '../common/app-exception';
import { LIST_DEFINITION, RELAY_VIEW, REQUIRED_PERMISSION } from '../common/auth.decorators';
import { fieldsReadBy, type ListDefinition } from '../common/list-query';

type RouteTargets = Parameters<Reflector['getAllAndOverride']>[1];

function isRelayView(name: string): name is RelayView {
  return Object.hasOwn(RELAY_FIELDS, name);
}

/** The route's @RelayViewOf, or else the resource of its @Permission, when it is a relay view. */
function relayViewOfRoute(reflector: Reflector, targets: RouteTargets): RelayView | null {
  const view =
    reflector.getAllAndOverride<RelayView | undefined>(RELAY_VIEW, targets) ??
    reflector.getAllAndOverride<{ resource: Resource } | undefined>(REQUIRED_PERMISSION, targets)?.resource;
  return view !== undefined && isRelayView(view) ? view : null;
}

/**
 * What a relay user receives of a record is its kind's allow-list (RELAY_FIELDS), whatever the
 * route: list, record, `filter={"id":[…]}` fetch or the record a write answers. The kind is the
 * route's @RelayViewOf, or else the resource of its @Permission. Null where the route answers no
 * record kind with a relay view.
 */
export function relayAnswerFilter(reflector: Reflector, targets: RouteTargets): ((body: unknown) => unknown) | null {
  const view = relayViewOfRoute(reflector, targets);
  if (view === null) return null;
  const restrict = (record: unknown) => (record !== null && typeof record === 'object' ? relayViewOf(view, record) : record);
  return (body) => (Array.isArray(body) ? body.map(restrict) : restrict(body));
}

/** A JSON list parameter as sent, or undefined when it is not JSON: the list's parser answers that one. */
function jsonOrNothing(raw: unknown): unknown {
  if (typeof raw !== 'string') return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * A relay user sorts and filters a list only by the fields its answers hold (the same allow-list):
 * an order or a filter on another field would tell that field's values apart (members first,
 * consents split off, a SIRET guessed). Refused with a 400 naming the sort or each filter.
 */
export function refuseUnreadableListFields(reflector: Reflector, targets: RouteTargets, query: unknown): void {
  const view = relayViewOfRoute(reflector, targets);
  const list = reflector.getAllAndOverride<ListDefinition | undefined>(LIST_DEFINITION, targets);
  if (view === null || list === undefined || query === null || typeof query !== 'object') return;
  const { sort, filter } = query as { sort?: unknown; filter?: unknown };
  const errors: FieldErrors = {};
  const sorted = jsonOrNothing(sort);
  if (Array.isArray(sorted) && typeof sorted[0] === 'string' && !relayMayRead(view, sorted[0])) {
    errors.sort = msg('field.unreadable', { field: sorted[0].slice(0, 50) });
  }
  const filters = jsonOrNothing(filter);
  if (filters !== null && typeof filters === 'object' && !Array.isArray(filters)) {
    for (const name of Object.keys(filters)) {
      const definition = Object.hasOwn(list.filters, name) ? list.filters[name] : undefined;
      // An unknown filter is the list parser's 400.
      if (definition && !fieldsReadBy(name, definition).every((field) => relayMayRead(view, field))) {
        errors[`filter.${name}`] = msg('field.unreadable', { field: name });
      }
    }
  }
  if (Object.keys(errors).length > 0) throw new ValidationFailed(errors);
}
