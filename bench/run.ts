// `npm run bench`: GET /api/v1/users (full stack, signed in) against a bare Fastify route running the identical SQL
// and JSON shape, on PGlite and — when BENCH_DATABASE_URL is set — PostgreSQL. Prints throughput, p50/p99, ratio.
// A benchmark, not a test: it never fails on a number.
import { benchTargets, comparisonRows, CONNECTIONS, DURATION, load, printTable, startServer, warmUp } from './harness';

const PAGES = 400;
const SERVER = new URL('./users-server.ts', import.meta.url).href;

interface Ready {
  full: number;
  bare: number;
  cookie: string;
  kind: string;
}

const rows: string[][] = [];
for (const target of benchTargets()) {
  const server = startServer<Ready>(SERVER, target.url);
  const ready = await server.ready;
  const base = 'http://127.0.0.1';
  const auth = { cookie: `thirdline_session=${ready.cookie}` };
  await warmUp(`${base}:${ready.bare}/bare/users`);
  await warmUp(`${base}:${ready.full}/api/v1/users`, auth);
  const page = (path: string) => (n: number) => `${path}?page=${(n % PAGES) + 1}&pageSize=20`;
  const bare = await load(`${base}:${ready.bare}/bare/users`, {}, page('/bare/users'));
  const full = await load(`${base}:${ready.full}/api/v1/users`, auth, page('/api/v1/users'));
  await server.stop();
  rows.push(...comparisonRows(target.name, 'GET /api/v1/users', bare, full));
}

printTable(
  `Users list, 10,000 users, ${CONNECTIONS} connections, ${DURATION} s each (ratio = full stack / bare route; target ≥ 0.7, p99 ≤ 25 ms on PostgreSQL)`,
  ['database', 'target', 'req/s', 'p50', 'p99', 'ratio', 'errors'],
  rows,
);
