// Shared by the HTTP benchmarks: start a bench server in a child process, load a route with autocannon, print a table.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
export const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const TSX = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));

/** The targets to measure on: PGlite (unless BENCH_SKIP_PGLITE=1), PostgreSQL when BENCH_DATABASE_URL is set. */
export function benchTargets(): { name: string; url: string | undefined }[] {
  const targets: { name: string; url: string | undefined }[] =
    process.env.BENCH_SKIP_PGLITE === '1' ? [] : [{ name: 'PGlite', url: undefined }];
  if (process.env.BENCH_DATABASE_URL) targets.push({ name: 'PostgreSQL', url: process.env.BENCH_DATABASE_URL });
  return targets;
}

/** Starts `script` (a bench server) with BENCH_TARGET_URL; resolves with the JSON line it prints when ready. */
export function startServer<T>(script: string, targetUrl: string | undefined) {
  const child = spawn(TSX, [fileURLToPath(script)], {
    env: { ...process.env, ...(targetUrl ? { BENCH_TARGET_URL: targetUrl } : {}) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const ready = new Promise<T>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      if (line.startsWith('{')) resolve(JSON.parse(line) as T);
    });
    child.on('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  const stop = async () => {
    child.kill('SIGTERM');
    await new Promise((r) => child.on('exit', r));
  };
  return { child, ready, stop };
}

/** Loads `url` for DURATION seconds at CONNECTIONS connections; `pathFor(n)` gives the n-th request's path+query. */
export async function load(url: string, headers: Record<string, string>, pathFor: (n: number) => string) {
  let n = 0;
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION,
    headers,
    requests: [{ setupRequest: (req) => ({ ...req, path: pathFor(n++) }) }],
  });
  const errors = result.errors + result.non2xx;
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors };
}

export const SINGLE_RUNS = Number(process.env.BENCH_SINGLE_RUNS ?? 100);

/**
 * One user: `runs` requests one after the other on one connection (after 5 unmeasured ones), `pathFor(n)` giving the
 * n-th request's path+query; p50/p99/max in ms. This is the latency a user sees, with no queue in front of it.
 */
export async function sequential(origin: string, headers: Record<string, string>, pathFor: (n: number) => string) {
  const ms: number[] = [];
  let errors = 0;
  for (let n = -5; n < SINGLE_RUNS; n++) {
    const started = performance.now();
    const res = await fetch(`${origin}${pathFor(n + 5)}`, { headers });
    await res.arrayBuffer();
    if (n < 0) continue;
    ms.push(performance.now() - started);
    if (!res.ok) errors++;
  }
  ms.sort((a, b) => a - b);
  const at = (p: number) => Math.round((ms[Math.min(ms.length - 1, Math.ceil(ms.length * p) - 1)] ?? 0) * 10) / 10;
  return { p50: at(0.5), p99: at(0.99), max: at(1), errors };
}

/** Warms a route up (JIT, caches, pools) before it is measured. */
export async function warmUp(url: string, headers: Record<string, string> = {}) {
  await autocannon({ url, connections: 4, duration: 2, headers });
}

export type Measured = Awaited<ReturnType<typeof load>>;

/** One bare row and one full-stack row (with the ratio) for the result table. */
export function comparisonRows(database: string, route: string, bare: Measured, full: Measured): string[][] {
  return [
    [database, `bare ${route}`, bare.rps.toFixed(0), `${bare.p50} ms`, `${bare.p99} ms`, '', String(bare.errors)],
    [
      database,
      route,
      full.rps.toFixed(0),
      `${full.p50} ms`,
      `${full.p99} ms`,
      (full.rps / bare.rps).toFixed(2),
      String(full.errors),
    ],
  ];
}

export function printTable(title: string, header: string[], rows: string[][]) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(`\n${title}`);
  console.log(line(header));
  for (const r of rows) console.log(line(r));
}
