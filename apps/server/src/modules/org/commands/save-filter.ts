import { MAX_SAVED_FILTERS_PER_LIST, type CreateSavedFilterRequest } from '@thirdline/shared/org/saved-filters.schemas';
import { uuidv7 } from 'uuidv7';
import { recordAudit } from '../../../platform/audit/audit';
import { isUniqueViolation } from '../../../platform/errors/db-errors';
import { HttpProblem, unprocessable } from '../../../platform/errors/problem';
import { countSavedFilters, insertSavedFilter, type SavedFilterRow } from '../saved-filters.repository';
import type { OrgCommandContext } from './context';

const DUPLICATE = 'A saved filter with this name exists already.';
const duplicateName = () =>
  new HttpProblem({
    status: 409,
    title: 'Conflict',
    detail: DUPLICATE,
    code: 'duplicate_saved_filter',
    errors: [{ path: 'name', message: DUPLICATE }],
  });

/** Saves the caller's current filters of a list under a name (unique per list). */
export async function saveFilter(
  c: OrgCommandContext,
  userId: string,
  input: CreateSavedFilterRequest,
): Promise<SavedFilterRow> {
  if ((await countSavedFilters(c.db, userId, input.list)) >= MAX_SAVED_FILTERS_PER_LIST) {
    throw unprocessable(`At most ${MAX_SAVED_FILTERS_PER_LIST} saved filters per list.`, 'too_many_saved_filters');
  }
  try {
    return await c.db.transaction(async (tx) => {
      const row = await insertSavedFilter(tx, {
        id: uuidv7(),
        userId,
        list: input.list,
        name: input.name,
        query: input.query,
        createdAt: c.audit.at,
      });
      await recordAudit(tx, c.audit, {
        action: 'saved-filter.create',
        recordType: 'saved-filter',
        recordId: row.id,
        after: row,
      });
      return row;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateName();
    throw error;
  }
}
