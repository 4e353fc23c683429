import type { UpdateChecklistRequest } from '@thirdline/shared/contracts/drafting.schemas';
import { recordAudit } from '../../../../platform/audit/audit';
import { badRequest, versionConflict, type FieldError } from '../../../../platform/errors/problem';
import { lockContract } from '../../contracts.repository';
import { readableContract, requireContractPermission } from '../../contracts.policy';
import { ensureChecklist } from '../checklist';
import { checklistEntries, lockChecklist, touchChecklist, updateChecklistItem } from '../checklist.repository';
import type { DraftingContext } from '../context';
import { requireDraft } from '../drafting-rules';
import { isMandatory } from '../mandatory';

/**
 * Records, for the given items of a draft's checklist, whether the clause is present (with where it is in the
 * text), absent or not applicable. Items left out keep their state. A present item needs its reference; a
 * mandatory item cannot be declared not applicable. Stale checklist version → 409.
 */
export async function updateChecklist(c: DraftingContext, contractId: string, input: UpdateChecklistRequest) {
  requireContractPermission(c.actor, 'contracts:write');
  return c.db.transaction(async (tx) => {
    const contract = readableContract(c.actor, await lockContract(tx, contractId));
    requireDraft(contract);
    await ensureChecklist(tx, c.audit, contract);
    const header = await lockChecklist(tx, contractId);
    if (!header || header.version !== input.version) throw versionConflict();
    const entries = new Map((await checklistEntries(tx, contractId)).map((e) => [e.clause.id, e]));

    const errors: FieldError[] = [];
    const seen = new Set<string>();
    input.items.forEach((item, i) => {
      const entry = entries.get(item.clauseId);
      if (!entry) errors.push({ path: `items.${i}.clauseId`, message: 'Not an item of this checklist.' });
      else if (seen.has(item.clauseId)) errors.push({ path: `items.${i}.clauseId`, message: 'Repeated.' });
      else if (item.status === 'present' && !item.reference) {
        errors.push({ path: `items.${i}.reference`, message: 'Required when present.' });
      } else if (item.status === 'not-applicable' && isMandatory(entry.clause, contract)) {
        errors.push({ path: `items.${i}.status`, message: 'A mandatory item cannot be not applicable.' });
      }
      seen.add(item.clauseId);
    });
    if (errors.length > 0) throw badRequest('Some fields are not valid.', errors, 'validation_failed');

    const before = input.items.map((i) => {
      const { item } = entries.get(i.clauseId) as NonNullable<ReturnType<typeof entries.get>>;
      return { clauseId: i.clauseId, status: item.status, reference: item.reference, note: item.note };
    });
    const after = input.items.map((i) => ({
      clauseId: i.clauseId,
      status: i.status,
      reference: i.reference || null,
      note: i.note || null,
    }));
    for (const item of after) await updateChecklistItem(tx, contractId, item.clauseId, item);
    await touchChecklist(tx, contractId, {
      version: header.version + 1,
      updatedAt: c.audit.at,
      updatedBy: c.actor.userId,
    });
    await recordAudit(tx, c.audit, {
      action: 'contract-checklist.update',
      recordType: 'contract',
      recordId: contractId,
      before: { checklistVersion: header.version, items: before },
      after: { checklistVersion: header.version + 1, items: after },
    });
    return contract;
  });
}
