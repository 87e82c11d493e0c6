/** Records whose presence makes another record part of the history: it is never deleted nor unlinked. */
export type HistoryHolder = 'contacts' | 'requests' | 'cases' | 'relays' | 'personal-data-reads';

/** The records that may be deleted when nothing holds them. */
export type DeletableRecord = 'organisation' | 'contact';

const HOLDER_NOUNS: Readonly<Record<HistoryHolder, readonly [singular: string, plural: string]>> = {
  contacts: ['contact', 'contacts'],
  requests: ['demande', 'demandes'],
  cases: ['accompagnement', 'accompagnements'],
  relays: ['relais', 'relais'],
  'personal-data-reads': ['consultation par un relais', 'consultations par un relais'],
};

const REFUSAL: Readonly<Record<DeletableRecord, { subject: string; ending: string }>> = {
  organisation: { subject: 'Cette organisation est liée à', ending: 'elle ne peut pas être supprimée.' },
  contact: {
    subject: 'Ce contact est lié à',
    ending: 'il ne peut pas être supprimé. Pour retirer la personne, effacez ses données personnelles.',
  },
};

function counted(holder: HistoryHolder, count: number): string {
  const [singular, plural] = HOLDER_NOUNS[holder];
  return `${count} ${count === 1 ? singular : plural}`;
}

/** "a", "a et b", "a, b et c" (never called with none). */
function enumerate(parts: readonly string[]): string {
  return parts.length <= 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} et ${parts[parts.length - 1]}`;
}

/**
 * Why a record cannot be deleted, naming what holds it ("Cette organisation est liée à 3 demandes
 * et 1 accompagnement : elle ne peut pas être supprimée."), with each holder as a field; null when
 * nothing holds it.
 */
export function deletionRefusal(
  record: DeletableRecord,
  holders: Partial<Record<HistoryHolder, number>>,
): { message: string; errors: Partial<Record<HistoryHolder, string>> } | null {
  const held = (Object.entries(holders) as [HistoryHolder, number][]).filter(([, count]) => count > 0);
  if (held.length === 0) return null;
  const { subject, ending } = REFUSAL[record];
  return {
    message: `${subject} ${enumerate(held.map(([holder, count]) => counted(holder, count)))} : ${ending}`,
    errors: Object.fromEntries(held.map(([holder, count]) => [holder, counted(holder, count)])),
  };
}
