import { integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/** One counter per reference prefix and year: `V-2026-0001`, `CT-2026-0042`. Never reused. */
export const referenceCounters = pgTable(
  'reference_counters',
  {
    prefix: text('prefix').notNull(),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.prefix, t.year] })],
);
