import type { ConsoleFigures } from './console-load';
import { CONSOLE_TARGET_MS } from './console-load';
import type { CpuPerRequest } from './cpu-time';
import type { ExportFigures } from './csv-export';
import { EXPORT_RSS_TARGET_MB } from './csv-export';
import { P99_TARGET_FACTOR, type HttpScenarioResult } from './http-scenarios';
import { KEY_FIGURES_TARGET_MS, KEY_FIGURES_YEAR, type TimedCalls } from './key-figures';
import type { LoadFigures } from './load';
import { MAILBOX_TARGET_SECONDS, type MailboxFigures } from './mailbox';
import { REMINDERS_TARGET_SECONDS, type ReminderFigures } from './reminders';
import type { ScenarioKey } from './settings';

/** One line of the results table: texts already formatted, `met` decided from the figures. */
export interface Row {
  /** The scenario (`--only` key) the row measures: c has two rows, export has none (its figure is a memory line). */
  key: ScenarioKey;
  scenario: string;
  product: [string, string, string];
  ceiling: [string, string, string];
  ratio: string;
  target: string;
  met: boolean;
}

export const API_RSS_TARGET_MB = 300;

const HEADER = ['scenario', 'product req/s', 'p50 ms', 'p99 ms', 'ceiling req/s', 'p50 ms', 'p99 ms', 'ratio', 'target', 'met?'];
const EMPTY: [string, string, string] = ['', '', ''];

/** What `--summary=FILE` writes: the table and its notes, and the figures behind them, for a CI smoke run to check. */
export interface Summary {
  rows: Row[];
  /** Scenarios a–d: both sides' figures (failures: non-2xx answers, errors, timeouts) and where their answers differ. */
  http: { key: ScenarioKey; label: string; product: LoadFigures; ceiling: LoadFigures; differences: string[] }[];
  keyFigures: TimedCalls | null;
  reminders: ReminderFigures | null;
  mailbox: MailboxFigures | null;
  console: ConsoleFigures | null;
  table: string;
  notes: string[];
}

const rate = (value: number) => value.toFixed(0);
const ms = (value: number) => value.toFixed(1);

/** Collects the rows and the notes printed under the table. */
export class Report {
  private readonly rows: Row[] = [];
  readonly notes: string[] = [];
  private readonly figures: Pick<Summary, 'http' | 'keyFigures' | 'reminders' | 'mailbox' | 'console'> = {
    http: [],
    keyFigures: null,
    reminders: null,
    mailbox: null,
    console: null,
  };

  addHttp(result: HttpScenarioResult): void {
    const { scenario, product, ceiling } = result;
    const ratio = ceiling.requestsPerSecond > 0 ? product.requestsPerSecond / ceiling.requestsPerSecond : 0;
    this.figures.http.push({ key: scenario.key, label: scenario.label, product, ceiling, differences: result.differences });
    this.rows.push({
      key: scenario.key,
      scenario: scenario.label,
      product: [rate(product.requestsPerSecond), ms(product.p50Ms), ms(product.p99Ms)],
      ceiling: [rate(ceiling.requestsPerSecond), ms(ceiling.p50Ms), ms(ceiling.p99Ms)],
      ratio: ratio.toFixed(2),
      target: `≥ ${scenario.ratioTarget} × ceiling, p99 ≤ ${P99_TARGET_FACTOR} × ceiling's`,
      met: ratio >= scenario.ratioTarget && product.p99Ms <= P99_TARGET_FACTOR * ceiling.p99Ms && product.failures === 0,
    });
    if (product.cpu && ceiling.cpu) {
      const cpu = ({ serverMs, postgresMs }: CpuPerRequest) => `${serverMs.toFixed(2)} + ${postgresMs.toFixed(2)} ms`;
      this.notes.push(`${scenario.label}: CPU per request, server + PostgreSQL: product ${cpu(product.cpu)}, ceiling ${cpu(ceiling.cpu)}`);
    }
    if (product.failures + ceiling.failures > 0) {
      this.notes.push(`${scenario.label}: ${product.failures} failed product requests, ${ceiling.failures} failed ceiling requests`);
    }
    if (result.differences.length > 0)
      this.notes.push(`${scenario.label}: the ceiling answers differently: ${result.differences.join('; ')}`);
  }

  addKeyFigures(figures: TimedCalls): void {
    this.figures.keyFigures = figures;
    this.rows.push({
      key: 'e',
      scenario: `e. key figures ${KEY_FIGURES_YEAR}, one call at a time`,
      product: ['', ms(figures.medianMs), ms(figures.maxMs)],
      ceiling: EMPTY,
      ratio: '',
      target: `< ${KEY_FIGURES_TARGET_MS} ms`,
      met: figures.medianMs < KEY_FIGURES_TARGET_MS,
    });
    this.notes.push(`e. key figures: p50 = median, p99 column = slowest of ${figures.calls} sequential calls (after one warm-up call)`);
  }

