import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import { startServer } from '../console/server';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 300);
const WARM_UP_SECONDS = Math.min(30, Math.ceil(SECONDS / 10));
const CONNECTIONS = 32;

/** The resident memory of a process, in MB, as the kernel counts it. */
function residentMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
  return line ? Number(line[1]) / 1024 : NaN;
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
 * may fail, and the API's memory must come back near its level after warm-up (no leak).
 */
describe('load', () => {
  it(
    `serves ${SECONDS} s of mixed reads and writes at ${CONNECTIONS} connections without an error or a leak`,
    async () => {
      const server = await startServer();
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
        const afterWarmUp = residentMb(server.apiPid);
        let peak = afterWarmUp;
        const sampler = setInterval(() => (peak = Math.max(peak, residentMb(server.apiPid))), 1000);
        let result: autocannon.Result;
        try {
          result = await run(SECONDS);
        } finally {
          clearInterval(sampler);
        }
        const atEnd = residentMb(server.apiPid);
        const failures = result.errors + result.timeouts + result.non2xx;
        console.log(
          `load: requests ${result.requests.total}, errors ${failures} (${result.requests.average} req/s, p99 ${result.latency.p99} ms); ` +
            `API memory ${afterWarmUp.toFixed(0)} MB after warm-up, peak ${peak.toFixed(0)} MB, ${atEnd.toFixed(0)} MB at the end`,
        );
        expect(result.requests.total).toBeGreaterThan(0);
        expect(failures).toBe(0);
        expect(atEnd).toBeLessThanOrEqual(afterWarmUp * 1.1);
      } finally {
        await server.stop();
      }
    },
    (SECONDS + 120) * 1000,
  );
});
