import { DEFAULT_FINAL_REPORT_DAYS } from '@thirdline/shared/contracts/contract-exit.schemas';
import { and, asc, eq, isNull, max, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../db/client';
import { auditEvents } from '../../../platform/audit/audit.table';
import { contracts } from '../contracts.table';
import { moveLedgerTotals } from '../ledger/ledger-totals.repository';
import { contractExitSettings, contractHandoverItems, contractTerminations } from './exit.table';

export type TerminationRow = typeof contractTerminations.$inferSelect;
export type NewTerminationRow = typeof contractTerminations.$inferInsert;
export type HandoverItemRow = typeof contractHandoverItems.$inferSelect;
export type NewHandoverItemRow = typeof contractHandoverItems.$inferInsert;
export type ExitSettingsRow = typeof contractExitSettings.$inferSelect;

/** The one settings row's id. */
export const EXIT_SETTINGS_ID = '01900000-0000-7000-8000-00000000e817';

export const DEFAULT_HANDOVER_TITLES: { code: string; title: string }[] = [
  { code: 'data-returned-or-destroyed', title: '数据已返还或销毁（附证明）' },
  { code: 'access-revoked', title: '已撤销供应商对公司系统的访问权限' },
  { code: 'assets-returned', title: '资产已归还' },
  { code: 'knowledge-transfer', title: '知识转移已完成' },
  { code: 'documents-handed-over', title: '文档已移交' },
  { code: 'transition-in-place', title: '关键服务的替代或过渡安排已到位' },
];

export async function findTermination(db: Executor, contractId: string): Promise<TerminationRow | undefined> {
  const [row] = await db.select().from(contractTerminations).where(eq(contractTerminations.contractId, contractId));
  return row;
}

export async function lockTermination(tx: Executor, contractId: string): Promise<TerminationRow | undefined> {
  const [row] = await tx
    .select()
    .from(contractTerminations)
    .where(eq(contractTerminations.contractId, contractId))
    .for('update');
  return row;
}

export async function insertTermination(tx: Executor, values: NewTerminationRow): Promise<TerminationRow> {
  const [row] = await tx.insert(contractTerminations).values(values).returning();
  if (!row) throw new Error('termination insert returned nothing');
  return row;
}

export async function updateTermination(
  tx: Executor,
  id: string,
  set: Partial<NewTerminationRow>,
): Promise<TerminationRow> {
  const [row] = await tx.update(contractTerminations).set(set).where(eq(contractTerminations.id, id)).returning();
  if (!row) throw new Error('termination update returned nothing');
  return row;
}

/** Final reports not yet filed whose due date is in [from, to], with the contract's people. */
export async function finalReportsDueBetween(db: Executor, range: { from: string; to: string }) {
  return db
    .select({
      id: contractTerminations.id,
      dueDate: contractTerminations.finalReportDueOn,
      contractId: contracts.id,
      reference: contracts.reference,
      departmentId: contracts.departmentId,
      projectManagerId: contracts.projectManagerId,
      terminatedBy: contractTerminations.createdBy,
    })
    .from(contractTerminations)
    .innerJoin(contracts, eq(contracts.id, contractTerminations.contractId))
    .where(
      and(
        isNull(contractTerminations.finalReportSubmittedAt),
        sql`${contractTerminations.finalReportDueOn} between ${range.from} and ${range.to}`,
      ),
    );
}

export async function listHandoverItems(db: Executor, contractId: string): Promise<HandoverItemRow[]> {
  return db
    .select()
    .from(contractHandoverItems)
    .where(eq(contractHandoverItems.contractId, contractId))
    .orderBy(asc(contractHandoverItems.position), asc(contractHandoverItems.id));
}

export async function nextHandoverPosition(db: Executor, contractId: string): Promise<number> {
  const [row] = await db
    .select({ last: max(contractHandoverItems.position) })
    .from(contractHandoverItems)
    .where(eq(contractHandoverItems.contractId, contractId));
  return (row?.last ?? 0) + 1;
}

export async function insertHandoverItems(tx: Executor, values: NewHandoverItemRow[]): Promise<HandoverItemRow[]> {
  if (values.length === 0) return [];
  return tx.insert(contractHandoverItems).values(values).returning();
}

export async function lockHandoverItem(
  tx: Executor,
  contractId: string,
  id: string,
): Promise<HandoverItemRow | undefined> {
  const [row] = await tx
    .select()
    .from(contractHandoverItems)
    .where(and(eq(contractHandoverItems.contractId, contractId), eq(contractHandoverItems.id, id)))
    .for('update');
  return row;
}

export async function updateHandoverItem(
  tx: Executor,
  id: string,
  set: Partial<NewHandoverItemRow>,
): Promise<HandoverItemRow> {
  const [row] = await tx.update(contractHandoverItems).set(set).where(eq(contractHandoverItems.id, id)).returning();
  if (!row) throw new Error('handover item update returned nothing');
  return row;
}

const defaultSettings = (at: Date): ExitSettingsRow => ({
  id: EXIT_SETTINGS_ID,
  finalReportDays: DEFAULT_FINAL_REPORT_DAYS,
  handoverItems: DEFAULT_HANDOVER_TITLES,
  createdAt: at,
  createdBy: null,
  updatedAt: at,
  updatedBy: null,
  version: 1,
});

/** The exit settings: the defaults until an administrator first changes them (reading writes nothing). */
export async function exitSettings(db: Executor, at: Date): Promise<ExitSettingsRow> {
  const [found] = await db.select().from(contractExitSettings).where(eq(contractExitSettings.id, EXIT_SETTINGS_ID));
  return found ?? defaultSettings(at);
}

/** The settings row locked for an update (inserted with the defaults the first time). */
export async function lockExitSettings(tx: Executor, at: Date): Promise<ExitSettingsRow> {
  await tx.insert(contractExitSettings).values(defaultSettings(at)).onConflictDoNothing();
  const [row] = await tx
    .select()
    .from(contractExitSettings)
    .where(eq(contractExitSettings.id, EXIT_SETTINGS_ID))
    .for('update');
  if (!row) throw new Error('exit settings missing');
  return row;
}

export async function updateExitSettings(
  tx: Executor,
  set: Partial<typeof contractExitSettings.$inferInsert>,
): Promise<ExitSettingsRow> {
  const [row] = await tx
    .update(contractExitSettings)
    .set(set)
    .where(eq(contractExitSettings.id, EXIT_SETTINGS_ID))
    .returning();
  if (!row) throw new Error('exit settings update returned nothing');
  return row;
}

/**
 * Whether the contract ever left `draft` (was submitted for review): its audit trail shows a status other than
 * draft, or it has had an approval.
 */
export async function contractWasSubmitted(db: Executor, contractId: string): Promise<boolean> {
  const rows = await queryRows<{ found: number }>(
    db,
    sql`select 1 as found from ${auditEvents}
        where ${auditEvents.recordType} = 'contract' and ${auditEvents.recordId} = ${contractId}
          and ${auditEvents.changes} -> 'status' ->> 'to' is not null
          and ${auditEvents.changes} -> 'status' ->> 'to' <> 'draft'
        limit 1`,
  );
  return rows.length > 0;
}

/** Deletes the contract row (its exit records and framework vendors go with it) and its share of the ledger totals. */
export async function deleteContractRow(tx: Executor, contractId: string): Promise<void> {
  const [row] = await tx.select().from(contracts).where(eq(contracts.id, contractId));
  if (row) await moveLedgerTotals(tx, contractId, row, undefined);
  await tx.delete(contracts).where(eq(contracts.id, contractId));
}
