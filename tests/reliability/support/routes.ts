import type { INestApplication } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';

/** One line of Fastify's route tree: its indentation, its path segment and the methods it answers. */
const TREE_LINE = /^([│ ]*)[├└]── (.+?)(?: \(([A-Z, ]+)\))?$/;
const INDENT = 4;

/**
 * The routes the application really serves, read from its router (Fastify's printed route tree):
 * `METHOD /path/:param`. HEAD, which Fastify adds to every GET, is left out.
 */
export function routesOf(app: INestApplication): string[] {
  const tree = (app.getHttpAdapter().getInstance() as FastifyInstance).printRoutes({ commonPrefix: false });
  const ancestors: string[] = [];
  const routes: string[] = [];
  for (const line of tree.split('\n')) {
    const match = TREE_LINE.exec(line);
    if (!match) continue;
    const [, indent, segment, methods] = match;
    ancestors.length = indent.length / INDENT;
    const path = ancestors.join('') + segment;
    ancestors.push(segment);
    for (const method of (methods ?? '').split(', ')) if (method && method !== 'HEAD') routes.push(`${method} ${path}`);
  }
  return routes;
}
