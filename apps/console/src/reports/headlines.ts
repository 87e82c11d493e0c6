import type { KeyFigures } from '@resacoop/domain';
import type { FigureUnit, ReportFormat } from './format';

/** One headline number of the key figures, as the printed report sets them out on its first page. */
export interface Headline {
  /** Names its label, `resacoop.reports.headlines.<id>`. */
  id: string;
  unit: FigureUnit;
  value: (figures: KeyFigures) => number | null;
  /** What the number is made of, written under its label (`resacoop.reports.headlines.<id>_detail`). */
  detail?: (figures: KeyFigures, format: ReportFormat) => Record<string, string>;
  /** Whether the page states how the number is counted (`resacoop.reports.definitions.<id>`). */
  defined?: boolean;
}

const hoursOf = (minutes: number) => minutes / 60;

export const HEADLINES: readonly Headline[] = [
  { id: 'requests', unit: 'count', value: (figures) => figures.requests.total },
  { id: 'led_by_team', unit: 'count', value: (figures) => figures.cases.ledByTeam },
  { id: 'through_relay', unit: 'count', value: (figures) => figures.cases.throughRelay },
  { id: 'cases_opened', unit: 'count', value: (figures) => figures.cases.opened },
  { id: 'cases_active', unit: 'count', value: (figures) => figures.cases.active },
  { id: 'cases_closed', unit: 'count', value: (figures) => figures.cases.closed },
  { id: 'median_first_response', unit: 'hours', value: (figures) => figures.requests.medianFirstResponseHours },
  {
    id: 'answered_within_due',
    unit: 'percent',
    value: (figures) => figures.requests.answeredWithinDue.percent,
    detail: ({ requests: { answeredWithinDue } }, format) => ({
      count: format.count(answeredWithinDue.count),
      of: format.count(answeredWithinDue.of),
    }),
  },
  {
    id: 'time_spent',
    unit: 'hours',
    value: (figures) => hoursOf(figures.minutesSpent.total),
    detail: ({ minutesSpent }, format) => ({
      requests: format.figure(hoursOf(minutesSpent.requests), 'hours'),
      cases: format.figure(hoursOf(minutesSpent.cases), 'hours'),
    }),
  },
  { id: 'assignments', unit: 'count', value: (figures) => figures.assignments.total },
];

/** The collective events' numbers, as the activity report prints them, each with how it is counted. */
export const EVENT_HEADLINES: readonly Headline[] = [
  { id: 'events_hosted', unit: 'count', value: (figures) => figures.events.hosted, defined: true },
  { id: 'event_participants', unit: 'count', value: (figures) => figures.events.participants, defined: true },
  { id: 'event_organisations', unit: 'count', value: (figures) => figures.events.organisations, defined: true },
  {
    id: 'event_associations',
    unit: 'percent',
    value: (figures) => figures.events.associations.percent,
    detail: ({ events }, format) => ({ count: format.count(events.associations.count), of: format.count(events.organisations) }),
    defined: true,
  },
  { id: 'events_as_speaker', unit: 'count', value: (figures) => figures.events.asSpeaker, defined: true },
  { id: 'events_as_participant', unit: 'count', value: (figures) => figures.events.asParticipant, defined: true },
];
