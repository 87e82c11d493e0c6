import { msg } from '@resacoop/domain';
import { Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { AccessDenied } from '../common/app-exception';
import { AppConfig } from '../config/app-config';
import { ANY_ORIGIN } from '../common/auth.decorators';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function originOf(value: string | undefined): string | null {
  if (!value) return null;
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}

/**
 * Refuses a write whose Origin (or, failing that, Referer) is not the app's own origin or a
 * configured one. Browsers always send Origin on cross-site writes, so a forged form or fetch
 * from another site is stopped here; a write with neither header is refused too. CSRF abuses the
 * session cookie a browser sends along: a public write marked @AnyOrigin reads no session, so it
 * is let through from any origin (its rate limits bound it).
 */
@Injectable()
export class CsrfGuard implements CanActivate {
  private readonly logger = new Logger('Csrf');
  private readonly allowed: Set<string>;

  constructor(
    config: AppConfig,
    private readonly reflector: Reflector,
  ) {
    this.allowed = new Set(config.writeOrigins);
  }

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (SAFE_METHODS.has(request.method)) return true;
    if (this.reflector.getAllAndOverride<boolean>(ANY_ORIGIN, [context.getHandler(), context.getClass()])) return true;
    const origin = originOf(request.headers.origin) ?? originOf(request.headers.referer);
    if (origin && this.allowed.has(origin)) return true;
    this.logger.warn(`refused ${request.method} ${request.url} from origin ${origin ?? 'none'} (${request.ip})`);
    throw new AccessDenied(msg('error.csrf'));
  }
}
