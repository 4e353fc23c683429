import { IMPORT_COLUMNS, templateHeader } from '@thirdline/shared/vendors/vendor-import.schemas';
import ExcelJS from 'exceljs';
import { badRequest } from '../../../platform/errors/problem';
import { halfWidth } from './import-values';
import type { ImportCell, ImportSheetRow } from './vendor-imports.table';

/** Most data rows one import takes. */
export const MAX_IMPORT_ROWS = 20_000;

export interface ImportSheet {
  headers: { text: string; field: string | null }[];
  rows: ImportSheetRow[];
}

const headerKey = (text: string) =>
  halfWidth(text)
    .toLowerCase()
    .replace(/[\s*_\-/]+/g, '');

/** Header texts (Chinese, English, the API field name, with or without `*` and the unit) → field. */
const FIELD_BY_HEADER = new Map<string, string>();
for (const column of IMPORT_COLUMNS) {
  for (const text of [
    column.zh,
    column.en,
    column.key,
    column.zh.replace(/\(.*\)$/, ''),
    column.en.replace(/\(.*\)$/, ''),
  ]) {
    FIELD_BY_HEADER.set(headerKey(text), column.key);
  }
}

const invalidFile = (detail: string, code: string) => badRequest(detail, [{ path: 'file', message: detail }], code);

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A cell's value as the importer sees it: text, a number, or an Excel date as `YYYY-MM-DD`. */
export function cellValue(value: ExcelJS.CellValue): ImportCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : isoDay(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return cellValue((result ?? null) as ExcelJS.CellValue);
  }
  if ('hyperlink' in value) return cellValue(value.text as ExcelJS.CellValue);
  if ('error' in value) return String(value.error);
  return null;
}

/**
 * Reads the first worksheet of an uploaded workbook: the header row (Chinese or English column names) and every
 * non-empty row below it. A file that is not an xlsx, cannot be read, lacks a required column or has too many rows
 * is a 400 — nothing is stored for it.
 */
export async function readImportWorkbook(content: Buffer): Promise<ImportSheet> {
  if (content.length < 4 || content.readUInt32LE(0) !== 0x04034b50) {
    throw invalidFile('The file is not an xlsx workbook.', 'not_xlsx');
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw invalidFile('The workbook cannot be read; it may be damaged.', 'corrupt_workbook');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw invalidFile('The workbook has no worksheet.', 'corrupt_workbook');
  if (sheet.rowCount > MAX_IMPORT_ROWS + 1) {
    throw invalidFile(`One import takes at most ${MAX_IMPORT_ROWS} rows.`, 'too_many_rows');
  }

  const headerRow = sheet.getRow(1);
  const headers: ImportSheet['headers'] = [];
  for (let c = 1; c <= headerRow.cellCount; c++) {
    const text = String(cellValue(headerRow.getCell(c).value) ?? '').trim();
    headers.push({ text, field: text ? (FIELD_BY_HEADER.get(headerKey(text)) ?? null) : null });
  }
  const seen = new Set(headers.map((h) => h.field).filter(Boolean));
  const missing = IMPORT_COLUMNS.filter((c) => 'required' in c && c.required && !seen.has(c.key));
  if (missing.length > 0) {
    const names = missing.map((c) => templateHeader(c)).join(', ');
    throw badRequest(
      `The header row lacks required columns: ${names}.`,
      missing.map((c) => ({ path: c.key, message: `missing column ${templateHeader(c)}` })),
      'import_columns_missing',
    );
  }

  const rows: ImportSheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells = headers.map((_, i) => cellValue(row.getCell(i + 1).value));
    if (cells.every((cell) => cell === null || String(cell).trim() === '')) return;
    rows.push({ row: rowNumber, cells });
  });
  if (rows.length === 0) throw invalidFile('The workbook has no data rows.', 'import_empty');
  return { headers, rows };
}
