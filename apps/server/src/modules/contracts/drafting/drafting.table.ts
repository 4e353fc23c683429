import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { businessColumns } from '../../../db/columns';
import { contracts } from '../contracts.table';

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * The clause library (R5.1 and the regulators' outsourcing items), zh-CN and en-US, edited by holders of
 * clauses:manage. A clause is mandatory on a contract of one of `mandatory_types`, or when the contract is material
 * outsourcing / supports a critical function and the matching flag is set. Clauses are deactivated, never removed.
 */
export const contractClauses = pgTable(
  'contract_clauses',
  {
    ...businessColumns(),
    code: text('code').notNull(),
    category: text('category').notNull(),
    titleZh: text('title_zh').notNull(),
    titleEn: text('title_en').notNull(),
    textZh: text('text_zh').notNull().default(''),
    textEn: text('text_en').notNull().default(''),
    active: boolean('active').notNull().default(true),
    sortOrder: integer('sort_order').notNull().default(0),
    mandatoryTypes: text('mandatory_types').array().notNull().default([]),
    mandatoryIfMaterial: boolean('mandatory_if_material').notNull().default(false),
    mandatoryIfCritical: boolean('mandatory_if_critical').notNull().default(false),
  },
  (t) => [uniqueIndex('contract_clauses_code_idx').on(t.code)],
);

/** The checklist header of one contract: its version guards concurrent edits of the items. */
export const contractChecklists = pgTable('contract_checklists', {
  contractId: uuid('contract_id')
    .primaryKey()
    .references(() => contracts.id, { onDelete: 'cascade' }),
  version: integer('version').notNull().default(1),
  createdAt: at('created_at').notNull(),
  updatedAt: at('updated_at').notNull(),
  updatedBy: uuid('updated_by'),
});

/** One library clause on one contract: present (with where it is in the text), absent or not applicable. */
export const contractChecklistItems = pgTable(
  'contract_checklist_items',
  {
    contractId: uuid('contract_id')
      .notNull()
      .references(() => contracts.id, { onDelete: 'cascade' }),
    clauseId: uuid('clause_id')
      .notNull()
      .references(() => contractClauses.id),
    status: text('status').notNull().default('absent'),
    reference: text('reference'),
    note: text('note'),
  },
  (t) => [primaryKey({ columns: [t.contractId, t.clauseId] })],
);

/** A standard contract text (R5.8); its versions are kept in contract_template_versions. */
export const contractTemplates = pgTable('contract_templates', {
  ...businessColumns(),
  name: text('name').notNull(),
  type: text('type').notNull(),
  description: text('description'),
  active: boolean('active').notNull().default(true),
});

export const contractTemplateVersions = pgTable(
  'contract_template_versions',
  {
    templateId: uuid('template_id')
      .notNull()
      .references(() => contractTemplates.id),
    version: integer('version').notNull(),
    name: text('name').notNull(),
    body: text('body').notNull(),
    fileId: uuid('file_id'),
    changeNote: text('change_note'),
    createdAt: at('created_at').notNull(),
    createdBy: uuid('created_by'),
  },
  (t) => [primaryKey({ columns: [t.templateId, t.version] })],
);

/** A numbered review round of a contract (R5.2); every round is kept. */
export const contractReviewRounds = pgTable(
  'contract_review_rounds',
  {
    id: uuid('id').primaryKey(),
    contractId: uuid('contract_id')
      .notNull()
      .references(() => contracts.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    status: text('status').notNull().default('open'),
    comment: text('comment'),
    submittedAt: at('submitted_at').notNull(),
    submittedBy: uuid('submitted_by'),
    closedAt: at('closed_at'),
    approvalId: uuid('approval_id'),
  },
  (t) => [uniqueIndex('contract_review_rounds_number_idx').on(t.contractId, t.number)],
);

/** One reviewer's assignment in a round and, once given, their opinion. */
export const contractReviews = pgTable(
  'contract_reviews',
  {
    id: uuid('id').primaryKey(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => contractReviewRounds.id, { onDelete: 'cascade' }),
    contractId: uuid('contract_id').notNull(),
    kind: text('kind').notNull(),
    reviewerId: uuid('reviewer_id').notNull(),
    opinion: text('opinion'),
    comments: text('comments'),
    fileIds: uuid('file_ids').array().notNull().default([]),
    decidedAt: at('decided_at'),
  },
  (t) => [
    uniqueIndex('contract_reviews_round_kind_idx').on(t.roundId, t.kind),
    index('contract_reviews_reviewer_idx').on(t.reviewerId),
    index('contract_reviews_contract_idx').on(t.contractId),
  ],
);
