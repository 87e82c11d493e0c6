import type { INestApplication } from '@nestjs/common';
import { METHODS } from 'node:http';

/**
 * The routes the application really serves, read from its router: `METHOD /path/:param`. A path
 * mounted for every HTTP method is middleware (request logging), not an endpoint.
 */
export function routesOf(app: INestApplication): string[] {
  const router = app.getHttpAdapter().getInstance().router as { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
  return router.stack
    .map((layer) => layer.route)
    .filter((route) => route !== undefined && Object.keys(route.methods).length < METHODS.length / 2)
    .flatMap((route) => Object.keys(route!.methods).map((method) => `${method.toUpperCase()} ${route!.path}`));
}
