import type { Dataset } from './dataset';
import { loadTest, type LoadFigures, type RequestSpec } from './load';
import type { Service } from './processes';
import { sessionHeaders } from './session';
import type { BenchSettings, ScenarioKey } from './settings';
import { SEARCH_FRAGMENT } from './vocabulary';
import { EVENT_YEAR } from './dataset-sql';

/** A question asked of the product (logged in, through its REST contract) and of the ceiling (bare SQL). */
export interface HttpScenario {
  key: ScenarioKey;
  /** How the memory figures name it. */
  short: string;
  label: string;
  /** Minimum share of the ceiling's throughput the product must reach (quality.md). */
  ratioTarget: number;
  product: RequestSpec;
  ceiling: RequestSpec;
}

export interface HttpScenarioResult {
  scenario: HttpScenario;
  product: LoadFigures;
  ceiling: LoadFigures;
  /** Where the two answers differ (status, total, ids, JSON keys): empty when they answer the same question. */
  differences: string[];
}

/** quality.md: reads at 0.8 of the ceiling's throughput, the write at 0.5; every p99 at most this many times the ceiling's. */
const READ_RATIO_TARGET = 0.8;
const WRITE_RATIO_TARGET = 0.5;
export const P99_TARGET_FACTOR = 2;

const json = (value: unknown) => encodeURIComponent(JSON.stringify(value));

function listUrl(
  api: Service,
  resource: string,
  query: { filter: unknown; sort: [string, 'ASC' | 'DESC']; range: [number, number] },
): string {
  return `${api.url}/api/${resource}?filter=${json(query.filter)}&sort=${json(query.sort)}&range=${json(query.range)}`;
}

/** A note as the console's timeline form sends it. */
const NOTE = { kind: 'note', body: 'Point d’étape téléphonique : budget révisé reçu, relecture prévue jeudi.', minutesSpent: 15 };

export function httpScenarios(api: Service, ceiling: Service, cookie: string, dataset: Dataset): HttpScenario[] {
  const session = sessionHeaders(api, cookie);
  const jsonBody = { 'Content-Type': 'application/json' };
  return [
    {
      key: 'a',
      short: 'a',
      label: 'a. open requests, Lyon, by due date, 25 + total',
      ratioTarget: READ_RATIO_TARGET,
      product: {
        url: listUrl(api, 'requests', { filter: { open: true, site: 'lyon' }, sort: ['dueAt', 'ASC'], range: [0, 24] }),
        headers: session,
      },
      ceiling: { url: `${ceiling.url}/requests/open?site=lyon` },
    },
    {
      key: 'b',
      short: 'b',
      label: `b. organisations matching "${SEARCH_FRAGMENT}", 25 + total`,
      ratioTarget: READ_RATIO_TARGET,
      product: {
        url: listUrl(api, 'organisations', { filter: { q: SEARCH_FRAGMENT }, sort: ['name', 'ASC'], range: [0, 24] }),
        headers: session,
      },
      ceiling: { url: `${ceiling.url}/organisations?q=${SEARCH_FRAGMENT}` },
    },
    {
      key: 'c',
      short: 'c',
      label: 'c. last 50 interactions of a case + total',
      ratioTarget: READ_RATIO_TARGET,
      product: {
        url: listUrl(api, 'interactions', { filter: { caseId: dataset.readCaseId }, sort: ['occurredAt', 'DESC'], range: [0, 49] }),
        headers: session,
      },
      ceiling: { url: `${ceiling.url}/cases/${dataset.readCaseId}/interactions` },
    },
    {
      key: 'c',
      short: 'c record',
      label: 'c. the case record itself',
      ratioTarget: READ_RATIO_TARGET,
      product: { url: `${api.url}/api/cases/${dataset.readCaseId}`, headers: session },
      ceiling: { url: `${ceiling.url}/cases/${dataset.readCaseId}` },
    },
    {
      key: 'd',
      short: 'd',
      label: 'd. add a note to a case (write)',
      ratioTarget: WRITE_RATIO_TARGET,
      product: {
        url: `${api.url}/api/interactions`,
        method: 'POST',
        headers: { ...session, ...jsonBody },
        body: JSON.stringify({ caseId: dataset.writeCaseId, ...NOTE }),
      },
      ceiling: {
        url: `${ceiling.url}/interactions`,
        method: 'POST',
        headers: jsonBody,
        body: JSON.stringify({ caseId: dataset.writeCaseId, ...NOTE }),
      },
    },
    {
      key: 'h',
      short: 'h',
      label: `h. the year's events (${EVENT_YEAR}) by date, 25 + total`,
      ratioTarget: READ_RATIO_TARGET,
      product: {
        url: listUrl(api, 'events', {
          filter: { startsSince: `${EVENT_YEAR}-01-01`, startsBefore: `${EVENT_YEAR + 1}-01-01` },
          sort: ['startsAt', 'ASC'],
          range: [0, 24],
        }),
        headers: session,
      },
      ceiling: { url: `${ceiling.url}/events?year=${EVENT_YEAR}` },
    },
    {
      key: 'h',
      short: 'h registrants',
      label: 'h. an event of 1,000 registrants: its registrations by name, 25 + total',
      ratioTarget: READ_RATIO_TARGET,
      product: {
        url: listUrl(api, 'registrations', { filter: { eventId: dataset.largeEventId }, sort: ['name', 'ASC'], range: [0, 24] }),
        headers: session,
      },
      ceiling: { url: `${ceiling.url}/events/${dataset.largeEventId}/registrations` },
    },
  ];
}

