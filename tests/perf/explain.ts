import { readFile, stat } from 'node:fs/promises';
import type { Client } from 'pg';
import type { HttpScenario } from './http-scenarios';
import type { RequestSpec } from './load';
import type { Service } from './processes';
import { sessionHeaders } from './session';

/**
 * `--explain`: for each HTTP question, the statements the product actually sent (recorded by
 * sql-tap.js inside the API), their client-side durations, and EXPLAIN (ANALYZE, BUFFERS) of each
 * read, run with the same parameters on the same data.
 */

interface TappedStatement {
  text: string;
  params?: unknown[];
  ms: number;
}

async function fileSize(path: string): Promise<number> {
  return stat(path).then(
    (info) => info.size,
    () => 0,
  );
}

/** The statements the API sent while `work` ran. */
async function statementsDuring(tapFile: string, work: () => Promise<void>): Promise<TappedStatement[]> {
  const offset = await fileSize(tapFile);
  await work();
  await new Promise((resolve) => setTimeout(resolve, 100));
  const appended = (await readFile(tapFile)).subarray(offset).toString('utf8');
  return appended
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as TappedStatement);
}

async function send(spec: RequestSpec): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const response = await fetch(spec.url, { method: spec.method ?? 'GET', headers: spec.headers, body: spec.body });
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - started };
}

/** Long TypeORM select lists hide the part that matters: shown as a column count. */
function abbreviated(sql: string): string {
  const flat = sql.replace(/\s+/g, ' ').trim();
  const selectList = /^SELECT (.+?) FROM /i.exec(flat);
  if (!selectList || selectList[1].length < 160) return flat;
  return flat.replace(selectList[1], `<${selectList[1].split(',').length} columns>`);
}

const isExplainableRead = (sql: string) => /^\s*(WITH|SELECT)\b/i.test(sql) && !/\bFOR (UPDATE|NO KEY UPDATE|SHARE)\b/i.test(sql);

async function explain(db: Client, statement: TappedStatement): Promise<string[]> {
  const { rows } = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`, statement.params ?? []);
  return rows.map((row) => row['QUERY PLAN']);
}

async function explainRequest(
  db: Client,
  tapFile: string,
  title: string,
  spec: RequestSpec,
  options: { runPlans: boolean },
): Promise<void> {
  await send(spec); // warm: the first call of a route pays for lazy initialisation
  let answer = { status: 0, ms: 0 };
  const statements = await statementsDuring(tapFile, async () => {
    answer = await send(spec);
  });
  const total = statements.reduce((sum, statement) => sum + statement.ms, 0);
  console.log(
    `\n=== ${title}: HTTP ${answer.status} in ${answer.ms.toFixed(1)} ms; ${statements.length} statements, ${total.toFixed(1)} ms in SQL round trips`,
  );
  for (const statement of statements) {
    console.log(`\n-- ${statement.ms.toFixed(1)} ms: ${abbreviated(statement.text)}`);
    if (statement.params?.length) console.log(`   parameters: ${JSON.stringify(statement.params).slice(0, 300)}`);
    if (options.runPlans && isExplainableRead(statement.text)) for (const line of await explain(db, statement)) console.log(`   ${line}`);
  }
}

export async function explainScenarios(
  db: Client,
  tapFile: string,
  api: Service,
  cookie: string,
  scenarios: HttpScenario[],
): Promise<void> {
  for (const scenario of scenarios) {
    // Plans of a write would repeat the write; its statements and their durations tell the story.
    await explainRequest(db, tapFile, scenario.label, scenario.product, { runPlans: scenario.product.method !== 'POST' });
  }
  const session = sessionHeaders(api, cookie);
  await explainRequest(
    db,
    tapFile,
    'e. key figures 2024',
    { url: `${api.url}/api/reports/key-figures?from=2024-01-01&to=2024-12-31`, headers: session },
    { runPlans: true },
  );
  await explainRequest(
    db,
    tapFile,
    'g. the home page after login (GET /api/dashboard)',
    { url: `${api.url}/api/dashboard`, headers: session },
    { runPlans: true },
  );
}
