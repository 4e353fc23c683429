import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';

export type XlsxValue = string | number | boolean | Date | null | undefined;

export interface XlsxColumn<R> {
  header: string;
  value: (row: R) => XlsxValue;
  /** Column width in characters; defaults to one fitting the header. */
  width?: number;
}

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** First characters that make a spreadsheet treat a text cell as a formula or command (CSV/formula injection). */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/** Text a spreadsheet would run as a formula gets a leading single quote, so it shows as the text it is. */
export function neutraliseCell(value: XlsxValue): XlsxValue {
  if (typeof value !== 'string' || value.length === 0) return value;
  return FORMULA_TRIGGERS.has(value[0] as string) ? `'${value}` : value;
}

/** One worksheet with a bold, frozen header row and one row per record. Text is never written as a formula. */
export async function createXlsx<R>(
  columns: readonly XlsxColumn<R>[],
  rows: readonly R[],
  options: { sheetName?: string } = {},
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Thirdline';
  const sheet = workbook.addWorksheet(options.sheetName ?? 'Sheet1', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width ?? Math.max(12, c.header.length * 2 + 2) }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(columns.map((c) => neutraliseCell(c.value(row)) ?? null));
  }
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

/**
 * The same workbook as `createXlsx`, written as a stream while the rows arrive batch by batch, so an export of
 * many rows never holds them all (nor the whole file) in memory. A failure part-way ends the stream with the error.
 */
export function streamXlsx<R>(
  columns: readonly XlsxColumn<R>[],
  batches: AsyncIterable<readonly R[]>,
  options: { sheetName?: string } = {},
): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Thirdline';
  const sheet = workbook.addWorksheet(options.sheetName ?? 'Sheet1', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width ?? Math.max(12, c.header.length * 2 + 2) }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  void (async () => {
    for await (const batch of batches) {
      for (const row of batch) sheet.addRow(columns.map((c) => neutraliseCell(c.value(row)) ?? null)).commit();
    }
    sheet.commit();
    await workbook.commit();
  })().catch((err: unknown) => out.destroy(err instanceof Error ? err : new Error(String(err))));
  return out;
}

/** Sends an xlsx download with a UTF-8 file name. */
export function sendXlsx(reply: FastifyReply, fileName: string, body: Buffer | Readable) {
  const ascii = fileName.replace(/[^A-Za-z0-9._-]/g, '_');
  return reply
    .header('content-type', XLSX_CONTENT_TYPE)
    .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .send(body);
}
