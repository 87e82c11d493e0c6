import {
  CASE_OUTCOME_LABELS,
  DEPARTEMENT_LABELS,
  CASE_HOLDER_TYPE_LABELS,
  EVENT_KIND_LABELS,
  EVENT_THEME_LABELS,
  REQUEST_CHANNEL_LABELS,
  REQUEST_TOPIC_LABELS,
  SITE_LABELS,
  STAGE_LABELS,
  ZONE_LABELS,
  type Breakdown,
  type KeyFigures,
  type Labelled,
  type Locale,
} from '@resacoop/domain';

/** One breakdown of the key figures and the reference list naming its codes. */
export interface BreakdownDefinition {
  /** Names its title, `resacoop.reports.breakdowns.<id>`. */
  id: string;
  labels: Labelled<string>;
  pick: (figures: KeyFigures) => Breakdown;
  /** What to know to read it, written under its title (`resacoop.reports.notes.<note>`). */
  note?: string;
}

export const REQUEST_BREAKDOWNS: readonly BreakdownDefinition[] = [
  { id: 'requests_by_site', labels: SITE_LABELS, pick: (figures) => figures.requests.bySite },
  { id: 'requests_by_channel', labels: REQUEST_CHANNEL_LABELS, pick: (figures) => figures.requests.byChannel },
  { id: 'requests_by_topic', labels: REQUEST_TOPIC_LABELS, pick: (figures) => figures.requests.byTopic },
];

/** The world zones of the support given in the départements: the report's "57% France (77)". */
export const THROUGH_RELAY_BY_ZONE: BreakdownDefinition = {
  id: 'cases_through_relay_by_zone',
  labels: ZONE_LABELS,
  pick: (figures) => figures.cases.throughRelayByZone,
  note: 'zones',
};

export const CASE_BREAKDOWNS: readonly BreakdownDefinition[] = [
  { id: 'cases_by_zone', labels: ZONE_LABELS, pick: (figures) => figures.cases.byZone, note: 'zones' },
  { id: 'cases_by_departement', labels: DEPARTEMENT_LABELS, pick: (figures) => figures.cases.byDepartement },
  { id: 'cases_by_stage', labels: STAGE_LABELS, pick: (figures) => figures.cases.byStage },
  { id: 'cases_by_organisation_type', labels: CASE_HOLDER_TYPE_LABELS, pick: (figures) => figures.cases.byOrganisationType },
  { id: 'cases_by_outcome', labels: CASE_OUTCOME_LABELS, pick: (figures) => figures.cases.byOutcome },
];

/** The events RESACOOP organised or co-organised, by kind, theme and département. */
export const EVENT_BREAKDOWNS: readonly BreakdownDefinition[] = [
  { id: 'events_by_kind', labels: EVENT_KIND_LABELS, pick: (figures) => figures.events.byKind },
  { id: 'events_by_theme', labels: EVENT_THEME_LABELS, pick: (figures) => figures.events.byTheme, note: 'event_themes' },
  { id: 'events_by_departement', labels: DEPARTEMENT_LABELS, pick: (figures) => figures.events.byDepartement, note: 'event_departements' },
];

/** A code's label in the reader's language; `null` is a record without one ("Non renseigné"), an unknown code shows as is. */
export function labelOf(labels: Labelled<string>, key: string | null, locale: Locale, notSet: string): string {
  if (key === null) return notSet;
  return labels[key]?.[locale] ?? key;
}
