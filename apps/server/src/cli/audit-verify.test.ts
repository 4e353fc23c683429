import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/client';
import { recordAudit } from '../platform/audit/audit';

const CLI = fileURLToPath(new URL('./audit-verify.ts', import.meta.url));
const TSX = fileURLToPath(new URL('../../../../node_modules/.bin/tsx', import.meta.url));

describe('npm run audit:verify', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'thirdline-verify-'));
    const database = await openDatabase({ dataDir: path.join(dataDir, 'db') });
    await database.migrate();
    for (let i = 1; i <= 3; i++) {
      await database.db.transaction((tx) =>
        recordAudit(
          tx,
          { actorId: null, actorName: 'cli-test', requestId: null, ip: null, at: new Date() },
          {
            action: 'thing.create',
            recordType: 'thing',
            recordId: `r${i}`,
            after: { i },
          },
        ),
      );
    }
    await database.close();
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const run = () =>
    spawnSync(TSX, [CLI], {
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('exits 0 on an intact chain, then non-zero naming the first tampered event', async () => {
    const intact = run();
    expect(intact.status).toBe(0);
    expect(intact.stdout).toContain('Audit chain intact: 3 events verified.');

    const database = await openDatabase({ dataDir: path.join(dataDir, 'db') });
    await database.db.execute(sql`update audit_events set actor_name = 'someone else' where seq = 2`);
    await database.close();

    const broken = run();
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('Audit chain BROKEN at event #2');
  });
});
