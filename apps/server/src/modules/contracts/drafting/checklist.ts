import type { Checklist, ChecklistStatus, ClauseCategory } from '@thirdline/shared/contracts/drafting.schemas';
import type { Executor } from '../../../db/client';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit';
import type { ContractRow } from '../contracts.repository';
import { listClauses } from './clauses.repository';
import {
  checklistEntries,
  findChecklist,
  insertChecklist,
  insertMissingItems,
  type ChecklistEntry,
} from './checklist.repository';
import { isMandatory } from './mandatory';

/**
 * Makes sure the contract has its checklist: created from the library the first time it is read (audited), and while
 * the contract is a draft, clauses added to the library since then join it as absent items.
 */
export async function ensureChecklist(tx: Executor, audit: AuditContext, contract: ContractRow): Promise<void> {
  const exists = await findChecklist(tx, contract.id);
  if (exists && contract.status !== 'draft') return;
  const created = !exists && (await insertChecklist(tx, contract.id, audit.at, audit.actorId));
  const active = await listClauses(tx, { active: true });
  await insertMissingItems(
    tx,
    contract.id,
    active.map((c) => c.id),
  );
  if (created) {
    await recordAudit(tx, audit, {
      action: 'contract-checklist.create',
      recordType: 'contract',
      recordId: contract.id,
      details: { items: active.map((c) => c.code) },
    });
  }
}

/** Items the caller sees: every active clause, and a deactivated one only if something was recorded for it. */
function shown(entry: ChecklistEntry): boolean {
  return entry.clause.active || entry.item.status !== 'absent' || entry.item.reference !== null;
}

/** Mandatory items that are not present (absent, or marked not applicable against the rule). */
export function missingItems(contract: ContractRow, entries: ChecklistEntry[]): ChecklistEntry[] {
  return entries.filter((e) => isMandatory(e.clause, contract) && e.item.status !== 'present');
}

export async function presentChecklist(db: Executor, contract: ContractRow, canEdit: boolean): Promise<Checklist> {
  const [header, entries] = await Promise.all([findChecklist(db, contract.id), checklistEntries(db, contract.id)]);
  const visible = entries.filter(shown);
  const items = visible.map(({ item, clause }) => {
    const mandatory = isMandatory(clause, contract);
    return {
      clauseId: clause.id,
      code: clause.code,
      category: clause.category as ClauseCategory,
      titleZh: clause.titleZh,
      titleEn: clause.titleEn,
      status: item.status as ChecklistStatus,
      reference: item.reference,
      note: item.note,
      mandatory,
      blocking: mandatory && item.status !== 'present',
    };
  });
  return {
    contractId: contract.id,
    version: header?.version ?? 1,
    items,
    missing: items.filter((i) => i.blocking).length,
    editable: canEdit && contract.status === 'draft',
  };
}
