import { bootstrapOrganisation, buildApp, type BuiltApp } from '../app';
import { loadEnv, type Env } from '../config/env';
import { FixedClock } from '../platform/calendar/clock';
import { seedReferenceData } from '../reference-data';
import { createTestDatabase, type TestDatabase } from './test-database';
import { signIn, TEST_ADMIN_PASSWORD, type TestSession } from './test-session';

export interface TestApp extends BuiltApp {
  database: TestDatabase;
  db: TestDatabase['db'];
  clock: FixedClock;
  env: Env;
  /** Signs in as the bootstrap administrator. */
  signInAdmin(): Promise<TestSession>;
  close(): Promise<void>;
}

/** A full app on a fresh database with a fixed clock, for `app.inject` tests. */
export async function createTestApp(envOverrides: Record<string, string> = {}): Promise<TestApp> {
  const env = loadEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...envOverrides });
  const database = await createTestDatabase();
  const clock = new FixedClock('2026-03-02T02:00:00Z');
  await bootstrapOrganisation(database.db, clock, { adminPassword: TEST_ADMIN_PASSWORD, timeZone: env.ORG_TIME_ZONE });
  await seedReferenceData(database.db, clock);
  const built = await buildApp({ env, database, db: database.db, clock });
  return {
    ...built,
    database,
    db: database.db,
    clock,
    env,
    signInAdmin: () => signIn(built.app, 'admin', TEST_ADMIN_PASSWORD),
    async close() {
      await built.app.close();
      await database.dispose();
    },
  };
}
