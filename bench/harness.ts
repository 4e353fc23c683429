// Shared by the HTTP benchmarks: start a bench server child process, load a route with autocannon, print a table.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
export const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const TSX = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));

/** What a bench server prints when ready: the ports of the full stack and of the bare route, a session cookie. */
export interface Ready {
  full: number;
  bare: number;
  cookie: string;
  kind: string;
}

/** Runs `serverFile` (a bench server) with BENCH_TARGET_URL set for PostgreSQL; resolves when it prints Ready. */
export function startServer(serverFile: string, targetUrl: string | undefined) {
  const child = spawn(TSX, [serverFile], {
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

/** Loads `url` for DURATION seconds, cycling through `pages` pages of 20. */
export async function load(url: string, headers: Record<string, string>, pages: number) {
  let n = 0;
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION,
    headers,
    requests: [
      { setupRequest: (req) => ({ ...req, path: `${new URL(url).pathname}?page=${(n++ % pages) + 1}&pageSize=20` }) },
    ],
  });
  const errors = result.errors + result.non2xx;
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors };
}

/** The databases to bench on: PGlite always, PostgreSQL when BENCH_DATABASE_URL is set. */
export function benchTargets(): { name: string; url: string | undefined }[] {
  const targets: { name: string; url: string | undefined }[] = [{ name: 'PGlite', url: undefined }];
  if (process.env.BENCH_DATABASE_URL) targets.push({ name: 'PostgreSQL', url: process.env.BENCH_DATABASE_URL });
  return targets;
}

/**
 * For each target database: start `serverFile`, warm up, then load its bare route and the full-stack route
 * (`fullPath`, signed in); returns the table rows.
 */
export async function compareRoutes(opts: { serverFile: string; barePath: string; fullPath: string; pages: number }) {
  const rows: string[][] = [];
  for (const target of benchTargets()) {
    const { child, ready } = startServer(opts.serverFile, target.url);
    const server = await ready;
    const base = 'http://127.0.0.1';
    const auth = { cookie: `thirdline_session=${server.cookie}` };
    // Warm both paths up (JIT, caches, connection pools) before measuring.
    await autocannon({ url: `${base}:${server.bare}${opts.barePath}`, connections: 4, duration: 2 });
    await autocannon({ url: `${base}:${server.full}${opts.fullPath}`, connections: 4, duration: 2, headers: auth });
    const bare = await load(`${base}:${server.bare}${opts.barePath}`, {}, opts.pages);
    const full = await load(`${base}:${server.full}${opts.fullPath}`, auth, opts.pages);
    child.kill('SIGTERM');
    await new Promise((r) => child.on('exit', r));
    rows.push(
      [target.name, 'bare route', bare.rps.toFixed(0), `${bare.p50} ms`, `${bare.p99} ms`, '', String(bare.errors)],
      [
        target.name,
        `GET ${opts.fullPath}`,
        full.rps.toFixed(0),
        `${full.p50} ms`,
        `${full.p99} ms`,
        (full.rps / bare.rps).toFixed(2),
        String(full.errors),
      ],
    );
  }
  return rows;
}

export function printTable(title: string, rows: string[][]) {
  const header = ['database', 'target', 'req/s', 'p50', 'p99', 'ratio', 'errors'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(`\n${title}`);
  console.log(line(header));
  for (const r of rows) console.log(line(r));
}
