import { readdir, readFile } from 'node:fs/promises';

/**
 * CPU time spent by processes, from Linux's /proc/<pid>/schedstat (nanoseconds on a CPU, all
 * threads): what a request costs the server and PostgreSQL, beside the throughput it reaches.
 * Where /proc cannot be read, the figures are null and left out.
 */
async function onCpuNanoseconds(pid: number): Promise<number | null> {
  try {
    return Number((await readFile(`/proc/${pid}/schedstat`, 'utf8')).split(' ')[0]);
  } catch {
    return null;
  }
}

/** The CPU time of every PostgreSQL process of this machine (postmaster, backends, background workers), by pid. */
async function postgresCpu(): Promise<Map<number, number>> {
  const pids = (await readdir('/proc').catch(() => [] as string[])).filter((name) => /^\d+$/.test(name)).map(Number);
  const readings = await Promise.all(
    pids.map(async (pid) => {
      const name = await readFile(`/proc/${pid}/comm`, 'utf8').catch(() => '');
      return name.trim() === 'postgres' ? ([pid, await onCpuNanoseconds(pid)] as const) : null;
    }),
  );
  return new Map(readings.filter((reading) => reading !== null && reading[1] !== null) as [number, number][]);
}

export interface CpuPerRequest {
  /** Milliseconds of CPU per request: the HTTP server's process, and PostgreSQL's processes together. */
  serverMs: number;
  postgresMs: number;
}

/** Starts counting; `perRequest(requests)` then gives what each request cost since, or null where it cannot be read. */
export async function countCpu(serverPid: number): Promise<{ perRequest: (requests: number) => Promise<CpuPerRequest | null> }> {
  const [serverAtStart, postgresAtStart] = [await onCpuNanoseconds(serverPid), await postgresCpu()];
  return {
    perRequest: async (requests) => {
      const [serverAtEnd, postgresAtEnd] = [await onCpuNanoseconds(serverPid), await postgresCpu()];
      if (serverAtStart === null || serverAtEnd === null || postgresAtEnd.size === 0 || requests === 0) return null;
      // A backend opened during the run counts from zero; one that ended is not counted (the pools keep theirs open).
      let postgres = 0;
      for (const [pid, atEnd] of postgresAtEnd) postgres += atEnd - (postgresAtStart.get(pid) ?? 0);
      const perRequestMs = (nanoseconds: number) => nanoseconds / requests / 1e6;
      return { serverMs: perRequestMs(serverAtEnd - serverAtStart), postgresMs: perRequestMs(postgres) };
    },
  };
}
