import type { FastifyReply } from 'fastify';
import type { Listed, Page } from '../database/record-store';

/**
 * Answers a list the way ra-data-simple-rest reads it: the rows, and the total in Content-Range;
 * `X-Total-Estimated` says when that total is an estimate (see EXACT_TOTAL_UP_TO).
 */
export function sendPage<T>(response: FastifyReply, resource: string, page: Page<T>): Listed<T>[] {
  const start = page.offset;
  const end = page.rows.length > 0 ? start + page.rows.length - 1 : start;
  response.header('Content-Range', `${resource} ${start}-${end}/${page.total}`);
  if (page.estimated) response.header('X-Total-Estimated', 'true');
  return page.rows;
}
