import { sql } from 'drizzle-orm';
import { check, date, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Exceptions to the Monday–Friday week: public holidays (`holiday`, any day) and adjusted working days
 * (`workday`, 调休: a Saturday or Sunday worked in exchange for a holiday). Every other day follows the weekday.
 */
export const holidays = pgTable(
  'holidays',
  {
    date: date('date', { mode: 'string' }).primaryKey(),
    kind: text('kind', { enum: ['holiday', 'workday'] }).notNull(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    updatedBy: uuid('updated_by'),
  },
  (t) => [check('holidays_kind_check', sql`${t.kind} in ('holiday', 'workday')`)],
);

/**
 * One row per calendar year that has been filled, by the built-in schedule (`seed`) or by an administrator
 * (`admin`). The seed fills only years that have no row here, so it never undoes an administrator's edit
 * (not even a deletion). `version` guards concurrent replacements of a year.
 */
export const holidayYears = pgTable('holiday_years', {
  year: integer('year').primaryKey(),
  source: text('source', { enum: ['seed', 'admin'] }).notNull(),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  updatedBy: uuid('updated_by'),
});
