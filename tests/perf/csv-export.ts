import type { RssSampler, Service } from './processes';
import { sessionHeaders } from './session';

export interface ExportFigures {
  rows: number;
  megabytes: number;
  seconds: number;
  rssBeforeMb: number;
  rssPeakMb: number;
}

export const EXPORT_RSS_TARGET_MB = 50;

/** Reads a streamed download to its end, counting bytes and lines without keeping them. */
async function drain(response: Response): Promise<{ bytes: number; lines: number }> {
  let bytes = 0;
  let lines = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.byteLength;
    for (const byte of chunk) if (byte === 0x0a) lines++;
  }
  return { bytes, lines };
}

/** The CSV export of every request, read to the end while the API's memory is sampled: streaming must keep it flat. */
export async function measureExport(api: Service, cookie: string, rss: RssSampler): Promise<ExportFigures> {
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const rssBeforeMb = ((await rss.sample()) ?? 0) / 1024;
  const started = performance.now();
  const response = await fetch(`${api.url}/api/requests/export.csv`, { headers: sessionHeaders(api, cookie) });
  if (!response.ok) throw new Error(`export answered ${response.status}`);
  const { bytes, lines } = await drain(response);
  await rss.sample();
  return {
    rows: lines - 1,
    megabytes: bytes / 1024 / 1024,
    seconds: (performance.now() - started) / 1000,
    rssBeforeMb,
    rssPeakMb: rss.peakMb(started),
  };
}
