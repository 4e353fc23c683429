import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { AuditEventRow } from './audit-query';
import { neutraliseCell } from '../http/xlsx';
import { canonicalJson } from './canonical';

const COLUMNS = [
  { header: 'Seq', key: 'seq', width: 8 },
  { header: 'Occurred at (UTC)', key: 'occurredAt', width: 26 },
  { header: 'Actor', key: 'actorName', width: 18 },
  { header: 'Actor id', key: 'actorId', width: 38 },
  { header: 'Action', key: 'action', width: 24 },
  { header: 'Record type', key: 'recordType', width: 16 },
  { header: 'Record id', key: 'recordId', width: 38 },
  { header: 'Changes', key: 'changes', width: 80 },
  { header: 'Request id', key: 'requestId', width: 38 },
  { header: 'IP', key: 'ip', width: 16 },
];

/** Streams the events into an xlsx workbook written to `out` (rows are committed as they come). */
export async function writeAuditWorkbook(
  rows: AsyncIterable<AuditEventRow>,
  out: Writable,
  options: { includeIp: boolean },
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet('Audit events');
  sheet.columns = COLUMNS;
  for await (const row of rows) {
    sheet
      .addRow({
        seq: row.seq,
        occurredAt: row.occurredAt.toISOString(),
        actorName: text(row.actorName),
        actorId: text(row.actorId),
        action: text(row.action),
        recordType: text(row.recordType),
        recordId: text(row.recordId),
        changes: text(canonicalJson(row.changes)),
        requestId: text(row.requestId),
        ip: options.includeIp ? text(row.ip) : '',
      })
      .commit();
  }
  sheet.commit();
  await workbook.commit();
}

function text(value: string | null): string {
  return value === null ? '' : String(neutraliseCell(value));
}
