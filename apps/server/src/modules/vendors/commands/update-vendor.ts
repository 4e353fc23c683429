import { isUniqueViolation } from '../../../platform/errors/db-errors';
import type { UpdateVendorRequest } from '@thirdline/shared/vendors/vendors.schemas';
import { normaliseVendorName } from '@thirdline/shared/vendors/vendor-name';
import { recordAudit } from '../../../platform/audit/audit';
import { notFound, versionConflict } from '../../../platform/errors/problem';
import {
  findVendorByUscc,
  lockVendor,
  updateVendorRow,
  type NewVendorRow,
  type VendorRow,
} from '../vendors.repository';
import { requirePermission } from '../vendors.policy';
import { type VendorCommandContext } from './context';
import { checkUsccFree, checkVendorFields, duplicateUscc } from './vendor-rules';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Changes the vendor's fields (not its status: that is a transition); a stale `version` changes nothing (409). */
export async function updateVendor(
  c: VendorCommandContext,
  id: string,
  input: UpdateVendorRequest,
): Promise<VendorRow> {
  requirePermission(c.actor, 'vendors:write');
  const { version, ...fields } = input;
  try {
    return await c.db.transaction(async (tx) => {
      const before = await lockVendor(tx, id);
      if (!before) throw notFound('No such vendor.');
      if (before.version !== version) throw versionConflict();
      const changes: Partial<NewVendorRow> = {};
      for (const [key, value] of Object.entries(fields) as [keyof typeof fields, unknown][]) {
        if (value === undefined) continue;
        const next = key === 'outsourcingCategories' ? [...new Set(value as string[])] : value;
        if (!same(next, before[key])) (changes as Record<string, unknown>)[key] = next;
      }
      if (Object.keys(changes).length === 0) return before;
      await checkVendorFields(tx, c.today, changes);
      if (changes.uscc) await checkUsccFree(tx, changes.uscc, id);
      if (changes.name) changes.nameKey = normaliseVendorName(changes.name);
      const after = await updateVendorRow(tx, id, {
        ...changes,
        updatedAt: c.audit.at,
        updatedBy: c.actor.userId,
        version: before.version + 1,
      });
      await recordAudit(tx, c.audit, { action: 'vendor.update', recordType: 'vendor', recordId: id, before, after });
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error) && input.uscc) {
      const existing = await findVendorByUscc(c.db, input.uscc, id);
      if (existing) throw duplicateUscc(existing);
    }
    throw error;
  }
}
