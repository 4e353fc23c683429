// `npm run bench:re-evaluation`: creating a re-evaluation campaign over 2,000 approved vendors (target ≤ 5 s,
// issue 7) through the full app (POST /api/v1/re-evaluation-campaigns: selection, one sheet per vendor and
// evaluator — the relationship manager plus two chosen users, 6,000 sheets — audit), on PGlite and, when
// BENCH_DATABASE_URL is set, PostgreSQL. A benchmark, not a test: it never fails on a number.
import { sql } from 'drizzle-orm';
import { bootstrapOrganisation, buildApp } from '../apps/server/src/app';
import { loadEnv } from '../apps/server/src/config/env';
import type { Database } from '../apps/server/src/db/client';
import { seedEvaluationTemplates } from '../apps/server/src/modules/evaluations';
import { FixedClock } from '../apps/server/src/platform/calendar/clock';
import { signIn } from '../apps/server/src/test/test-session';
import { openBenchDatabase } from './bench-database';
import { printTable } from './harness';

const VENDORS = Number(process.env.BENCH_CAMPAIGN_VENDORS ?? 2_000);
const RUNS = 3;
const PASSWORD = 'Bench-Admin-Passw0rd';
const USER_PASSWORD = 'Bench-User-Passw0rd';

async function seedApprovedVendors(database: Database, count: number, managerId: string) {
  await database.db.execute(sql`
    insert into vendors (id, reference, name, name_key, uscc, type, outsourcing_categories, tier, status,
                         relationship_manager_id, created_at, updated_at)
    select gen_random_uuid(), 'V-2025-' || lpad(g::text, 7, '0'), '评测供应商' || g || '号有限公司',
           '评测供应商' || g || '号', '91' || lpad(g::text, 16, '0'), 'software',
           array[(array['consulting_planning','development_testing','operations','security','business_support'])[1 + g % 5]],
           (array['critical','high','medium','low'])[1 + g % 4], 'approved', ${managerId}::uuid, now(), now()
    from generate_series(1, ${count}::int) g`);
}

async function bench(name: string, database: Database): Promise<string[]> {
  await database.migrate();
  const clock = new FixedClock('2026-03-02T02:00:00Z');
  await bootstrapOrganisation(database.db, clock, { adminPassword: PASSWORD, timeZone: 'Asia/Shanghai' });
  await seedEvaluationTemplates(database.db, clock);
  const env = loadEnv({ NODE_ENV: 'production', LOG_LEVEL: 'silent', LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
  const { app } = await buildApp({ env, database, db: database.db, clock });
  const admin = await signIn(app, 'admin', PASSWORD);
  const user = async (username: string) => {
    const body = {
      username,
      displayName: username,
      roles: ['specialist'],
      password: USER_PASSWORD,
      mustChangePassword: false,
    };
    return ((await admin.post('/api/v1/users', body)).json() as { id: string }).id;
  };
  const [manager, panel1, panel2] = [await user('bench-rm'), await user('bench-panel1'), await user('bench-panel2')];
  await seedApprovedVendors(database, VENDORS, manager as string);
  const timings: number[] = [];
  let sheets = 0;
  for (let run = 1; run <= RUNS; run += 1) {
    const started = performance.now();
    const res = await admin.post('/api/v1/re-evaluation-campaigns', {
      name: `2026 年度评价 ${run}`,
      year: 2026,
      selection: { mode: 'all-approved' },
      evaluatorIds: [panel1, panel2],
      dueDate: '2026-03-31',
    });
    timings.push(performance.now() - started);
    if (res.statusCode !== 201) throw new Error(`campaign creation failed: ${res.statusCode} ${res.body}`);
    sheets = (res.json() as { progress: { sheetsTotal: number } }).progress.sheetsTotal;
  }
  await app.close();
  const sorted = [...timings].sort((a, b) => a - b);
  return [name, String(VENDORS), String(sheets), sorted[0]!.toFixed(0), sorted[1]!.toFixed(0), sorted[2]!.toFixed(0)];
}

const rows: string[][] = [];
const targets = [{ name: 'PGlite', url: '' }];
if (process.env.BENCH_DATABASE_URL) targets.push({ name: 'PostgreSQL', url: process.env.BENCH_DATABASE_URL });
for (const target of targets) {
  const { database, drop } = await openBenchDatabase(target.url);
  try {
    rows.push(await bench(target.name, database));
  } finally {
    await database.close();
    await drop();
  }
}
printTable(
  `Creating a re-evaluation campaign over ${VENDORS.toLocaleString('en')} vendors (target: ≤ 5,000 ms)`,
  ['database', 'vendors', 'sheets', 'min ms', 'median ms', 'max ms'],
  rows,
);
