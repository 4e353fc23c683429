import { createXlsx, type XlsxColumn } from '../../../platform/http/xlsx';
import type { Locale } from '../../../platform/i18n/locale';
import { columnLabel, errorMessage } from './import-presenter';
import type { VendorImportRow } from './vendor-imports.repository';
import type { ImportSheetRow } from './vendor-imports.table';

/**
 * The uploaded sheet again, every row in its original place (so row numbers match), with an error column saying
 * what to fix. Fixed and uploaded again, it imports as is: the error column is ignored.
 */
export async function errorsWorkbook(row: VendorImportRow, locale: Locale): Promise<Buffer> {
  const byRow = new Map<number, string[]>();
  for (const e of row.rowErrors) {
    byRow.set(e.row, [...(byRow.get(e.row) ?? []), `${columnLabel(e.field, locale)}: ${errorMessage(e, locale)}`]);
  }
  const columns: XlsxColumn<ImportSheetRow>[] = row.headers.map((h, i) => ({
    header: h.text,
    value: (r) => r.cells[i] ?? null,
    width: Math.max(12, h.text.length * 2 + 2),
  }));
  columns.push({
    header: locale === 'en-US' ? 'Errors' : '错误',
    value: (r) => byRow.get(r.row)?.join(locale === 'en-US' ? '; ' : '；') ?? null,
    width: 60,
  });
  // Row numbers must match the original: rows that were empty there stay empty here.
  const rows: ImportSheetRow[] = [];
  let next = 2;
  for (const r of row.rows) {
    for (; next < r.row; next++) rows.push({ row: next, cells: [] });
    rows.push(r);
    next = r.row + 1;
  }
  return createXlsx(columns, rows, { sheetName: locale === 'en-US' ? 'Vendors' : '供应商' });
}
