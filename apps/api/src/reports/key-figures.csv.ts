import {
  ASSIGNMENT_STATUS_LABELS,
  CASE_OUTCOME_LABELS,
  DEPARTEMENT_LABELS,
  CASE_HOLDER_TYPE_LABELS,
  REQUEST_CHANNEL_LABELS,
  REQUEST_TOPIC_LABELS,
  SITE_LABELS,
  STAGE_LABELS,
  ZONE_LABELS,
  type Breakdown,
  type KeyFigures,
  type Label,
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

export const KEY_FIGURE_COLUMNS: CsvColumn<KeyFigureLine>[] = [
  { header: 'rubrique', value: (line) => line.section },
  { header: 'indicateur', value: (line) => line.figure },
  { header: 'code', value: (line) => line.key },
  { header: 'nombre', value: (line) => line.count },
  { header: 'pourcentage', value: (line) => line.percent },
];

function breakdownLines(section: string, figure: string, data: Breakdown, labels: Readonly<Record<string, Label>>): KeyFigureLine[] {
  return data.items.map((item) => ({
    section,
    figure: `${figure} : ${item.key === null ? 'non renseigné' : (labels[item.key]?.fr ?? item.key)}`,
    key: item.key ?? '',
    count: item.count,
    percent: item.percent,
  }));
}

const single = (section: string, figure: string, count: number | null, percent: number | null = null): KeyFigureLine => ({
  section,
  figure,
  key: '',
  count,
  percent,
});

/** The figures flattened into lines: every count with its percentage, labels in French. */
export function keyFigureLines(figures: KeyFigures): KeyFigureLine[] {
  const { requests, cases, assignments, minutesSpent } = figures;
  const period = `${figures.period.from} au ${figures.period.to}`;
  return [
    single('Période', period, null),
    single('Demandes', 'Demandes d’information reçues', requests.total),
    ...breakdownLines('Demandes', 'Site', requests.bySite, SITE_LABELS),
    ...breakdownLines('Demandes', 'Canal', requests.byChannel, REQUEST_CHANNEL_LABELS),
    ...breakdownLines('Demandes', 'Thème', requests.byTopic, REQUEST_TOPIC_LABELS),
    ...requests.byMonth.map((month) => ({ ...single('Demandes', `Mois ${month.month}`, month.count), key: month.month })),
    single('Demandes', 'Délai médian de première réponse (heures)', requests.medianFirstResponseHours),
    single('Demandes', 'Répondues dans le délai', requests.answeredWithinDue.count, requests.answeredWithinDue.percent),
    single('Accompagnements', 'Ouverts', cases.opened),
    single('Accompagnements', 'Actifs', cases.active),
    single('Accompagnements', 'Clôturés', cases.closed),
    single('Accompagnements', 'Accompagnements personnalisés (équipe)', cases.ledByTeam),
    single('Accompagnements', 'Accompagnements dans les départements (relais)', cases.throughRelay),
    ...breakdownLines('Accompagnements', 'Étape', cases.byStage, STAGE_LABELS),
    ...breakdownLines('Accompagnements', 'Zone', cases.byZone, ZONE_LABELS),
    ...breakdownLines('Accompagnements', 'Zone (relais)', cases.throughRelayByZone, ZONE_LABELS),
    ...breakdownLines('Accompagnements', 'Département', cases.byDepartement, DEPARTEMENT_LABELS),
    ...breakdownLines('Accompagnements', 'Type de structure', cases.byOrganisationType, CASE_HOLDER_TYPE_LABELS),
    ...breakdownLines('Accompagnements', 'Issue', cases.byOutcome, CASE_OUTCOME_LABELS),
    ...cases.byMonth.map((month) => ({ ...single('Accompagnements', `Mois ${month.month}`, month.count), key: month.month })),
    single('Relais', 'Propositions aux relais', assignments.total),
    ...assignments.byRelay.flatMap((relay) => [
      single('Relais', relay.relayName, relay.total),
      ...Object.entries(relay.byStatus).map(([status, count]) => ({
        ...single('Relais', `${relay.relayName} : ${ASSIGNMENT_STATUS_LABELS[status as keyof typeof ASSIGNMENT_STATUS_LABELS].fr}`, count),
        key: status,
      })),
    ]),
    single('Temps passé', 'Minutes sur les demandes', minutesSpent.requests),
    single('Temps passé', 'Minutes sur les accompagnements', minutesSpent.cases),
    single('Temps passé', 'Minutes au total', minutesSpent.total),
  ];
}
