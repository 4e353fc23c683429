import { boolean, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The administrator-configurable vendor enumerations (R3.2 vendor type and tier, R3.3 qualification type). Vendors
 * and qualifications store the code; a value in use is deactivated rather than removed.
 */
export const vendorLists = pgTable('vendor_lists', {
  /** `type`, `tier` or `qualification-type`. */
  list: text('list').primaryKey(),
  /** Raised by every edit of the list; a stale version in an edit is a 409. */
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  updatedBy: uuid('updated_by'),
});

export const vendorListValues = pgTable(
  'vendor_list_values',
  {
    list: text('list')
      .notNull()
      .references(() => vendorLists.list),
    code: text('code').notNull(),
    labelZh: text('label_zh').notNull(),
    labelEn: text('label_en').notNull(),
    active: boolean('active').notNull().default(true),
    sortOrder: integer('sort_order').notNull(),
    /** A default value: renamed and deactivated, never removed. */
    builtin: boolean('builtin').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.list, t.code] })],
);
