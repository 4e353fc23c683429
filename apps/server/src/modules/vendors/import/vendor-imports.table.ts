import { index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { businessColumns } from '../../../db/columns';

/** One cell as read from the workbook: text, a number, or an Excel date as `YYYY-MM-DD`. */
export type ImportCell = string | number | null;

/** A row of the uploaded sheet, with its Excel row number. */
export interface ImportSheetRow {
  row: number;
  cells: ImportCell[];
}

/** A problem with one cell, in both languages (the reader's language is chosen when it is shown). */
export interface StoredRowError {
  row: number;
  field: string;
  zh: string;
  en: string;
}

/**
 * A vendor workbook import (R3): the uploaded sheet, the validation progress and its row errors, then the commit.
 * Status lives here so any instance can answer the status request.
 */
export const vendorImports = pgTable(
  'vendor_imports',
  {
    ...businessColumns(),
    status: text('status').notNull(),
    fileName: text('file_name').notNull(),
    /** The header row as uploaded, and the field each column maps to (null: ignored column). */
    headers: jsonb('headers').$type<{ text: string; field: string | null }[]>().notNull(),
    rows: jsonb('rows').$type<ImportSheetRow[]>().notNull(),
    /** The validated create-vendor inputs, one per row, once validation finished. */
    parsed: jsonb('parsed').$type<unknown[] | null>(),
    rowErrors: jsonb('row_errors').$type<StoredRowError[]>().notNull(),
    total: integer('total').notNull(),
    done: integer('done').notNull().default(0),
    created: integer('created').notNull().default(0),
    contacts: integer('contacts').notNull().default(0),
    firstReference: text('first_reference'),
    lastReference: text('last_reference'),
    failure: text('failure'),
    committedAt: timestamp('committed_at', { withTimezone: true }),
  },
  (t) => [index('vendor_imports_created_by_idx').on(t.createdBy, t.createdAt)],
);
