import { IMPORT_COLUMNS, type VendorImportStatus } from '@thirdline/shared/vendors/vendor-import.schemas';
import type { Locale } from '../../../platform/i18n/locale';
import type { VendorImportRow } from './vendor-imports.repository';
import type { StoredRowError } from './vendor-imports.table';

/** A validation silent for this long was cut off with its process (a restart): it is shown as failed. */
const STALLED_MS = 10 * 60 * 1000;

export function columnLabel(field: string, locale: Locale): string {
  const column = IMPORT_COLUMNS.find((c) => c.key === field);
  if (!column) return field;
  return locale === 'en-US' ? column.en : column.zh;
}

export function errorMessage(error: StoredRowError, locale: Locale): string {
  return locale === 'en-US' ? error.en : error.zh;
}

/** The status answer, row errors and column names in the caller's language. */
export function presentImport(row: VendorImportRow, locale: Locale, now: Date): VendorImportStatus {
  const stalled = row.status === 'validating' && now.getTime() - row.updatedAt.getTime() > STALLED_MS;
  const erroneousRows = new Set(row.rowErrors.map((e) => e.row));
  return {
    id: row.id,
    status: stalled ? 'failed' : (row.status as VendorImportStatus['status']),
    progress: { done: row.done, total: row.total },
    rowErrors: row.rowErrors.map((e) => ({
      row: e.row,
      column: columnLabel(e.field, locale),
      field: e.field,
      message: errorMessage(e, locale),
    })),
    summary: {
      fileName: row.fileName,
      rows: row.total,
      rowsWithErrors: erroneousRows.size,
      created: row.created,
      contacts: row.contacts,
      firstReference: row.firstReference,
      lastReference: row.lastReference,
      failure: stalled ? 'The validation was interrupted; upload the workbook again.' : row.failure,
    },
    createdAt: row.createdAt.toISOString(),
    committedAt: row.committedAt?.toISOString() ?? null,
  };
}
