// `npm run bench:contracts-ledger` (part of `npm run bench`): the contract ledger (台账) with 50,000 contracts and
// 500,000 payments — GET /api/v1/contracts (a page of the filter plus its totals per currency) — on PGlite and, when
// BENCH_DATABASE_URL is set, PostgreSQL (issue 6 target: p99 ≤ 50 ms on PostgreSQL for one user; see decision 0014).
// Two measurements per database:
// 1. one user: for each of the 9 filters, sequential requests on one connection (pages 1–5), full stack and bare
//    route — the p99 the target means;
// 2. throughput: the 9 filters in rotation at CONNECTIONS connections for DURATION s (latency there is mostly queueing
//    for the 2 CPU cores, so it is a capacity figure, not a user's latency).
// A benchmark: it never fails on a number.
import {
  benchTargets,
  comparisonRows,
  CONNECTIONS,
  DURATION,
  load,
  printTable,
  sequential,
  SINGLE_RUNS,
  startServer,
  warmUp,
} from './harness';

const SERVER = new URL('./contracts-ledger-server.ts', import.meta.url).href;

interface Ready {
  full: number;
  bare: number;
  cookie: string;
  seedMs: number;
  vendorId: string;
  departmentId: string;
}

/** The filters of the rotation (one in nine requests each). */
const filters = (r: Ready) => [
  '',
  'status=active',
  `vendorId=${r.vendorId}`,
  `departmentId=${r.departmentId}&status=active`,
  'expiringWithinDays=90',
  'amountMin=100000&amountMax=500000&material=true',
  'type=cloud&sort=-amount',
  `q=${encodeURIComponent('运维')}`,
  'outsourcingCategory=operations&currency=USD&sort=endDate',
];
/** Short names for the table (ids left out). */
const LABELS = [
  '(none)',
  'status=active',
  'vendorId',
  'departmentId&status=active',
  'expiringWithinDays=90',
  'amount 100k–500k&material',
  'type=cloud&sort=-amount',
  'q=运维',
  'category&currency=USD&sort=endDate',
];

const throughputRows: string[][] = [];
const singleRows: string[][] = [];
for (const target of benchTargets()) {
  const server = startServer<Ready>(SERVER, target.url);
  const ready = await server.ready;
  console.log(`${target.name}: seeded 50,000 contracts and 500,000 payments in ${ready.seedMs} ms`);
  const base = 'http://127.0.0.1';
  const auth = { cookie: `thirdline_session=${ready.cookie}` };
  const all = filters(ready);
  const bareOrigin = `${base}:${ready.bare}`;
  const fullOrigin = `${base}:${ready.full}`;
  await warmUp(`${bareOrigin}/bare/contracts`);
  await warmUp(`${fullOrigin}/api/v1/contracts`, auth);
  for (const [i, filter] of all.entries()) {
    const page = (p: string) => (n: number) => `${p}?${filter}${filter ? '&' : ''}page=${(n % 5) + 1}&pageSize=20`;
    const bare = await sequential(bareOrigin, {}, page('/bare/contracts'));
    const full = await sequential(fullOrigin, auth, page('/api/v1/contracts'));
    singleRows.push([
      target.name,
      LABELS[i] ?? filter,
      `${full.p50} ms`,
      `${full.p99} ms`,
      `${full.max} ms`,
      `${bare.p50} ms`,
      `${bare.p99} ms`,
      String(full.errors + bare.errors),
    ]);
  }
  const pathFor = (p: string) => (n: number) => `${p}?${all[n % all.length]}&page=${(n % 5) + 1}&pageSize=20`;
  const bare = await load(`${bareOrigin}/bare/contracts`, {}, pathFor('/bare/contracts'));
  const full = await load(`${fullOrigin}/api/v1/contracts`, auth, pathFor('/api/v1/contracts'));
  throughputRows.push(...comparisonRows(target.name, 'GET /api/v1/contracts (filtered list + totals)', bare, full));
  await server.stop();
}
printTable(
  `Contract ledger, one user: ${SINGLE_RUNS} sequential requests per filter on one connection, pages 1–5 (target: full stack p99 ≤ 50 ms on PostgreSQL)`,
  ['database', 'filter', 'p50', 'p99', 'max', 'bare p50', 'bare p99', 'errors'],
  singleRows,
);
printTable(
  `Contract ledger throughput, 9 filters in rotation, ${CONNECTIONS} connections, ${DURATION} s each (ratio = full stack / bare route; latency here is queueing for the CPU)`,
  ['database', 'target', 'req/s', 'p50', 'p99', 'ratio', 'errors'],
  throughputRows,
);
