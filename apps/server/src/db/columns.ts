import { integer, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Columns every business table carries (DESIGN.md, data conventions). */
export function businessColumns() {
  return {
    id: uuid('id').primaryKey(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    updatedBy: uuid('updated_by'),
    version: integer('version').notNull().default(1),
  };
}
