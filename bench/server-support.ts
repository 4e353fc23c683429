// Shared by the bench servers (children of the HTTP benchmarks): a throwaway database, and the ready/shutdown dance.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { openDatabase, type Database } from '../apps/server/src/db/client';

/** PGlite in memory, or a new database on BENCH_TARGET_URL (dropped by `drop`). */
export async function openBenchDatabase(): Promise<{ database: Database; drop: () => Promise<void> }> {
  const serverUrl = process.env.BENCH_TARGET_URL;
  if (!serverUrl) return { database: await openDatabase({}), drop: async () => undefined };
  const name = `thirdline_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 20 });
  return {
    database,
    drop: async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/**
 * Signs in as `admin` on the full app, prints the Ready line `{ full, bare, cookie, kind }` the harness waits for,
 * and closes everything on SIGTERM. Both apps must be listening.
 */
export async function announceReady(
  full: FastifyInstance,
  bare: FastifyInstance,
  bench: { database: Database; drop: () => Promise<void> },
  password: string,
): Promise<void> {
  const login = await full.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: 'admin', password },
  });
  const cookie = login.cookies.find((c) => c.name === 'thirdline_session')?.value;
  if (!cookie) throw new Error(`bench sign-in failed: ${login.statusCode} ${login.body}`);
  const port = (app: FastifyInstance) => (app.server.address() as { port: number }).port;
  console.log(JSON.stringify({ full: port(full), bare: port(bare), cookie, kind: bench.database.kind }));
  process.on('SIGTERM', async () => {
    await full.close();
    await bare.close();
    await bench.database.close();
    await bench.drop();
    process.exit(0);
  });
}
