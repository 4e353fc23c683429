import { recordAudit } from '../../../platform/audit/audit';
import { notFound } from '../../../platform/errors/problem';
import { deleteSavedFilterRow } from '../saved-filters.repository';
import type { OrgCommandContext } from './context';

/** Deletes one of the caller's saved filters; anybody else's is a 404. */
export async function deleteSavedFilter(c: OrgCommandContext, userId: string, id: string): Promise<void> {
  await c.db.transaction(async (tx) => {
    const row = await deleteSavedFilterRow(tx, userId, id);
    if (!row) throw notFound('No such saved filter.');
    await recordAudit(tx, c.audit, {
      action: 'saved-filter.delete',
      recordType: 'saved-filter',
      recordId: row.id,
      before: row,
    });
  });
}
