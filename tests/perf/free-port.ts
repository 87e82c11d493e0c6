import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { randomInt } from 'node:crypto';

const LOWEST = 10000;

/** Where the kernel's ephemeral ports (the local ports of outgoing connections) begin. */
function ephemeralStart(): number {
  try {
    return Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]) || 32768;
  } catch {
    return 32768;
  }
}

function bindable(port: number): Promise<boolean> {
  const server = createServer();
  return new Promise((resolve) => {
    server.once('error', () => resolve(false));
    // No host: every address, as the API binds.
    server.listen(port, () => server.close(() => resolve(true)));
  });
}

/**
 * A TCP port free now, for a server another process starts. It is taken below the ephemeral range: a port the kernel
 * hands out for port 0 and that is then freed may become, before the server binds it, the local port of any outgoing
 * connection (a database client's), and the server fails with EADDRINUSE (it did so in CI).
 */
export async function freePort(): Promise<number> {
  const end = ephemeralStart();
  for (let attempt = 0; attempt < 100; attempt++) {
    const port = randomInt(LOWEST, end);
    if (await bindable(port)) return port;
  }
  throw new Error(`no free port found between ${LOWEST} and ${end}`);
}
