import { msg, type Message } from './messages';

/** Records whose presence makes another record part of the history: it is never deleted nor unlinked. */
export type HistoryHolder = 'contacts' | 'requests' | 'cases' | 'relays' | 'personal-data-reads' | 'registrations';

/** The records that may be deleted when nothing holds them. */
export type DeletableRecord = 'organisation' | 'contact' | 'event' | 'answer-template';

const HOLDER_COUNTS: Readonly<Record<HistoryHolder, (count: number) => Message>> = {
  contacts: (count) => msg('deletion.holder.contacts', { count }),
  requests: (count) => msg('deletion.holder.requests', { count }),
  cases: (count) => msg('deletion.holder.cases', { count }),
  relays: (count) => msg('deletion.holder.relays', { count }),
  'personal-data-reads': (count) => msg('deletion.holder.personalDataReads', { count }),
  registrations: (count) => msg('deletion.holder.registrations', { count }),
};

const REFUSAL: Readonly<Record<DeletableRecord, (holders: Message[]) => Message>> = {
  organisation: (holders) => msg('deletion.organisation', { holders }),
  contact: (holders) => msg('deletion.contact', { holders }),
  event: (holders) => msg('deletion.event', { holders }),
  'answer-template': (holders) => msg('deletion.answerTemplate', { holders }),
};

/**
 * Why a record cannot be deleted, naming what holds it ("Cette organisation est liée à 3 demandes
 * et 1 accompagnement : elle ne peut pas être supprimée."), with each holder as a field; null when
 * nothing holds it.
 */
export function deletionRefusal(
  record: DeletableRecord,
  holders: Partial<Record<HistoryHolder, number>>,
): { text: Message; errors: Partial<Record<HistoryHolder, Message>> } | null {
  const held = (Object.entries(holders) as [HistoryHolder, number][]).filter(([, count]) => count > 0);
  if (held.length === 0) return null;
  return {
    text: REFUSAL[record](held.map(([holder, count]) => HOLDER_COUNTS[holder](count))),
    errors: Object.fromEntries(held.map(([holder, count]) => [holder, HOLDER_COUNTS[holder](count)])),
  };
}
