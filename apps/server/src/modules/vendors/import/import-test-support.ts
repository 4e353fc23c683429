import { IMPORT_COLUMNS, templateHeader } from '@thirdline/shared/vendors/vendor-import.schemas';
import type { VendorImportStatus } from '@thirdline/shared/vendors/vendor-import.schemas';
import ExcelJS from 'exceljs';
import { multipartBody } from '../../../test/test-multipart';
import type { TestSession } from '../../../test/test-session';

export type Cell = string | number | Date | null;

/** The template's Chinese headers, or the English ones. */
export const ZH_HEADERS = IMPORT_COLUMNS.map((c) => templateHeader(c));
export const EN_HEADERS = IMPORT_COLUMNS.map((c) => c.en);

/** A row keyed by field, laid out in template column order. */
export function rowOf(values: Partial<Record<(typeof IMPORT_COLUMNS)[number]['key'], Cell>>): Cell[] {
  return IMPORT_COLUMNS.map((c) => values[c.key] ?? null);
}

export async function workbookOf(headers: readonly string[], rows: readonly Cell[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('供应商');
  sheet.addRow([...headers]);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

export async function readWorkbook(content: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  return workbook;
}

export function upload(session: TestSession, content: Buffer | string, fileName = 'vendors.xlsx') {
  const { payload, contentType } = multipartBody([{ name: 'file', filename: fileName, content }]);
  return session.request('POST', '/api/v1/vendors/imports', payload, { 'content-type': contentType });
}

/** Polls the import until its validation finished. */
export async function settled(session: TestSession, id: string, headers: Record<string, string> = {}) {
  for (let i = 0; i < 2000; i++) {
    const res = await session.request('GET', `/api/v1/vendors/imports/${id}`, undefined, headers);
    if (res.statusCode !== 200) throw new Error(`import status: ${res.statusCode} ${res.body}`);
    const status = res.json() as VendorImportStatus;
    if (status.status !== 'validating') return status;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the import did not finish validating');
}

/** Uploads a workbook and waits for its validation. */
export async function importWorkbook(session: TestSession, content: Buffer) {
  const res = await upload(session, content);
  if (res.statusCode !== 202) throw new Error(`upload: ${res.statusCode} ${res.body}`);
  const { id } = res.json() as { id: string };
  return { id, status: await settled(session, id) };
}
