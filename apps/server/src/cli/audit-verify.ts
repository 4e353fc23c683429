// `npm run audit:verify`: walks the audit hash chain; exit 0 when intact, 1 naming the first bad event.
import path from 'node:path';
import { loadEnv } from '../config/env';
import { openDatabase } from '../db/client';
import { verifyAuditChain } from '../platform/audit/verify';

const env = loadEnv();
const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: path.join(env.DATA_DIR, 'db') });
try {
  const verdict = await verifyAuditChain(database.db);
  if (verdict.ok) {
    console.log(`Audit chain intact: ${verdict.events} events verified.`);
  } else {
    console.error(
      `Audit chain BROKEN at event #${verdict.seq}${verdict.id ? ` (${verdict.id})` : ''}: ${verdict.reason}.`,
    );
    console.error(`${verdict.events} events before it verified.`);
    process.exitCode = 1;
  }
} finally {
  await database.close();
}
