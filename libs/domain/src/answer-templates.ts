import { SITE_LABELS, type Site } from './reference';
import { parisDay } from './working-days';

/** The placeholders a saved answer may use, each filled from the request it answers. */
export const ANSWER_PLACEHOLDERS = ['requesterName', 'reference', 'subject', 'dueAt', 'site', 'assigneeName'] as const;
export type AnswerPlaceholder = (typeof ANSWER_PLACEHOLDERS)[number];

/** What of a request a saved answer names. */
export interface AnswerTemplateFields {
  requesterName: string | null;
  reference: string;
  subject: string;
  dueAt: Date | null;
  site: Site;
  assigneeName: string | null;
}

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

function isKnown(name: string): name is AnswerPlaceholder {
  return (ANSWER_PLACEHOLDERS as readonly string[]).includes(name);
}

/** The placeholders a template body names that the desk cannot fill, once each, in order. */
export function unknownPlaceholders(body: string): string[] {
  const names = [...body.matchAll(PLACEHOLDER)].map((found) => found[1]);
  return [...new Set(names.filter((name) => !isKnown(name)))];
}

/** A Paris calendar day as French readers write it (`31/12/2026`). */
function frenchDay(instant: Date): string {
  const [year, month, day] = parisDay(instant).split('-');
  return `${day}/${month}/${year}`;
}

/**
 * A saved answer's body with the request's fields in place of its placeholders. A field the request
 * lacks (no requester name, no adviser, no due date) leaves its placeholder empty, for the adviser to
 * complete before sending; a placeholder the desk does not know is left as written.
 */
export function fillAnswerTemplate(body: string, fields: AnswerTemplateFields): string {
  const values: Record<AnswerPlaceholder, string> = {
    requesterName: fields.requesterName ?? '',
    reference: fields.reference,
    subject: fields.subject,
    dueAt: fields.dueAt ? frenchDay(fields.dueAt) : '',
    site: SITE_LABELS[fields.site].fr,
    assigneeName: fields.assigneeName ?? '',
  };
  return body.replace(PLACEHOLDER, (written, name: string) => (isKnown(name) ? values[name] : written));
}
