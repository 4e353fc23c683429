// `npm run bench:inbox` (part of `npm run bench`): "My tasks" — GET /api/v1/approval-tasks for a user with 5,000
// open tasks (among 30,000) — against a bare Fastify route running the identical queries and JSON shape, on PGlite
// and — when BENCH_DATABASE_URL is set — PostgreSQL (issue 5 target: p99 ≤ 25 ms). Never fails on a number.
import { fileURLToPath } from 'node:url';
import { compareRoutes, CONNECTIONS, DURATION, printTable } from './harness';

const rows = await compareRoutes({
  serverFile: fileURLToPath(new URL('./inbox-server.ts', import.meta.url)),
  barePath: '/bare/approval-tasks',
  fullPath: '/api/v1/approval-tasks',
  pages: 250,
});
printTable(
  `Approval inbox, 5,000 open tasks of one user (30,000 in all), ${CONNECTIONS} connections, ${DURATION} s each (ratio = full stack / bare route; target p99 ≤ 25 ms on PostgreSQL)`,
  rows,
);
