import type { KeyboardEvent } from 'react';

/**
 * `onKeyDown` of a block of inputs: Ctrl+Enter (⌘+Enter on a Mac) submits the form around it,
 * from any field, multi-line ones included, as the form's submit button would.
 */
export function submitOnCtrlEnter(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
  const form = (event.target as HTMLElement).closest('form');
  if (!form) return;
  event.preventDefault();
  form.requestSubmit();
}
