import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { loadEnv } from '../../config/env';
import { openDatabase } from '../../db/client';
import { FixedClock } from '../calendar/clock';

const MAIN = fileURLToPath(new URL('../../main.ts', import.meta.url));
const TSX = fileURLToPath(new URL('../../../../../node_modules/.bin/tsx', import.meta.url));

describe('when the database is unreachable', () => {
  it('refuses to start with a clear message and a non-zero exit', () => {
    const run = spawnSync(TSX, [MAIN], {
      env: { ...process.env, DATABASE_URL: 'postgres://nobody:x@127.0.0.1:1/none', LOG_LEVEL: 'silent', PORT: '39991' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Cannot open PostgreSQL at DATABASE_URL');
  });

  it('refuses to start when a variable is invalid, naming it', () => {
    const run = spawnSync(TSX, [MAIN], { env: { ...process.env, PORT: 'eighty' }, encoding: 'utf8', timeout: 30_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('PORT');
  });

  it('answers 503 problem+json and /readyz 503 while running', async () => {
    const env = loadEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
    const database = await openDatabase({ databaseUrl: 'postgres://nobody:x@127.0.0.1:1/none' });
    const { app } = await buildApp({ env, database, db: database.db, clock: new FixedClock('2026-03-02T02:00:00Z') });
    try {
      const ready = await app.inject({ method: 'GET', url: '/readyz' });
      expect(ready.statusCode).toBe(503);
      const me = await app.inject({ method: 'GET', url: '/api/v1/me', cookies: { thirdline_session: 'abc' } });
      expect(me.statusCode).toBe(503);
      expect(me.headers['content-type']).toContain('application/problem+json');
      expect(me.json()).toMatchObject({ status: 503, code: 'database_unavailable' });
      const login = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'a', password: 'b' },
      });
      expect(login.statusCode).toBe(503);
    } finally {
      await app.close();
      await database.close();
    }
  });
});
