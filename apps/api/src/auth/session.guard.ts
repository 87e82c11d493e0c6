import { Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { can, type Action, type Resource } from '@resacoop/domain';
import { AccessDenied, Unauthenticated } from '../common/app-exception';
import { PUBLIC_ROUTE, REQUIRED_PERMISSION, type AuthenticatedRequest } from '../common/auth.decorators';
import { refuseUnreadableListFields, relayAnswerFilter } from './relay-view';
import { SESSION_COOKIE } from './session-cookie';
import { SessionsService } from './sessions.service';

/**
 * Every route needs a live session unless marked @Public, and the permission it declares.
 * Both decisions are logged when they refuse, never with the token. A relay user's answers are
 * then restricted to their view (relay-view.ts, applied by http/answer-filter.ts).
 */
@Injectable()
export class SessionGuard implements CanActivate {
  private readonly logger = new Logger('Access');

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token: unknown = request.cookies?.[SESSION_COOKIE];
    const session = typeof token === 'string' && token.length > 0 && token.length < 200 ? await this.sessions.resolve(token) : null;
    if (!session) {
      this.logger.warn(`no live session for ${request.method} ${request.url} (${request.ip})`);
      throw new Unauthenticated();
    }
    request.user = session.user;
    request.sessionTokenHash = session.tokenHash;
    const required = this.reflector.getAllAndOverride<{ resource: Resource; action: Action } | undefined>(REQUIRED_PERMISSION, targets);
    if (required && !can(session.user.role, required.action, required.resource)) {
      this.logger.warn(`user ${session.user.id} (${session.user.role}) refused ${required.action} on ${required.resource}`);
      throw new AccessDenied();
    }
    if (session.user.role === 'relay') {
      refuseUnreadableListFields(this.reflector, targets, request.query);
      request.answerFilter = relayAnswerFilter(this.reflector, targets);
    }
    return true;
  }
}
