import type { Response } from 'express';
import type { Page } from './record-store';

/**
 * Answers a list the way ra-data-simple-rest reads it: the rows, and the total in Content-Range;
 * `X-Total-Estimated` says when that total is an estimate (see EXACT_TOTAL_UP_TO).
 */
export function sendPage<T>(response: Response, resource: string, page: Page<T>): T[] {
  const start = page.offset;
  const end = page.rows.length > 0 ? start + page.rows.length - 1 : start;
  response.setHeader('Content-Range', `${resource} ${start}-${end}/${page.total}`);
  if (page.estimated) response.setHeader('X-Total-Estimated', 'true');
  return page.rows;
}
