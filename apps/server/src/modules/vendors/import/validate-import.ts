import { IMPORT_COLUMNS } from '@thirdline/shared/vendors/vendor-import.schemas';
import { normaliseVendorName } from '@thirdline/shared/vendors/vendor-name';
import type { Db, Executor } from '../../../db/client';
import { say } from './import-values';
import { activeLabels } from '../lists/vendor-lists.repository';
import { importLists, validateImportRow, type ImportedVendor, type RowKeys } from './row-validation';
import { existingVendors, findImport, updateImport } from './vendor-imports.repository';
import type { StoredRowError } from './vendor-imports.table';

/** Rows checked between two progress updates. */
const CHUNK = 500;

export interface ParsedRow extends ImportedVendor {
  row: number;
}

const COLUMN_ORDER = new Map<string, number>(IMPORT_COLUMNS.map((c, i) => [c.key, i]));

export function sortRowErrors(errors: StoredRowError[]): StoredRowError[] {
  return errors.sort((a, b) => a.row - b.row || (COLUMN_ORDER.get(a.field) ?? 99) - (COLUMN_ORDER.get(b.field) ?? 99));
}

export interface KeyedRow extends RowKeys {
  row: number;
}

/** The keys of a parsed row, for the commit's second look. */
export const keysOfParsed = (r: ParsedRow): KeyedRow => ({ row: r.row, uscc: r.vendor.uscc, name: r.vendor.name });

/** Rows whose USCC or normalised name another row of the file, or a registered vendor, already has. */
export async function duplicateErrors(
  db: Executor,
  rows: readonly KeyedRow[],
  inFile: { uscc: Map<string, number>; nameKey: Map<string, number> },
): Promise<StoredRowError[]> {
  const errors: StoredRowError[] = [];
  const keysOf = (r: KeyedRow) => ({
    ...(r.uscc ? { uscc: r.uscc } : {}),
    ...(r.name ? { nameKey: normaliseVendorName(r.name) } : {}),
  });
  for (const r of rows) {
    for (const [by, key] of Object.entries(keysOf(r)) as ['uscc' | 'nameKey', string][]) {
      const first = inFile[by].get(key);
      if (first === undefined) inFile[by].set(key, r.row);
      else {
        errors.push({
          row: r.row,
          field: by === 'uscc' ? 'uscc' : 'name',
          ...say(`与第 ${first} 行重复`, `Duplicates row ${first} of this file.`),
        });
      }
    }
  }
  for (const by of ['uscc', 'nameKey'] as const) {
    const rowsByKey = new Map<string, number[]>();
    for (const r of rows) {
      const key = keysOf(r)[by];
      if (key) rowsByKey.set(key, [...(rowsByKey.get(key) ?? []), r.row]);
    }
    for (const found of await existingVendors(db, by, [...rowsByKey.keys()])) {
      for (const row of rowsByKey.get(found.key) ?? []) {
        errors.push({
          row,
          field: by === 'uscc' ? 'uscc' : 'name',
          ...say(
            `已存在供应商 ${found.reference} ${found.name}`,
            `Vendor ${found.reference} ${found.name} is already registered.`,
          ),
        });
      }
    }
  }
  return errors;
}

/**
 * Checks every row of an uploaded import, recording progress after each chunk, and leaves the import `ready`
 * with its row errors (and, when there are none, the vendor inputs the commit will create).
 */
export async function validateImport(db: Db, importId: string, today: string, now: () => Date): Promise<void> {
  const imported = await findImport(db, importId);
  if (!imported || imported.status !== 'validating') return;
  const fields = imported.headers.map((h) => h.field);
  const lists = importLists(await activeLabels(db, 'type'), await activeLabels(db, 'tier'));
  const errors: StoredRowError[] = [];
  const parsed: ParsedRow[] = [];
  const inFile = { uscc: new Map<string, number>(), nameKey: new Map<string, number>() };
  for (let start = 0; start < imported.rows.length; start += CHUNK) {
    const keyed: KeyedRow[] = [];
    for (const row of imported.rows.slice(start, start + CHUNK)) {
      const { value, problems, keys } = validateImportRow(fields, row, today, lists);
      for (const p of problems) errors.push({ row: row.row, ...p });
      if (value) parsed.push({ row: row.row, ...value });
      keyed.push({ row: row.row, ...keys });
    }
    errors.push(...(await duplicateErrors(db, keyed, inFile)));
    const done = Math.min(start + CHUNK, imported.rows.length);
    if (done < imported.rows.length) await updateImport(db, importId, { done, updatedAt: now() });
  }
  await updateImport(db, importId, {
    status: 'ready',
    done: imported.rows.length,
    rowErrors: sortRowErrors(errors),
    parsed: errors.length === 0 ? parsed : null,
    updatedAt: now(),
  });
}
