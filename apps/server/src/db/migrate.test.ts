import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, openDatabase, queryRows } from './client';

const serverUrl = process.env.TEST_DATABASE_URL;
const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_DIR, 'meta/_journal.json'), 'utf8')) as {
  entries: unknown[];
};

describe.runIf(serverUrl)('migrations on PostgreSQL', () => {
  it('are applied once when several instances start together', async () => {
    const name = `thirdline_mig_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(serverUrl as string);
    url.pathname = `/${name}`;
    const instances = await Promise.all(
      [1, 2, 3].map(() => openDatabase({ databaseUrl: url.toString(), poolSize: 2 })),
    );
    try {
      await Promise.all(instances.map((d) => d.migrate()));
      const [row] = await queryRows<{ n: number }>(
        instances[0]!.db,
        sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
      );
      expect(row?.n).toBe(journal.entries.length);
      for (const d of instances) await expect(d.checkReady()).resolves.toBeUndefined();
    } finally {
      await Promise.all(instances.map((d) => d.close()));
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });
});

describe('migrations', () => {
  it('are re-runnable: a second start applies nothing and stays ready', async () => {
    const d = await openDatabase({});
    try {
      await d.migrate();
      await d.migrate();
      const [row] = await queryRows<{ n: number }>(
        d.db,
        sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
      );
      expect(row?.n).toBe(journal.entries.length);
      await expect(d.checkReady()).resolves.toBeUndefined();
    } finally {
      await d.close();
    }
  });
});
