// `npm run bench:contracts-ledger` (part of `npm run bench`): the contract ledger (台账) with 50,000 contracts and
// 500,000 payments — GET /api/v1/contracts (a page of the filter plus its totals per currency) over a rotation of
// filters, full stack against a bare route running the same SQL, on PGlite and — when BENCH_DATABASE_URL is set —
// PostgreSQL (issue 6 target: p99 ≤ 50 ms on PostgreSQL). Also prints the list + totals SQL timed with the kept
// per-contract paid total against a grouped subquery over the payments. A benchmark: it never fails on a number.
import { benchTargets, comparisonRows, CONNECTIONS, DURATION, load, printTable, startServer, warmUp } from './harness';

const SERVER = new URL('./contracts-ledger-server.ts', import.meta.url).href;

interface Ready {
  full: number;
  bare: number;
  cookie: string;
  seedMs: number;
  vendorId: string;
  departmentId: string;
  variants: Record<string, { p50: number; p99: number }>;
}

/** The filters the load rotates through (one in nine requests each). */
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

const rows: string[][] = [];
const variantRows: string[][] = [];
for (const target of benchTargets()) {
  const server = startServer<Ready>(SERVER, target.url);
  const ready = await server.ready;
  console.log(`${target.name}: seeded 50,000 contracts and 500,000 payments in ${ready.seedMs} ms`);
  const base = 'http://127.0.0.1';
  const auth = { cookie: `thirdline_session=${ready.cookie}` };
  const all = filters(ready);
  const pathFor = (p: string) => (n: number) => `${p}?${all[n % all.length]}&page=${(n % 5) + 1}&pageSize=20`;
  await warmUp(`${base}:${ready.bare}/bare/contracts`);
  await warmUp(`${base}:${ready.full}/api/v1/contracts`, auth);
  const bare = await load(`${base}:${ready.bare}/bare/contracts`, {}, pathFor('/bare/contracts'));
  const full = await load(`${base}:${ready.full}/api/v1/contracts`, auth, pathFor('/api/v1/contracts'));
  rows.push(...comparisonRows(target.name, 'GET /api/v1/contracts (filtered list + totals)', bare, full));
  for (const [label, t] of Object.entries(ready.variants)) {
    variantRows.push([target.name, label, `${t.p50} ms`, `${t.p99} ms`]);
  }
  await server.stop();
}
printTable(
  `Contract ledger, 50,000 contracts / 500,000 payments, 9 filters in rotation, ${CONNECTIONS} connections, ${DURATION} s each (ratio = full stack / bare route; target p99 ≤ 50 ms on PostgreSQL)`,
  ['database', 'target', 'req/s', 'p50', 'p99', 'ratio', 'errors'],
  rows,
);
printTable(
  'Ledger page + totals SQL, one at a time (30 runs each): paid from the kept per-contract total vs summed from the payments',
  ['database', 'variant', 'p50', 'p99'],
  variantRows,
);
