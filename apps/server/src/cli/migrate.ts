// `npm run db:migrate`: applies pending migrations (under the advisory lock) and exits.
import path from 'node:path';
import { loadEnv } from '../config/env';
import { openDatabase } from '../db/client';

const env = loadEnv();
const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: path.join(env.DATA_DIR, 'db') });
try {
  await database.migrate();
  console.log('Migrations applied.');
} finally {
  await database.close();
}
