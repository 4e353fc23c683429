import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { businessColumns } from '../../../db/columns';
import { contracts } from '../contracts.table';

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A contract document (R5.7): its body is an encrypted file (files row attached to record type
 * `contract-document`, id = this row's id) whose content only the archive routes serve.
 */
export const contractDocuments = pgTable(
  'contract_documents',
  {
    ...businessColumns(),
    contractId: uuid('contract_id')
      .notNull()
      .references(() => contracts.id),
    fileId: uuid('file_id').notNull(),
    kind: text('kind').notNull(),
    note: text('note'),
  },
  (t) => [
    index('contract_documents_contract_idx').on(t.contractId),
    uniqueIndex('contract_documents_file_idx').on(t.fileId),
  ],
);

/** The director's grant to a user or to a role to open a contract's documents until `expires_at`. */
export const contractAccessGrants = pgTable(
  'contract_access_grants',
  {
    ...businessColumns(),
    contractId: uuid('contract_id')
      .notNull()
      .references(() => contracts.id),
    userId: uuid('user_id'),
    role: text('role'),
    expiresAt: at('expires_at').notNull(),
    reason: text('reason').notNull(),
    revokedAt: at('revoked_at'),
    revokedBy: uuid('revoked_by'),
  },
  (t) => [index('contract_access_grants_contract_idx').on(t.contractId, t.expiresAt)],
);

/** Every successful open of a document's content: the access log the director and auditors read. */
export const contractDocumentOpens = pgTable(
  'contract_document_opens',
  {
    id: uuid('id').primaryKey(),
    contractId: uuid('contract_id')
      .notNull()
      .references(() => contracts.id),
    documentId: uuid('document_id')
      .notNull()
      .references(() => contractDocuments.id),
    userId: uuid('user_id'),
    openedAt: at('opened_at').notNull(),
    via: text('via').notNull(),
    grantId: uuid('grant_id'),
  },
  (t) => [index('contract_document_opens_contract_idx').on(t.contractId, t.openedAt)],
);

/** The signing of a contract (R5.3): signatories of both sides, the signed copy, and a director's override. */
export const contractSignings = pgTable(
  'contract_signings',
  {
    ...businessColumns(),
    contractId: uuid('contract_id')
      .notNull()
      .references(() => contracts.id),
    signatories: jsonb('signatories').$type<{ side: string; name: string; title: string }[]>().notNull(),
    signedCopyDocumentId: uuid('signed_copy_document_id')
      .notNull()
      .references(() => contractDocuments.id),
    overrideReason: text('override_reason'),
    overriddenConditions: jsonb('overridden_conditions')
      .$type<Record<string, unknown>[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
  },
  (t) => [uniqueIndex('contract_signings_contract_idx').on(t.contractId)],
);
