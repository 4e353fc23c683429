// Child process of bench/vendors.ts: a fresh app on a fresh database imports the workbook given as argument over
// HTTP (upload → poll until validated → commit), then exports 50,000 vendors over HTTP, streaming the body away.
// Prints one JSON line with the timings (ms), sizes and this process's peak RSS (MB).
import { readFileSync } from 'node:fs';
import { bootstrapOrganisation, buildApp } from '../apps/server/src/app';
import { loadEnv } from '../apps/server/src/config/env';
import { systemClock } from '../apps/server/src/platform/calendar/clock';
import { openBenchDatabase, seedVendors } from './bench-database';

const PASSWORD = 'Bench-Admin-Passw0rd';
const EXPORT_ROWS = 50_000;
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

const { database, drop } = await openBenchDatabase();
await database.migrate();
await bootstrapOrganisation(database.db, systemClock, { adminPassword: PASSWORD, timeZone: 'Asia/Shanghai' });
const env = loadEnv({ NODE_ENV: 'production', LOG_LEVEL: 'silent', LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
const { app } = await buildApp({ env, database, db: database.db, clock: systemClock });
await app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}/api/v1`;

const login = await fetch(`${base}/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ username: 'admin', password: PASSWORD }),
});
const { csrfToken } = (await login.json()) as { csrfToken: string };
const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
const headers = { cookie, 'x-csrf-token': csrfToken };

const workbook = readFileSync(process.argv[2] as string);
let t = performance.now();
const form = new FormData();
form.append('file', new Blob([workbook]), 'vendors.xlsx');
const created = await fetch(`${base}/vendors/imports`, { method: 'POST', headers, body: form });
if (created.status !== 202) throw new Error(`upload: ${created.status} ${await created.text()}`);
const { id } = (await created.json()) as { id: string };
let status: { status: string; rowErrors: unknown[]; summary: { created: number } };
do {
  await new Promise((r) => setTimeout(r, 50));
  status = (await (await fetch(`${base}/vendors/imports/${id}`, { headers })).json()) as typeof status;
} while (status.status === 'validating');
if (status.rowErrors.length > 0) throw new Error(`row errors: ${JSON.stringify(status.rowErrors.slice(0, 3))}`);
const validateMs = Math.round(performance.now() - t);
t = performance.now();
const commit = await fetch(`${base}/vendors/imports/${id}/commit`, { method: 'POST', headers });
if (commit.status !== 200) throw new Error(`commit: ${commit.status} ${await commit.text()}`);
const commitMs = Math.round(performance.now() - t);
const importPeakRssMb = peakRssMb();

await seedVendors(database, EXPORT_ROWS, 100_000);
t = performance.now();
const exported = await fetch(`${base}/vendors/export`, { headers });
let bytes = 0;
for await (const chunk of exported.body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.length;
const exportMs = Math.round(performance.now() - t);
if (exported.status !== 200) throw new Error(`export: ${exported.status}`);

console.log(
  JSON.stringify({
    validateMs,
    commitMs,
    importMs: validateMs + commitMs,
    importPeakRssMb,
    exportRows: EXPORT_ROWS,
    exportMs,
    exportMb: Math.round((bytes / 1024 / 1024) * 10) / 10,
    peakRssMb: peakRssMb(),
  }),
);
await app.close();
await database.close();
await drop();
