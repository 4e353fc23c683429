import { bigint, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Metadata of an encrypted file body on disk. Read access follows the record it is attached to. */
export const files = pgTable(
  'files',
  {
    id: uuid('id').primaryKey(),
    originalName: text('original_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    iv: text('iv').notNull(),
    authTag: text('auth_tag').notNull(),
    recordType: text('record_type'),
    recordId: text('record_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by'),
  },
  (t) => [index('files_record_idx').on(t.recordType, t.recordId)],
);
