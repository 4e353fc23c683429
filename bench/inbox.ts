// `npm run bench:inbox` (part of `npm run bench`): "My tasks" — GET /api/v1/approval-tasks for a user with 5,000
// open tasks (among 30,000) — against a bare Fastify route running the identical queries and JSON shape, on PGlite
// and — when BENCH_DATABASE_URL is set — PostgreSQL (issue 5 target: p99 ≤ 25 ms). Never fails on a number.
import { benchTargets, comparisonRows, CONNECTIONS, DURATION, load, printTable, startServer, warmUp } from './harness';

const SERVER = new URL('./inbox-server.ts', import.meta.url).href;
const PAGES = 250;

interface Ready {
  full: number;
  bare: number;
  cookie: string;
}

const rows: string[][] = [];
for (const target of benchTargets()) {
  const server = startServer<Ready>(SERVER, target.url);
  const ready = await server.ready;
  const base = 'http://127.0.0.1';
  const auth = { cookie: `thirdline_session=${ready.cookie}` };
  const pageOf = (p: string) => (n: number) => `${p}?page=${(n % PAGES) + 1}&pageSize=20`;
  await warmUp(`${base}:${ready.bare}/bare/approval-tasks`);
  await warmUp(`${base}:${ready.full}/api/v1/approval-tasks`, auth);
  const bare = await load(`${base}:${ready.bare}/bare/approval-tasks`, {}, pageOf('/bare/approval-tasks'));
  const full = await load(`${base}:${ready.full}/api/v1/approval-tasks`, auth, pageOf('/api/v1/approval-tasks'));
  rows.push(...comparisonRows(target.name, 'GET /api/v1/approval-tasks', bare, full));
  await server.stop();
}
printTable(
  `Approval inbox, 5,000 open tasks of one user (30,000 in all), ${CONNECTIONS} connections, ${DURATION} s each (ratio = full stack / bare route; target p99 ≤ 25 ms on PostgreSQL)`,
  ['database', 'target', 'req/s', 'p50', 'p99', 'ratio', 'errors'],
  rows,
);