  addReminders(figures: ReminderFigures): void {
    this.figures.reminders = figures;
    this.rows.push({
      key: 'f',
      scenario: `f. ${figures.due.toLocaleString('en')} due reminders → worker → SMTP`,
      product: ['', `${figures.seconds.toFixed(1)} s`, ''],
      ceiling: EMPTY,
      ratio: '',
      target: `< ${REMINDERS_TARGET_SECONDS} s, 0 duplicates`,
      met: figures.complete && figures.seconds < REMINDERS_TARGET_SECONDS && figures.duplicates === 0,
    });
    const notified = figures.secondsToNotifications === null ? 'not all' : `all in ${figures.secondsToNotifications.toFixed(1)} s`;
    this.notes.push(
      `f. reminders: due ${figures.due}, notifications ${figures.notified} (${notified}), e-mails ${figures.mailed}, duplicates ${figures.duplicates}` +
        `${figures.complete ? '' : ' (timed out before the last e-mail)'}; catch-up before the measure: ${figures.catchUp.mails} e-mails in ${figures.catchUp.seconds.toFixed(1)} s`,
    );
  }

  addMailbox(figures: MailboxFigures): void {
    this.figures.mailbox = figures;
    this.rows.push({
      key: 'i',
      scenario: `i. ${figures.messages.toLocaleString('en')} messages in the mailbox → worker → requests`,
      product: ['', `${figures.seconds.toFixed(1)} s`, ''],
      ceiling: EMPTY,
      ratio: '',
      target: `< ${MAILBOX_TARGET_SECONDS} s, 0 duplicates`,
      met: figures.complete && figures.seconds < MAILBOX_TARGET_SECONDS && figures.duplicates === 0 && figures.lost === 0,
    });
    const at = (seconds: number | null) => (seconds === null ? 'never' : `${seconds.toFixed(1)} s`);
    const { kinds, folders } = figures;
    this.notes.push(
      `i. mailbox: ${figures.messages} messages (${kinds.html} HTML, ${kinds.pdf} with a PDF, ${kinds.refusedFile} with a refused file, ` +
        `${kinds.fromContact} from directory contacts), requests ${figures.requests}, duplicates ${figures.duplicates}, lost ${figures.lost}` +
        `${figures.complete ? '' : ' (timed out before the last request)'}; from the worker's start: first request ${at(figures.secondsToFirst)}, ` +
        `inbox empty ${at(figures.secondsToEmptyInbox)}; folders after: inbox ${folders.inbox}, processed ${folders.processed}, errors ${folders.errors}; ` +
        `${figures.acknowledgements} acknowledgements sent meanwhile; appending the messages took ${figures.appendSeconds.toFixed(1)} s` +
        (figures.cpu
          ? `; CPU per message, worker + PostgreSQL (all of the machine's): ${figures.cpu.serverMs.toFixed(1)} + ${figures.cpu.postgresMs.toFixed(1)} ms`
          : ''),
    );
  }

  addConsole(figures: ConsoleFigures): void {
    this.figures.console = figures;
    this.rows.push({
      key: 'g',
      scenario: 'g. console: login → first list rows (home page)',
      product: ['', ms(figures.toFirstRowsMs), ''],
      ceiling: EMPTY,
      ratio: '',
      target: `< ${CONSOLE_TARGET_MS / 1000} s`,
      met: figures.toFirstRowsMs < CONSOLE_TARGET_MS,
    });
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;
    this.notes.push(
      `g. console: median of ${figures.attempts} fresh logins; then menu "Demandes" → first request rows: ${ms(figures.toRequestListMs)} ms; ` +
        `initial JS: ${figures.initialJs.files} files, ${kb(figures.initialJs.bytes)} raw, ${kb(figures.initialJs.gzipBytes)} gzipped; ` +
        `API calls from login to home page (first attempt): ${figures.apiCalls.join(', ')}`,
    );
  }

  memoryLines(apiPeakMb: number, exported: ExportFigures | null): string[] {
    const verdict = (met: boolean) => (met ? 'met' : 'NOT met');
    const lines = [
      `API process RSS, highest sample over the run: ${apiPeakMb.toFixed(0)} MB (target < ${API_RSS_TARGET_MB} MB: ${verdict(apiPeakMb < API_RSS_TARGET_MB)})`,
    ];
    if (exported) {
      const increase = exported.rssPeakMb - exported.rssBeforeMb;
      lines.push(
        `CSV export of ${exported.rows.toLocaleString('en')} requests (${exported.megabytes.toFixed(0)} MB in ${exported.seconds.toFixed(1)} s): ` +
          `RSS ${exported.rssBeforeMb.toFixed(0)} → ${exported.rssPeakMb.toFixed(0)} MB, +${increase.toFixed(0)} MB (target ≤ ${EXPORT_RSS_TARGET_MB} MB: ${verdict(increase <= EXPORT_RSS_TARGET_MB)})`,
      );
    }
    return lines;
  }

  /** The figures as `--summary=FILE` writes them; `notes` are the lines printed under the table. */
  summary(notes: string[]): Summary {
    return { rows: this.rows.map((row) => ({ ...row })), ...this.figures, table: this.table(), notes };
  }

  /** The table in Markdown, so that it reads in a terminal and pastes into the README as is. */
  table(): string {
    const lines = this.rows.map((row) => [row.scenario, ...row.product, ...row.ceiling, row.ratio, row.target, row.met ? 'yes' : 'NO']);
    const widths = HEADER.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)));
    const format = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
    return [format(HEADER), format(widths.map((width) => '-'.repeat(width))), ...lines.map(format)].join('\n');
  }
}
