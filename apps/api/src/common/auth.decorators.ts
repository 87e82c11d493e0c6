import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Action, RelayView, Resource } from '@resacoop/domain';
import type { FastifyRequest } from 'fastify';
import type { AuthUser } from './auth-user';

export const PUBLIC_ROUTE = 'publicRoute';
export const REQUIRED_PERMISSION = 'requiredPermission';
export const RELAY_VIEW = 'relayView';
export const ANY_ORIGIN = 'anyOrigin';
export const LIST_DEFINITION = 'listDefinition';

/** The route answers without a session (login, health). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/**
 * A public write that any site may send (a registration page embedded or linked from partners'
 * sites): it acts on no session, so a forged cross-site request could do nothing a direct call
 * cannot; its abuse is bounded by rate limits instead (see CsrfGuard).
 */
export const AnyOrigin = () => SetMetadata(ANY_ORIGIN, true);

/** The route needs this action on this resource, per the permissions matrix of libs/domain. */
export const Permission = (resource: Resource, action: Action) => SetMetadata(REQUIRED_PERMISSION, { resource, action });

/** The kind of record the route answers, when it is not the resource of its @Permission (see relay-view.ts). */
export const RelayViewOf = (view: RelayView) => SetMetadata(RELAY_VIEW, view);

export type AuthenticatedRequest = FastifyRequest & { user: AuthUser; sessionTokenHash: string };

export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): AuthUser => {
  return context.switchToHttp().getRequest<AuthenticatedRequest>().user;
});
