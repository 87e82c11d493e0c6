import type { Service } from './processes';
import { sessionHeaders } from './session';

export interface TimedCalls {
  medianMs: number;
  maxMs: number;
  calls: number;
}

export const KEY_FIGURES_TARGET_MS = 500;
export const KEY_FIGURES_YEAR = 2024;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** (e) The key figures of one year, one call at a time as a person asks for them: one warm-up call, then `calls` timed ones. */
export async function measureKeyFigures(api: Service, cookie: string, calls: number): Promise<TimedCalls> {
  const url = `${api.url}/api/reports/key-figures?from=${KEY_FIGURES_YEAR}-01-01&to=${KEY_FIGURES_YEAR}-12-31`;
  const call = async () => {
    const started = performance.now();
    const response = await fetch(url, { headers: sessionHeaders(api, cookie) });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`key figures answered ${response.status}`);
    return performance.now() - started;
  };
  await call();
  const durations: number[] = [];
  for (let index = 0; index < calls; index++) durations.push(await call());
  return { medianMs: median(durations), maxMs: Math.max(...durations), calls };
}
