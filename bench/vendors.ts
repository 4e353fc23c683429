// `npm run bench` (part): the vendor list and search with 100,000 vendors, full stack against a bare route with the
// same SQL, then a 10,000-row workbook import (validated + committed: time, peak RSS) and a 50,000-row export, on
// PGlite and — when BENCH_DATABASE_URL is set — PostgreSQL. A benchmark, not a test: it never fails on a number.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { IMPORT_COLUMNS, templateHeader } from '../packages/shared/src/vendors/vendor-import.schemas';
import { usccCheckCharacter } from '../packages/shared/src/vendors/uscc';
import { benchTargets, comparisonRows, CONNECTIONS, DURATION, load, printTable, startServer, warmUp } from './harness';

const SERVER = new URL('./vendors-server.ts', import.meta.url).href;
const IMPORT_RUN = fileURLToPath(new URL('./vendor-import-run.ts', import.meta.url));
const TSX = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
const IMPORT_ROWS = 10_000;
const PAGES = 500;
/** Search terms of 3+ characters: Chinese name parts (common and rare), an English word, a USCC prefix, a miss. */
const TERMS = ['北京云海', '数安安全', '长风科技1', '号有限公司', 'Vision', '910000000000001', '不存在的名字'];
/** Two-character Chinese terms: too short for a trigram, so the index cannot narrow them (reported apart). */
const SHORT_TERMS = ['星河', '恒信', '无此'];

interface Ready {
  full: number;
  bare: number;
  cookie: string;
  seedMs: number;
}

async function listBench(): Promise<string[][]> {
  const rows: string[][] = [];
  for (const target of benchTargets()) {
    const server = startServer<Ready>(SERVER, target.url);
    const ready = await server.ready;
    console.log(`${target.name}: seeded 100,000 vendors in ${ready.seedMs} ms`);
    const base = 'http://127.0.0.1';
    const auth = { cookie: `thirdline_session=${ready.cookie}` };
    const listPath = (p: string) => (n: number) => `${p}?page=${(n % PAGES) + 1}&pageSize=20&sort=-createdAt`;
    const searchPath = (terms: string[]) => (p: string) => (n: number) =>
      `${p}?q=${encodeURIComponent(terms[n % terms.length] as string)}&page=1&pageSize=20`;
    await warmUp(`${base}:${ready.bare}/bare/vendors`);
    await warmUp(`${base}:${ready.full}/api/v1/vendors`, auth);
    for (const [label, pathFor] of [
      ['list', listPath],
      ['search q ≥ 3 chars', searchPath(TERMS)],
      ['search q 2 chars', searchPath(SHORT_TERMS)],
    ] as const) {
      const bare = await load(`${base}:${ready.bare}/bare/vendors`, {}, pathFor('/bare/vendors'));
      const full = await load(`${base}:${ready.full}/api/v1/vendors`, auth, pathFor('/api/v1/vendors'));
      rows.push(...comparisonRows(target.name, `GET /api/v1/vendors (${label})`, bare, full));
    }
    await server.stop();
  }
  return rows;
}

/** A workbook of `count` good vendor rows in template layout. */
async function importWorkbook(count: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('供应商');
  sheet.addRow(IMPORT_COLUMNS.map((c) => templateHeader(c)));
  for (let i = 0; i < count; i++) {
    const body = `9144030071${String(i).padStart(7, '0')}`;
    const values: Record<string, string | number | Date> = {
      name: `导入基准${i}号科技有限公司`,
      englishName: `Bench Import ${i} Co., Ltd.`,
      uscc: `${body}${usccCheckCharacter(body)}`,
      country: '中国',
      registeredAddress: `深圳市南山区科技园${i}号`,
      registeredCapital: 1_000_000 + i,
      establishedOn: new Date(Date.UTC(2005 + (i % 15), i % 12, 1 + (i % 28))),
      type: i % 2 ? '软件供应商' : '系统集成商',
      outsourcingCategories: '开发测试、运行维护',
      sourceChannel: '公开招标',
      tier: '中',
      contactName: `联系人${i}`,
      contactPhone: `0755-${String(10_000_000 + i)}`,
      contactEmail: `contact${i}@example.com`,
    };
    sheet.addRow(IMPORT_COLUMNS.map((c) => values[c.key] ?? null));
  }
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Runs the import/export measurement in a fresh process (its peak RSS is the import's). */
function runImport(file: string, targetUrl: string | undefined): Promise<Record<string, number>> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [IMPORT_RUN, file], {
      env: { ...process.env, ...(targetUrl ? { BENCH_TARGET_URL: targetUrl } : {}) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (code === 0 && line) resolve(JSON.parse(line) as Record<string, number>);
      else reject(new Error(`import bench exited with ${code}: ${out}`));
    });
  });
}

// BENCH_VENDOR_PARTS=import (or =list) runs one part only.
const parts = process.env.BENCH_VENDOR_PARTS ?? 'list,import';
const listRows = parts.includes('list') ? await listBench() : [];
if (listRows.length > 0)
  printTable(
    `Vendor list/search, 100,000 vendors, ${CONNECTIONS} connections, ${DURATION} s each (ratio = full stack / bare route; target ≥ 0.7, p99 ≤ 25 ms on PostgreSQL)`,
    ['database', 'target', 'req/s', 'p50', 'p99', 'ratio', 'errors'],
    listRows,
  );

if (!parts.includes('import')) process.exit(0);
const dir = mkdtempSync(path.join(os.tmpdir(), 'thirdline-bench-import-'));
const file = path.join(dir, 'vendors.xlsx');
writeFileSync(file, await importWorkbook(IMPORT_ROWS));
const importRows: string[][] = [];
for (const target of benchTargets()) {
  const r = await runImport(file, target.url);
  importRows.push([
    target.name,
    String(r.validateMs),
    String(r.commitMs),
    String(r.importMs),
    String(r.importPeakRssMb),
    String(r.exportRows),
    String(r.exportMs),
    String(r.exportMb),
    String(r.peakRssMb),
  ]);
}
rmSync(dir, { recursive: true, force: true });
printTable(
  `Import of a ${IMPORT_ROWS.toLocaleString('en')}-row workbook (upload → validated → committed; target ≤ 10 s, peak RSS ≤ 512 MB) and export of 50,000 rows (target ≤ 10 s)`,
  [
    'database',
    'validate ms',
    'commit ms',
    'import total ms',
    'import peak RSS MB',
    'export rows',
    'export ms',
    'export MB',
    'peak RSS MB (after export)',
  ],
  importRows,
);
