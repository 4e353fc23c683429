// `npm run seed:demo`: loads the demo company into the configured database (DATA_DIR / DATABASE_URL).
// Migrates first; idempotent: a second run changes nothing and says so. The steps are in demo-seed-steps.ts.
import path from 'node:path';
import { loadEnv } from '../config/env';
import { openDatabase } from '../db/client';
import { bootstrapOrganisation, orgAssigneeDirectory, organisationTimeZone } from '../modules/org';
import { systemClock } from '../platform/calendar/clock';
import { configureWorkflowRuntime } from '../platform/workflow';
import { seedReferenceData } from '../reference-data';
import { runDemoSeed } from './demo-seed-steps';

const env = loadEnv();
const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: path.join(env.DATA_DIR, 'db') });
try {
  await database.migrate();
  await seedReferenceData(database.db, systemClock);
  const bootstrap = await bootstrapOrganisation(database.db, systemClock, {
    adminPassword: env.ADMIN_PASSWORD,
    timeZone: env.ORG_TIME_ZONE,
  });
  if (bootstrap.generatedAdminPassword) {
    console.log(`Created the administrator "admin" with the password ${bootstrap.generatedAdminPassword}`);
    console.log('It is shown only this once.\n');
  }
  // Demo records that start approvals need the engine's people and time zone, as the app wires them.
  configureWorkflowRuntime({
    directory: orgAssigneeDirectory,
    timeZone: (db) => organisationTimeZone(db, env.ORG_TIME_ZONE),
  });
  await runDemoSeed(database.db, systemClock, env, (line) => console.log(line));
} finally {
  await database.close();
}
