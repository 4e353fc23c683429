// `npm run bench`: GET /api/v1/users (full stack, signed in) against a bare Fastify route running the identical SQL
// and JSON shape, on PGlite and — when BENCH_DATABASE_URL is set — PostgreSQL. Prints throughput, p50/p99, ratio.
// A benchmark, not a test: it never fails on a number.
import { fileURLToPath } from 'node:url';
import { compareRoutes, CONNECTIONS, DURATION, printTable } from './harness';

const rows = await compareRoutes({
  serverFile: fileURLToPath(new URL('./users-server.ts', import.meta.url)),
  barePath: '/bare/users',
  fullPath: '/api/v1/users',
  pages: 400,
});
printTable(
  `Users list, 10,000 users, ${CONNECTIONS} connections, ${DURATION} s each (ratio = full stack / bare route; target ≥ 0.7, p99 ≤ 25 ms on PostgreSQL)`,
  rows,
);
