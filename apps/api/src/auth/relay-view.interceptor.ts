import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { RELAY_FIELDS, relayViewOf, type Resource, type RelayView } from '@resacoop/domain';
import { map, type Observable } from 'rxjs';
import { RELAY_VIEW, REQUIRED_PERMISSION, type AuthenticatedRequest } from '../common/auth.decorators';

function isRelayView(name: string): name is RelayView {
  return Object.hasOwn(RELAY_FIELDS, name);
}

/**
 * What a relay user receives of a record is its kind's allow-list (RELAY_FIELDS), whatever the
 * route: list, record, `filter={"id":[…]}` fetch or the record a write answers. The kind is the
 * route's @RelayViewOf, or else the resource of its @Permission. Staff and admins get records whole.
 */
@Injectable()
export class RelayViewInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const user = context.switchToHttp().getRequest<Partial<AuthenticatedRequest>>().user;
    if (user?.role !== 'relay') return next.handle();
    const targets = [context.getHandler(), context.getClass()];
    const view =
      this.reflector.getAllAndOverride<RelayView | undefined>(RELAY_VIEW, targets) ??
      this.reflector.getAllAndOverride<{ resource: Resource } | undefined>(REQUIRED_PERMISSION, targets)?.resource;
    if (view === undefined || !isRelayView(view)) return next.handle();
    const restrict = (record: unknown) => (record !== null && typeof record === 'object' ? relayViewOf(view, record) : record);
    return next.handle().pipe(map((body: unknown) => (Array.isArray(body) ? body.map(restrict) : restrict(body))));
  }
}
