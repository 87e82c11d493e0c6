import { execFileSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';

/**
 * CPU time spent by processes, from Linux's /proc/<pid>/stat: user + system time of all the
 * process's threads (V8's garbage collector and compiler, libuv's pool), in clock ticks. What a
 * request costs the server and PostgreSQL, beside the throughput it reaches. Where /proc cannot be
 * read, the figures are null and left out.
 */
const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

interface ProcessTimes {
  parentPid: number;
  /** Its own threads' CPU time, in ticks. */
  own: number;
  /** The CPU time of its children that have ended (and been waited for), in ticks. */
  endedChildren: number;
}

async function timesOf(pid: number): Promise<ProcessTimes | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // The fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const [parentPid, utime, stime, cutime, cstime] = [1, 11, 12, 13, 14].map((index) => Number(fields[index]));
    return { parentPid, own: utime + stime, endedChildren: cutime + cstime };
  } catch {
    return null;
  }
}

/**
 * PostgreSQL's CPU time in ticks: every `postgres` process of this machine, and the backends and
 * parallel workers that ended, counted by the postmaster that started them.
 */
async function postgresTimes(): Promise<Map<number, number>> {
  const pids = (await readdir('/proc').catch(() => [] as string[])).filter((name) => /^\d+$/.test(name)).map(Number);
  const names = await Promise.all(pids.map((pid) => readFile(`/proc/${pid}/comm`, 'utf8').catch(() => '')));
  const postgres = pids.filter((_, index) => names[index].trim() === 'postgres');
  const times = await Promise.all(postgres.map(timesOf));
  const byPid = new Map<number, number>();
  const postgresPids = new Set(postgres);
  postgres.forEach((pid, index) => {
    const time = times[index];
    if (!time) return;
    // A postmaster's ended children are its backends: counted under a key of their own.
    if (!postgresPids.has(time.parentPid)) byPid.set(-pid, time.endedChildren);
    byPid.set(pid, time.own);
  });
  return byPid;
}

export interface CpuPerRequest {
  /** Milliseconds of CPU per request: the HTTP server's process, and PostgreSQL's processes together. */
  serverMs: number;
  postgresMs: number;
}

/** Starts counting; `perRequest(requests)` then gives what each request cost since, or null where it cannot be read. */
export async function countCpu(serverPid: number): Promise<{ perRequest: (requests: number) => Promise<CpuPerRequest | null> }> {
  const [serverAtStart, postgresAtStart] = [await timesOf(serverPid), await postgresTimes()];
  return {
    perRequest: async (requests) => {
      const [serverAtEnd, postgresAtEnd] = [await timesOf(serverPid), await postgresTimes()];
      if (!serverAtStart || !serverAtEnd || postgresAtEnd.size === 0 || requests === 0) return null;
      // A process started during the run counts from zero. One that ended is in its postmaster's ended
      // children, with all its life: what it had spent before the run is taken off (a pool's idle
      // connections closing during the other side's run, say).
      let postgres = 0;
      for (const [key, atEnd] of postgresAtEnd) postgres += atEnd - (postgresAtStart.get(key) ?? 0);
      for (const [key, atStart] of postgresAtStart) if (key > 0 && !postgresAtEnd.has(key)) postgres -= atStart;
      const perRequestMs = (ticks: number) => ((ticks / TICKS_PER_SECOND) * 1000) / requests;
      return { serverMs: perRequestMs(serverAtEnd.own - serverAtStart.own), postgresMs: perRequestMs(Math.max(0, postgres)) };
    },
  };
}
