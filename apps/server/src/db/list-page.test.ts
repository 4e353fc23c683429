import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test/test-database';
import { pageWindow, parseSort, selectPage, sortTerms } from './list-page';
import { referenceCounters as t } from './references.table';

describe('list paging', () => {
  let d: TestDatabase;
  beforeAll(async () => {
    d = await createTestDatabase();
    // Years 2020..2026 for prefix A, with `last` repeating (2 rows per value) so the tie-breaker matters.
    await d.db.insert(t).values(Array.from({ length: 7 }, (_, i) => ({ prefix: 'A', year: 2020 + i, last: i % 3 })));
    await d.db.insert(t).values({ prefix: 'B', year: 2020, last: 9 });
  });
  afterAll(async () => d.dispose());

  const columns = { year: t.year, last: t.last };
  const page = (sort: string | undefined, tie: 'same' | 'asc' | 'desc', p: number, pageSize: number) =>
    selectPage(
      d.db,
      d.db
        .select({ year: t.year, last: t.last })
        .from(t)
        .where(eq(t.prefix, 'A'))
        .orderBy(...sortTerms(sort, columns, { fallback: '-year', tieBreaker: t.year, tie }))
        .$dynamic(),
      { table: t, where: eq(t.prefix, 'A') },
      pageWindow({ page: p, pageSize }),
    );

  it('parses `field` as ascending and `-field` as descending, with a fallback', () => {
    expect(parseSort('-createdAt', 'name')).toEqual({ field: 'createdAt', descending: true });
    expect(parseSort('name', '-createdAt')).toEqual({ field: 'name', descending: false });
    expect(parseSort(undefined, '-createdAt')).toEqual({ field: 'createdAt', descending: true });
    expect(pageWindow({ page: 3, pageSize: 20 })).toEqual({ limit: 20, offset: 40 });
  });

  it('sorts by the fallback when there is no sort, and counts only the filtered rows', async () => {
    const first = await page(undefined, 'same', 1, 3);
    expect(first.total).toBe(7);
    expect(first.rows.map((r) => r.year)).toEqual([2026, 2025, 2024]);
    const last = await page(undefined, 'same', 3, 3);
    expect(last.rows.map((r) => r.year)).toEqual([2020]);
    expect((await page(undefined, 'same', 4, 3)).rows).toEqual([]);
  });

  it('breaks ties on the tie-breaker, in the sort direction or a fixed one', async () => {
    const years = async (sort: string, tie: 'same' | 'asc' | 'desc') =>
      (await page(sort, tie, 1, 200)).rows.map((r) => `${r.last}:${r.year}`);
    expect(await years('last', 'same')).toEqual(['0:2020', '0:2023', '0:2026', '1:2021', '1:2024', '2:2022', '2:2025']);
    expect(await years('-last', 'same')).toEqual([
      '2:2025',
      '2:2022',
      '1:2024',
      '1:2021',
      '0:2026',
      '0:2023',
      '0:2020',
    ]);
    expect(await years('-last', 'asc')).toEqual(['2:2022', '2:2025', '1:2021', '1:2024', '0:2020', '0:2023', '0:2026']);
    expect(await years('last', 'desc')).toEqual(['0:2026', '0:2023', '0:2020', '1:2024', '1:2021', '2:2025', '2:2022']);
  });

  it('falls back to the fallback column for a field that is not sortable', async () => {
    const rows = (await page('prefix', 'same', 1, 2)).rows.map((r) => r.year);
    expect(rows).toEqual([2020, 2021]);
  });
});
