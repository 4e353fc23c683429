import type {
  AcceptanceResult,
  ContractLedgerItem,
  ExecutionCheck,
  Milestone,
  Payment,
} from '@thirdline/shared/contracts/ledger.schemas';
import type { Executor } from '../../../db/client';
import type { Actor } from '../../../platform/auth/actor';
import { userDisplayNames } from '../../org';
import type { CheckRow, MilestoneRow, PaymentRow } from './execution.repository';
import type { LedgerRow } from './ledger.repository';
import { ledgerPermissions, milestonePermissions } from './ledger.policy';

type Item = ContractLedgerItem;

export function presentLedgerRow(actor: Actor, r: LedgerRow): Item {
  return {
    id: r.id,
    reference: r.reference,
    title: r.title,
    vendorId: r.vendor_id,
    vendor: { id: r.vendor_id, name: r.vendor_name ?? '' },
    type: r.type as Item['type'],
    outsourcingCategory: r.outsourcing_category as Item['outsourcingCategory'],
    material: r.material,
    criticalFunction: r.critical_function,
    departmentId: r.department_id,
    department: { id: r.department_id, name: r.department_name ?? '' },
    projectManagerId: r.project_manager_id,
    amount: r.amount,
    currency: r.currency as Item['currency'],
    startDate: r.start_date,
    endDate: r.end_date,
    status: r.status as Item['status'],
    paid: r.paid,
    unpaid: r.unpaid,
    permissions: ledgerPermissions(actor),
  };
}

export function presentMilestones(actor: Actor, rows: MilestoneRow[], paid: Map<string, string>): Milestone[] {
  return rows.map((m) => ({
    id: m.id,
    contractId: m.contractId,
    name: m.name,
    description: m.description,
    dueDate: m.dueDate,
    plannedAmount: m.plannedAmount,
    plannedPaymentDate: m.plannedPaymentDate,
    deliveredOn: m.deliveredOn,
    acceptanceResult: m.acceptanceResult as AcceptanceResult | null,
    acceptedOn: m.acceptedOn,
    acceptanceReasons: m.acceptanceReasons,
    acceptanceFileIds: m.acceptanceFileIds,
    paid: paid.get(m.id) ?? '0.00',
    version: m.version,
    permissions: milestonePermissions(actor, m, paid.has(m.id)),
  }));
}

export async function presentPayments(
  db: Executor,
  rows: PaymentRow[],
  currency: string,
  milestoneNames: Map<string, string>,
): Promise<Payment[]> {
  const names = await userDisplayNames(
    db,
    rows.map((p) => p.approverId),
  );
  return rows.map((p) => ({
    id: p.id,
    contractId: p.contractId,
    milestoneId: p.milestoneId,
    milestoneName: p.milestoneId ? (milestoneNames.get(p.milestoneId) ?? null) : null,
    invoiceNumber: p.invoiceNumber,
    amount: p.amount,
    currency: currency as Payment['currency'],
    paidOn: p.paidOn,
    approverId: p.approverId,
    approver: { id: p.approverId, displayName: names.get(p.approverId) ?? '' },
    note: p.note,
    overrideReason: p.overrideReason,
    createdAt: p.createdAt.toISOString(),
    // Payments are never deleted (R5.4): a wrong one is corrected by the finance process, not here.
    permissions: [],
  }));
}

export async function presentChecks(db: Executor, rows: CheckRow[]): Promise<ExecutionCheck[]> {
  const names = await userDisplayNames(
    db,
    rows.map((k) => k.checkerId),
  );
  return rows.map((k) => ({
    id: k.id,
    contractId: k.contractId,
    checkedOn: k.checkedOn,
    checkerId: k.checkerId,
    checker: { id: k.checkerId, displayName: names.get(k.checkerId) ?? '' },
    findings: k.findings,
    followUps: k.followUps,
    createdAt: k.createdAt.toISOString(),
  }));
}
