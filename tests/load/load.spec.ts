import autocannon from 'autocannon';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../console/server';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 300);
const WARM_UP_SECONDS = Math.min(30, Math.ceil(SECONDS / 10));
const CONNECTIONS = 32;

/** The resident memory of a process, in MB, as the kernel counts it. */
function residentMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
  return line ? Number(line[1]) / 1024 : NaN;
}

/** The API's live memory after a full garbage collection, in MB (see report-memory-on-signal.js). */
async function liveMemoryMb(pid: number, report: string): Promise<{ heapUsed: number; rss: number }> {
  rmSync(report, { force: true });
  process.kill(pid, 'SIGWINCH');
  while (!existsSync(report)) await new Promise((resolve) => setTimeout(resolve, 50));
  const usage = JSON.parse(readFileSync(report, 'utf8')) as NodeJS.MemoryUsage;
  return { heapUsed: usage.heapUsed / 2 ** 20, rss: usage.rss / 2 ** 20 };
}

async function logIn(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: baseUrl },
    body: JSON.stringify({ email: 'lyon@resacoop.test', password: 'resacoop-demo' }),
  });
  const cookie = response.headers.getSetCookie().find((value) => value.startsWith('resacoop_sid='));
  if (!response.ok || !cookie) throw new Error(`login failed: ${response.status}`);
  return cookie.split(';')[0];
}

/**
 * Five minutes of what the desk does all day, at 32 connections on the production build with its
 * worker: the request queue, a directory search, a case and its timeline, notes added. No answer
 * may fail, and the API's live memory after a full collection must be back within 10% of its level
 * after warm-up (no leak).
 */
describe('load', () => {
  it(
    `serves ${SECONDS} s of mixed reads and writes at ${CONNECTIONS} connections without an error or a leak`,
    async () => {
      const directory = mkdtempSync(join(tmpdir(), 'resacoop-load-'));
      const report = join(directory, 'memory.json');
      const server = await startServer({
        nodeArgs: ['--expose-gc', '--require', join(__dirname, 'report-memory-on-signal.js')],
        env: { MEMORY_REPORT: report },
      });
      try {
        const cookie = await logIn(server.baseUrl);
        const headers = { cookie, origin: server.baseUrl, 'content-type': 'application/json' };
        const cases = (await (await fetch(`${server.baseUrl}/api/cases?range=[0,19]`, { headers })).json()) as { id: number }[];
        const caseIds = cases.map((supportCase) => supportCase.id);
        let sequence = 0;
        const nextCase = () => caseIds[sequence++ % caseIds.length];
        const requests: autocannon.Request[] = [
          {
            method: 'GET',
            path: `/api/requests?filter=${encodeURIComponent('{"open":true,"site":"lyon"}')}&sort=${encodeURIComponent('["dueAt","ASC"]')}&range=[0,24]`,
          },
          { method: 'GET', path: `/api/organisations?filter=${encodeURIComponent('{"q":"solidarite"}')}&range=[0,24]` },
          { method: 'GET', setupRequest: (request) => ({ ...request, path: `/api/cases/${nextCase()}` }) },
          {
            method: 'GET',
            setupRequest: (request) => ({
              ...request,
              path: `/api/interactions?filter=${encodeURIComponent(JSON.stringify({ caseId: nextCase() }))}&sort=${encodeURIComponent('["occurredAt","DESC"]')}&range=[0,49]`,
            }),
          },
          {
            method: 'POST',
            setupRequest: (request) => ({
              ...request,
              path: '/api/interactions',
              body: JSON.stringify({ caseId: nextCase(), kind: 'note', body: 'Point d’étape (charge)', minutesSpent: 5 }),
            }),
          },
          { method: 'GET', path: '/api/dashboard' },
        ];
        const run = (duration: number) =>
          autocannon({ url: server.baseUrl, connections: CONNECTIONS, duration, headers, requests, timeout: 10 });

        await run(WARM_UP_SECONDS);
        const afterWarmUp = await liveMemoryMb(server.apiPid, report);
        let peak = residentMb(server.apiPid);
        const sampler = setInterval(() => (peak = Math.max(peak, residentMb(server.apiPid))), 1000);
        let result: autocannon.Result;
        try {
          result = await run(SECONDS);
        } finally {
          clearInterval(sampler);
        }
        const atEnd = await liveMemoryMb(server.apiPid, report);
        const failures = result.errors + result.timeouts + result.non2xx;
        console.log(
          `load: requests ${result.requests.total}, errors ${failures} (${result.requests.average} req/s, p99 ${result.latency.p99} ms); ` +
            `API live heap ${afterWarmUp.heapUsed.toFixed(1)} MB after warm-up, ${atEnd.heapUsed.toFixed(1)} MB at the end ` +
            `(resident ${afterWarmUp.rss.toFixed(0)} MB, peak ${peak.toFixed(0)} MB, ${atEnd.rss.toFixed(0)} MB)`,
        );
        expect(result.requests.total).toBeGreaterThan(0);
        expect(failures).toBe(0);
        expect(atEnd.heapUsed).toBeLessThanOrEqual(afterWarmUp.heapUsed * 1.1);
      } finally {
        await server.stop();
        rmSync(directory, { recursive: true, force: true });
      }
    },
    (SECONDS + 120) * 1000,
  );
});
