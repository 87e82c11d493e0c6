import {
  ASSIGNMENT_STATUS_LABELS,
  CASE_OUTCOME_LABELS,
  DEPARTEMENT_LABELS,
  EVENT_KIND_LABELS,
  EVENT_THEME_LABELS,
  CASE_HOLDER_TYPE_LABELS,
  REQUEST_CHANNEL_LABELS,
  REQUEST_TOPIC_LABELS,
  SITE_LABELS,
  STAGE_LABELS,
  ZONE_LABELS,
  type Breakdown,
  type KeyFigures,
  type Label,
  type Locale,
  type Message,
  type MessageKey,
  msg,
  translate,
} from '@resacoop/domain';
import type { CsvColumn } from '../common/csv-export';

/** One line of the key-figures CSV, as a spreadsheet user reads it. */
export interface KeyFigureLine {
  section: string;
  figure: string;
  key: string;
  count: number | null;
  percent: number | null;
}

/** The columns, titled in the reader's language. */
export function keyFigureColumns(locale: Locale): CsvColumn<KeyFigureLine>[] {
  const title = (key: MessageKey) => translate({ key }, locale);
  return [
    { header: title('keyFigures.column.section'), value: (line) => line.section },
    { header: title('keyFigures.column.figure'), value: (line) => line.figure },
    { header: title('keyFigures.column.key'), value: (line) => line.key },
    { header: title('keyFigures.column.count'), value: (line) => line.count },
    { header: title('keyFigures.column.percent'), value: (line) => line.percent },
  ];
}

/** The figures flattened into lines: every count with its percentage, words in the reader's language. */
export function keyFigureLines(figures: KeyFigures, locale: Locale): KeyFigureLine[] {
  const { requests, cases, assignments, minutesSpent, events } = figures;
  const t = (message: Message) => translate(message, locale);
  const single = (section: Message, figure: Message | string, count: number | null, percent: number | null = null): KeyFigureLine => ({
    section: t(section),
    figure: typeof figure === 'string' ? figure : t(figure),
    key: '',
    count,
    percent,
  });
  const breakdown = (section: Message, figure: Message, data: Breakdown, labels: Readonly<Record<string, Label>>) =>
    data.items.map((item) => ({
      ...single(section, msg('keyFigures.breakdown', { figure, value: item.key === null ? msg('keyFigures.notGiven') : (labels[item.key] ?? item.key) }), item.count, item.percent),
      key: item.key ?? '',
    }));
  const month = (section: Message) => (entry: { month: string; count: number }) => ({
    ...single(section, msg('keyFigures.month', { month: entry.month }), entry.count),
    key: entry.month,
  });
  const [onRequests, onCases, onRelays, onTime, onEvents] = [
    msg('keyFigures.requests'),
    msg('keyFigures.cases'),
    msg('keyFigures.relays'),
    msg('keyFigures.time'),
    msg('keyFigures.events'),
  ];
  return [
    single(msg('keyFigures.period'), msg('keyFigures.periodValue', { from: figures.period.from, to: figures.period.to }), null),
    single(onRequests, msg('keyFigures.requestsReceived'), requests.total),
    ...breakdown(onRequests, msg('keyFigures.site'), requests.bySite, SITE_LABELS),
    ...breakdown(onRequests, msg('keyFigures.channel'), requests.byChannel, REQUEST_CHANNEL_LABELS),
    ...breakdown(onRequests, msg('keyFigures.topic'), requests.byTopic, REQUEST_TOPIC_LABELS),
    ...requests.byMonth.map(month(onRequests)),
    single(onRequests, msg('keyFigures.medianFirstResponse'), requests.medianFirstResponseHours),
    single(onRequests, msg('keyFigures.answeredWithinDue'), requests.answeredWithinDue.count, requests.answeredWithinDue.percent),
    single(onCases, msg('keyFigures.opened'), cases.opened),
    single(onCases, msg('keyFigures.active'), cases.active),
    single(onCases, msg('keyFigures.closed'), cases.closed),
    single(onCases, msg('keyFigures.ledByTeam'), cases.ledByTeam),
    single(onCases, msg('keyFigures.throughRelay'), cases.throughRelay),
    ...breakdown(onCases, msg('keyFigures.stage'), cases.byStage, STAGE_LABELS),
    ...breakdown(onCases, msg('keyFigures.zone'), cases.byZone, ZONE_LABELS),
    ...breakdown(onCases, msg('keyFigures.zoneThroughRelay'), cases.throughRelayByZone, ZONE_LABELS),
    ...breakdown(onCases, msg('keyFigures.departement'), cases.byDepartement, DEPARTEMENT_LABELS),
    ...breakdown(onCases, msg('keyFigures.organisationType'), cases.byOrganisationType, CASE_HOLDER_TYPE_LABELS),
    ...breakdown(onCases, msg('keyFigures.outcome'), cases.byOutcome, CASE_OUTCOME_LABELS),
    ...cases.byMonth.map(month(onCases)),
    single(onRelays, msg('keyFigures.proposals'), assignments.total),
    ...assignments.byRelay.flatMap((relay) => [
      single(onRelays, relay.relayName, relay.total),
      ...Object.entries(relay.byStatus).map(([status, count]) => ({
        ...single(
          onRelays,
          msg('keyFigures.breakdown', { figure: relay.relayName, value: ASSIGNMENT_STATUS_LABELS[status as keyof typeof ASSIGNMENT_STATUS_LABELS] }),
          count,
        ),
        key: status,
      })),
    ]),
    single(onTime, msg('keyFigures.minutesRequests'), minutesSpent.requests),
    single(onTime, msg('keyFigures.minutesCases'), minutesSpent.cases),
    single(onTime, msg('keyFigures.minutesTotal'), minutesSpent.total),
    single(onEvents, msg('keyFigures.eventsHosted'), events.hosted),
    single(onEvents, msg('keyFigures.eventParticipants'), events.participants),
    single(onEvents, msg('keyFigures.eventOrganisations'), events.organisations),
    single(onEvents, msg('keyFigures.eventAssociations'), events.associations.count, events.associations.percent),
    single(onEvents, msg('keyFigures.eventsAsSpeaker'), events.asSpeaker),
    single(onEvents, msg('keyFigures.eventsAsParticipant'), events.asParticipant),
    ...breakdown(onEvents, msg('keyFigures.eventKind'), events.byKind, EVENT_KIND_LABELS),
    ...breakdown(onEvents, msg('keyFigures.eventTheme'), events.byTheme, EVENT_THEME_LABELS),
    ...breakdown(onEvents, msg('keyFigures.departement'), events.byDepartement, DEPARTEMENT_LABELS),
    ...events.byMonth.map(month(onEvents)),
  ];
}
