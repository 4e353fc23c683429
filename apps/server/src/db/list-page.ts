import { asc, count, desc, type AnyColumn, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { PgSelect, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from './client';

/** Rows to skip and take: a page of a list (`?page=&pageSize=`) or an export batch. */
export interface RowWindow {
  limit: number;
  offset: number;
}

/** The window of `?page=1&pageSize=20` (pages count from 1). */
export function pageWindow(query: { page: number; pageSize: number }): RowWindow {
  return { limit: query.pageSize, offset: (query.page - 1) * query.pageSize };
}

/** `field` (ascending) or `-field` (descending); `fallback` when there is no sort. */
export function parseSort(sort: string | undefined, fallback: string): { field: string; descending: boolean } {
  const value = sort ?? fallback;
  return { field: value.replace(/^-/, ''), descending: value.startsWith('-') };
}

export interface SortSpec<K extends string> {
  /** The sort when the query has none: `field` or `-field`. */
  fallback: K | `-${K}`;
  /** Makes the order total (rows equal on the sort column keep one order across pages), usually the id. */
  tieBreaker: AnyColumn;
  /** Direction of the tie-breaker: `same` as the sort column (default) or a fixed one. */
  tie?: 'same' | 'asc' | 'desc';
}

/**
 * ORDER BY terms of `sort` (`field` ascending, `-field` descending) over the allowed sort columns. A field that is
 * not among them falls back to the fallback's column (the query schema normally rejects it before).
 */
export function sortTerms<K extends string>(
  sort: string | undefined,
  columns: Readonly<Record<K, AnyColumn | SQLWrapper>>,
  spec: SortSpec<NoInfer<K>>,
): SQL[] {
  const { field, descending } = parseSort(sort, spec.fallback);
  const column = Object.hasOwn(columns, field) ? columns[field as K] : columns[parseSort(spec.fallback, '').field as K];
  const direction = descending ? desc : asc;
  const tie = spec.tie === 'asc' ? asc : spec.tie === 'desc' ? desc : direction;
  return [direction(column), tie(spec.tieBreaker)];
}

/** Number of rows of `table` matching `where`. */
export async function countWhere(db: Executor, table: PgTable, where: SQL | undefined): Promise<number> {
  const [row] = await db.select({ n: count() }).from(table).where(where);
  return row?.n ?? 0;
}

/**
 * One page of a list: the window of `rows` (a `.$dynamic()` select with its filters and order) and, in parallel,
 * the count of `table` rows matching `where` (the same filters).
 */
export async function selectPage<Q extends PgSelect>(
  db: Executor,
  rows: Q,
  count: { table: PgTable; where: SQL | undefined },
  window: RowWindow,
): Promise<{ rows: Awaited<Q>; total: number }> {
  const [items, total] = await Promise.all([
    rows.limit(window.limit).offset(window.offset) as unknown as Promise<Awaited<Q>>,
    countWhere(db, count.table, count.where),
  ]);
  return { rows: items, total };
}
