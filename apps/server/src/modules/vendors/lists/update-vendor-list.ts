import type { UpdateVendorListRequest, VendorListName } from '@thirdline/shared/vendors/vendor-lists.schemas';
import { recordAudit } from '../../../platform/audit/audit';
import { badRequest, conflict, notFound, versionConflict, type FieldError } from '../../../platform/errors/problem';
import type { VendorCommandContext } from '../commands/context';
import { requirePermission } from '../vendors.policy';
import { listUsage, listValues, lockList, replaceListValues } from './vendor-lists.repository';

/**
 * Replaces a list with the given ordered values: labels, order and active flags change, new codes are added, and
 * values left out are removed — except builtin values and values a record still holds (deactivate those instead).
 */
export async function updateVendorList(
  c: VendorCommandContext,
  list: VendorListName,
  input: UpdateVendorListRequest,
): Promise<void> {
  requirePermission(c.actor, 'settings:write');
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  input.values.forEach((v, i) => {
    if (seen.has(v.code)) errors.push({ path: `values.${i}.code`, message: 'This code appears more than once.' });
    seen.add(v.code);
  });
  if (errors.length > 0) throw badRequest('Some fields are not valid.', errors, 'validation_failed');

  await c.db.transaction(async (tx) => {
    const locked = await lockList(tx, list);
    if (!locked) throw notFound('No such list.');
    if (input.version !== undefined && input.version !== locked.version) throw versionConflict();
    const before = await listValues(tx, list);
    const removed = before.filter((v) => !seen.has(v.code));
    const builtin = removed.filter((v) => v.builtin);
    if (builtin.length > 0) {
      throw conflict(
        `Default values cannot be removed, only deactivated: ${builtin.map((v) => v.code).join(', ')}.`,
        'builtin_value',
        { codes: builtin.map((v) => v.code) },
      );
    }
    const usage = await listUsage(tx, list);
    const used = removed.filter((v) => (usage.get(v.code) ?? 0) > 0);
    if (used.length > 0) {
      const counts = used.map((v) => `${v.code} (${usage.get(v.code)})`).join(', ');
      throw conflict(`Values still in use cannot be removed, only deactivated: ${counts}.`, 'value_in_use', {
        usage: Object.fromEntries(used.map((v) => [v.code, usage.get(v.code) ?? 0])),
      });
    }
    const builtinCodes = new Set(before.filter((v) => v.builtin).map((v) => v.code));
    const after = input.values.map((v, i) => ({
      list,
      code: v.code,
      labelZh: v.labelZh,
      labelEn: v.labelEn,
      active: v.active,
      sortOrder: i + 1,
      builtin: builtinCodes.has(v.code),
    }));
    const version = locked.version + 1;
    await replaceListValues(tx, list, after, { version, updatedAt: c.audit.at, updatedBy: c.actor.userId });
    await recordAudit(tx, c.audit, {
      action: 'vendor-list.update',
      recordType: 'vendor-list',
      recordId: list,
      before: { version: locked.version, values: before },
      after: { version, values: after },
    });
  });
}
