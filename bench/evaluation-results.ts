// `npm run bench:evaluations` (part of `npm run bench`): results of one closed evaluation with 20 vendors ×
// 15 evaluators × 40 criteria (12,000 scores) — read from the database, computed (totals, statistics, outliers,
// ranking) and named — on PGlite and, when BENCH_DATABASE_URL is set, PostgreSQL (issue 7 target ≤ 200 ms).
// Wall-clock times include waiting for a CPU on a busy machine; "this process CPU" is the CPU time the Node process
// itself spent (with PGlite that includes the database; with PostgreSQL the server's work is not in it).
// A benchmark, not a test: it never fails on a number.
import { computeResults } from '@thirdline/shared/evaluations/evaluation-results';
import { uuidv7 } from 'uuidv7';
import type { Database } from '../apps/server/src/db/client';
import { evaluationResults } from '../apps/server/src/modules/evaluations/evaluation-results';
import { submittedScoreCells } from '../apps/server/src/modules/evaluations/sheets.repository';
import {
  evaluations,
  evaluationScores,
  evaluationSheets,
  evaluationVendors,
} from '../apps/server/src/modules/evaluations/evaluations.table';
import { openBenchDatabase } from './bench-database';
import { benchTargets } from './harness';

const VENDORS = 20;
const EVALUATORS = 15;
const CRITERIA = 40;
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const AT = new Date('2026-10-08T01:00:00Z');

const criteria = Array.from({ length: CRITERIA }, (_, i) => ({
  id: uuidv7(),
  dimension: `维度${i % 8}`,
  name: `评分项${i}`,
  weight: 2.5,
  priceCriterion: i === 0,
  description: null,
}));

async function seed(database: Database) {
  await database.migrate();
  const id = uuidv7();
  const vendorIds = Array.from({ length: VENDORS }, () => uuidv7());
  const base = { createdAt: AT, updatedAt: AT };
  await database.db.insert(evaluations).values({
    ...base,
    id,
    reference: 'EV-2026-9999',
    title: 'bench',
    status: 'closed',
    templateId: uuidv7(),
    templateVersion: 1,
    templateName: 'bench',
    scale: '0-100',
    criteria,
    chairId: uuidv7(),
    outlierThreshold: 20,
  });
  await database.db.insert(evaluationVendors).values(
    vendorIds.map((vendorId, i) => ({
      evaluationId: id,
      vendorId,
      position: i + 1,
      price: `${900000 + i * 1000}.00`,
    })),
  );
  const sheets = Array.from({ length: EVALUATORS }, () => ({
    ...base,
    id: uuidv7(),
    evaluationId: id,
    evaluatorId: uuidv7(),
    status: 'submitted',
    declaredAt: AT,
    submittedAt: AT,
  }));
  await database.db.insert(evaluationSheets).values(sheets);
  const scores = sheets.flatMap((s, e) =>
    vendorIds.flatMap((vendorId, v) =>
      criteria
        .filter((c) => !c.priceCriterion)
        .map((c, k) => ({
          evaluationId: id,
          sheetId: s.id,
          vendorId,
          criterionId: c.id,
          score: (v * 7 + e * 13 + k * 3) % 101,
          comment: k % 5 === 0 ? `评语 ${e}-${v}-${k}` : null,
        })),
    ),
  );
  for (let i = 0; i < scores.length; i += 1000)
    await database.db.insert(evaluationScores).values(scores.slice(i, i + 1000));
  const [row] = await database.db.select().from(evaluations);
  return { row: row!, scoreCount: scores.length };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

async function bench(name: string, database: Database) {
  const { row, scoreCount } = await seed(database);
  await evaluationResults(database.db, row); // warm-up
  const full: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    await evaluationResults(database.db, row);
    const used = process.cpuUsage(c);
    full.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  }
  const query: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await submittedScoreCells(database.db, row.id);
    query.push(performance.now() - t);
  }
  const scores = (await database.db.select().from(evaluationScores)).map((s) => ({ ...s, evaluatorId: s.sheetId }));
  const pure: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    computeResults({
      scale: '0-100',
      criteria,
      vendors: Array.from(new Set(scores.map((s) => s.vendorId)), (id) => ({ id, price: 900000 })),
      scores,
      outlierThreshold: 20,
    });
    pure.push(performance.now() - t);
  }
  const ms = (n: number) => n.toFixed(1);
  return [
    name,
    String(scoreCount),
    ms(percentile(full, 50)),
    ms(percentile(full, 99)),
    ms(percentile(cpu, 50)),
    ms(percentile(query, 50)),
    ms(percentile(pure, 50)),
  ];
}

const rows: string[][] = [];
for (const target of benchTargets()) {
  // openBenchDatabase opens PGlite, or a throwaway database on the PostgreSQL at BENCH_TARGET_URL.
  if (target.url) process.env.BENCH_TARGET_URL = target.url;
  else delete process.env.BENCH_TARGET_URL;
  const { database, drop } = await openBenchDatabase();
  try {
    rows.push(await bench(target.name, database));
  } finally {
    await database.close();
    await drop();
  }
}

const header = [
  'database',
  'scores',
  'results p50 ms',
  'results p99 ms',
  'this process CPU p50 ms',
  'query p50 ms',
  'compute p50 ms',
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');
console.log(
  `\nEvaluation results, ${VENDORS} vendors × ${EVALUATORS} evaluators × ${CRITERIA} criteria, ${RUNS} runs (target: ≤ 200 ms)\n`,
);
console.log(line(header));
for (const r of rows) console.log(line(r));
