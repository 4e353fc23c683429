import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { departments } from '../modules/org/org.table';
import { createTestDatabase, type TestDatabase } from '../test/test-database';
import { isUuid, recordRows } from './record-rows';

describe('recordRows', () => {
  let d: TestDatabase;
  const rows = recordRows(departments, 'department');
  const at = new Date('2026-03-02T02:00:00Z');
  beforeAll(async () => {
    d = await createTestDatabase();
  });
  afterAll(async () => d.dispose());

  it('inserts, finds, locks and updates one row by id', async () => {
    const id = uuidv7();
    const values = { id, name: '信息科技部', createdAt: at, updatedAt: at };
    const inserted = await d.db.transaction((tx) => rows.insert(tx, values));
    expect(inserted).toMatchObject({ id, name: '信息科技部', version: 1, active: true, parentId: null });
    expect(await rows.find(d.db, id)).toEqual(inserted);

    const updated = await d.db.transaction(async (tx) => {
      const locked = await rows.lock(tx, id);
      expect(locked?.version).toBe(1);
      return rows.update(tx, id, { name: '科技部', version: 2 });
    });
    expect(updated).toMatchObject({ id, name: '科技部', version: 2 });
    expect((await rows.find(d.db, id))?.name).toBe('科技部');
  });

  it('finds nothing for an unknown id or one that is not a UUID (no database error)', async () => {
    expect(await rows.find(d.db, uuidv7())).toBeUndefined();
    expect(await rows.find(d.db, 'not-a-uuid')).toBeUndefined();
    expect(await d.db.transaction((tx) => rows.lock(tx, "1' or '1'='1"))).toBeUndefined();
    expect(isUuid('0190d6a2-7c4e-7b3a-9f00-123456789abc')).toBe(true);
    expect(isUuid('0190d6a2-7c4e-7b3a-9f00-123456789abcd')).toBe(false);
  });

  it('refuses to update a row that does not exist, naming the record type', async () => {
    await expect(d.db.transaction((tx) => rows.update(tx, uuidv7(), { name: 'x' }))).rejects.toThrow(
      'department update returned nothing',
    );
  });
});
