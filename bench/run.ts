// `npm run bench`: GET /api/v1/users (full stack, signed in) against a bare Fastify route running the identical SQL
// and JSON shape, on PGlite and — when BENCH_DATABASE_URL is set — PostgreSQL. Prints throughput, p50/p99, ratio.
// A benchmark, not a test: it never fails on a number.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const PAGES = 400;
const TSX = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
const SERVER = fileURLToPath(new URL('./users-server.ts', import.meta.url));

interface Ready {
  full: number;
  bare: number;
  cookie: string;
  kind: string;
}

function startServer(targetUrl: string | undefined) {
  const child = spawn(TSX, [SERVER], {
    env: { ...process.env, ...(targetUrl ? { BENCH_TARGET_URL: targetUrl } : {}) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const ready = new Promise<Ready>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      if (line.startsWith('{')) resolve(JSON.parse(line) as Ready);
    });
    child.on('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return { child, ready };
}

async function load(url: string, headers: Record<string, string>) {
  let n = 0;
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION,
    headers,
    requests: [
      { setupRequest: (req) => ({ ...req, path: `${new URL(url).pathname}?page=${(n++ % PAGES) + 1}&pageSize=20` }) },
    ],
  });
  const errors = result.errors + result.non2xx;
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors };
}

const targets: { name: string; url: string | undefined }[] = [{ name: 'PGlite', url: undefined }];
if (process.env.BENCH_DATABASE_URL) targets.push({ name: 'PostgreSQL', url: process.env.BENCH_DATABASE_URL });

const rows: string[][] = [];
for (const target of targets) {
  const { child, ready } = startServer(target.url);
  const server = await ready;
  const base = 'http://127.0.0.1';
  // Warm both paths up (JIT, caches, connection pools) before measuring.
  await autocannon({ url: `${base}:${server.bare}/bare/users`, connections: 4, duration: 2 });
  await autocannon({
    url: `${base}:${server.full}/api/v1/users`,
    connections: 4,
    duration: 2,
    headers: { cookie: `thirdline_session=${server.cookie}` },
  });
  const bare = await load(`${base}:${server.bare}/bare/users`, {});
  const full = await load(`${base}:${server.full}/api/v1/users`, { cookie: `thirdline_session=${server.cookie}` });
  child.kill('SIGTERM');
  await new Promise((r) => child.on('exit', r));
  rows.push(
    [target.name, 'bare route', bare.rps.toFixed(0), `${bare.p50} ms`, `${bare.p99} ms`, '', String(bare.errors)],
    [
      target.name,
      'GET /api/v1/users',
      full.rps.toFixed(0),
      `${full.p50} ms`,
      `${full.p99} ms`,
      (full.rps / bare.rps).toFixed(2),
      String(full.errors),
    ],
  );
}

const header = ['database', 'target', 'req/s', 'p50', 'p99', 'ratio', 'errors'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
console.log(
  `\nUsers list, 10,000 users, ${CONNECTIONS} connections, ${DURATION} s each (ratio = full stack / bare route; target ≥ 0.7, p99 ≤ 25 ms on PostgreSQL)`,
);
console.log(line(header));
for (const r of rows) console.log(line(r));