interface Answer {
  status: number;
  contentRange: string | null;
  body: unknown;
}

async function ask(spec: RequestSpec): Promise<Answer> {
  const response = await fetch(spec.url, { method: spec.method ?? 'GET', headers: spec.headers, body: spec.body });
  return { status: response.status, contentRange: response.headers.get('content-range'), body: await response.json() };
}

const keysOf = (value: unknown) => Object.keys((Array.isArray(value) ? value[0] : value) ?? {}).sort();
const idsOf = (value: unknown) => (Array.isArray(value) ? value.map((row: { id: number }) => row.id).join(',') : '');

/** Checks that the ceiling answers the same question as the product: same status, total, rows and fields. */
export async function compareAnswers(scenario: HttpScenario): Promise<string[]> {
  const [product, ceiling] = [await ask(scenario.product), await ask(scenario.ceiling)];
  const differences: string[] = [];
  if (product.status !== ceiling.status) differences.push(`status ${product.status} vs ${ceiling.status}`);
  if (product.contentRange !== ceiling.contentRange)
    differences.push(`Content-Range "${product.contentRange}" vs "${ceiling.contentRange}"`);
  if (scenario.product.method !== 'POST' && idsOf(product.body) !== idsOf(ceiling.body)) differences.push('different rows');
  const [productKeys, ceilingKeys] = [keysOf(product.body), keysOf(ceiling.body)];
  const onlyProduct = productKeys.filter((key) => !ceilingKeys.includes(key));
  const onlyCeiling = ceilingKeys.filter((key) => !productKeys.includes(key));
  if (onlyProduct.length + onlyCeiling.length > 0)
    differences.push(`fields only in product: [${onlyProduct}], only in ceiling: [${onlyCeiling}]`);
  return differences;
}

/** Compares the answers, then loads each side in turn; `servers`: the processes whose CPU time each side's figures count. */
export async function runHttpScenario(
  scenario: HttpScenario,
  settings: BenchSettings,
  servers: { product: Service; ceiling: Service },
): Promise<HttpScenarioResult> {
  const differences = await compareAnswers(scenario);
  const product = await loadTest(scenario.product, settings, servers.product.pid);
  const ceiling = await loadTest(scenario.ceiling, settings, servers.ceiling.pid);
  return { scenario, product, ceiling, differences };
}
