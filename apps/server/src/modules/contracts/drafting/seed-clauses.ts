import { uuidv7 } from 'uuidv7';
import type { Executor } from '../../../db/client';
import type { Clock } from '../../../platform/calendar/clock';
import { SEED_CLAUSES } from './clause-seed-data';
import { insertMissingClauses } from './clauses.repository';

/**
 * Inserts the seeded clauses whose code is not in the library yet (idempotent, at every start). Never overwrites an
 * administrator's texts, rules or deactivations.
 */
export async function seedClauseLibrary(db: Executor, clock: Clock): Promise<void> {
  const at = clock.now();
  await insertMissingClauses(
    db,
    SEED_CLAUSES.map((c, i) => ({
      id: uuidv7(),
      ...c,
      active: true,
      sortOrder: (i + 1) * 10,
      createdAt: at,
      updatedAt: at,
    })),
  );
}
