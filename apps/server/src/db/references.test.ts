import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test/test-database';
import { nextReference } from './references';

describe('nextReference', () => {
  let d: TestDatabase;
  beforeAll(async () => {
    d = await createTestDatabase();
  });
  afterAll(async () => d.dispose());

  it('numbers per prefix and year, starting at 0001', async () => {
    expect(await d.db.transaction((tx) => nextReference(tx, 'CT', 2026))).toBe('CT-2026-0001');
    expect(await d.db.transaction((tx) => nextReference(tx, 'CT', 2026))).toBe('CT-2026-0002');
    expect(await d.db.transaction((tx) => nextReference(tx, 'CT', 2027))).toBe('CT-2027-0001');
    expect(await d.db.transaction((tx) => nextReference(tx, 'P', 2026))).toBe('P-2026-0001');
  });

  it('is unique and gap-free under 50 concurrent transactions', async () => {
    const refs = await Promise.all(
      Array.from({ length: 50 }, () => d.db.transaction((tx) => nextReference(tx, 'V', 2026))),
    );
    const expected = Array.from({ length: 50 }, (_, i) => `V-2026-${String(i + 1).padStart(4, '0')}`);
    expect([...refs].sort()).toEqual(expected);
  });

  it('gives the number back when the transaction rolls back', async () => {
    await expect(
      d.db.transaction(async (tx) => {
        expect(await nextReference(tx, 'V', 2026)).toBe('V-2026-0051');
        throw new Error('creation failed');
      }),
    ).rejects.toThrow('creation failed');
    expect(await d.db.transaction((tx) => nextReference(tx, 'V', 2026))).toBe('V-2026-0051');
  });

  it('refuses a malformed prefix or year', async () => {
    await expect(nextReference(d.db, 'v; drop', 2026)).rejects.toThrow('invalid reference prefix');
    await expect(nextReference(d.db, 'V', 26)).rejects.toThrow('invalid reference year');
  });
});
