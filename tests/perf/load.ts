import autocannon from 'autocannon';
import { countCpu, type CpuPerRequest } from './cpu-time';
import type { BenchSettings } from './settings';

/** One HTTP request, as autocannon repeats it. */
export interface RequestSpec {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadFigures {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Non-2xx answers, connection errors and timeouts: any of them makes the figures suspect. */
  failures: number;
  /** What each request of the measured run cost in CPU, server and PostgreSQL (null where /proc cannot be read). */
  cpu: CpuPerRequest | null;
}

function run(spec: RequestSpec, connections: number, seconds: number): Promise<autocannon.Result> {
  return autocannon({
    url: spec.url,
    method: spec.method ?? 'GET',
    headers: spec.headers,
    body: spec.body,
    connections,
    duration: seconds,
    timeout: 10,
  });
}

/**
 * A short warm-up (JIT, caches, pool connections), then the measured run at the benchmark's
 * concurrency, counting the CPU time of the server answering (`serverPid`) and of PostgreSQL.
 */
export async function loadTest(spec: RequestSpec, settings: BenchSettings, serverPid: number): Promise<LoadFigures> {
  await run(spec, settings.connections, settings.warmupSeconds);
  const cpu = await countCpu(serverPid);
  const result = await run(spec, settings.connections, settings.measureSeconds);
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
    cpu: await cpu.perRequest(result.requests.total),
  };
}
