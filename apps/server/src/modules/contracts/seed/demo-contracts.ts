import { PERMISSIONS } from '@thirdline/shared/rbac/permissions';
import type { CreateContractRequest } from '@thirdline/shared/contracts/contracts.schemas';
import type { ContractStatus } from '@thirdline/shared/contracts/contract-lifecycle';
import type { Db } from '../../../db/client';
import { recordAudit } from '../../../platform/audit/audit';
import { systemAuditContext } from '../../../platform/audit/request-context';
import type { Clock } from '../../../platform/calendar/clock';
import { seedWorkflowDefinitions, startApproval } from '../../../platform/workflow';
import { activeUserIdsWithRole, departmentIdByName, organisationTimeZone } from '../../org';
import { demoVendorIds } from '../../vendors';
import { createContract } from '../commands/create-contract';
import type { ContractCommandContext } from '../commands/context';
import { findContractByTitle, lockContract, updateContractRow } from '../contracts.repository';
import { DEMO_CONTRACTS, type DemoContract } from './demo-contract-data';

const plusDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Loads a dozen demo contracts with the demo vendors, one or more in every state (some active ones ending within
 * 30 and 90 days), through the create command (audited); the later states are then set on the row as the other
 * parts would have left them, audited as `contract.seed-state`. The one in approval has a running `contract` flow.
 * Idempotent by title. Needs the demo organisation and vendors (nothing is created without them).
 */
export async function seedDemoContracts(
  db: Db,
  clock: Clock,
  fallbackTimeZone: string,
): Promise<{ contractsCreated: number }> {
  await seedWorkflowDefinitions(db, clock);
  const audit = systemAuditContext(clock, 'seed-demo');
  const today = new Intl.DateTimeFormat('sv-SE', {
    timeZone: await organisationTimeZone(db, fallbackTimeZone),
  }).format(audit.at);
  const vendors = await demoVendorIds(db);
  const departmentId = await departmentIdByName(db, '应用开发组');
  const [pmId] = await activeUserIdsWithRole(db, 'project_manager');
  if (!departmentId || vendors.size === 0) return { contractsCreated: 0 };
  const c: ContractCommandContext = { db, actor: { userId: null, permissions: new Set(PERMISSIONS) }, audit, today };
  let contractsCreated = 0;
  const byTitle = new Map<string, string>();
  for (const d of DEMO_CONTRACTS) {
    const existing = await findContractByTitle(db, d.title);
    if (existing) {
      byTitle.set(d.title, existing.id);
      continue;
    }
    const vendorId = vendors.get(d.vendor);
    if (!vendorId) continue;
    const startDate = plusDays(today, d.startInDays);
    const input: CreateContractRequest = {
      ...d.fields,
      title: d.title,
      vendorId,
      otherVendorIds: (d.otherVendors ?? []).flatMap((k) => vendors.get(k) ?? []),
      departmentId,
      projectManagerId: pmId ?? null,
      startDate,
      endDate: plusDays(startDate, d.termDays - 1),
      parentContractId: d.parentTitle ? (byTitle.get(d.parentTitle) ?? null) : null,
    };
    const row = await createContract(c, input);
    byTitle.set(d.title, row.id);
    contractsCreated++;
    if (d.status !== 'draft') await moveTo(c, row.id, d, pmId ?? null);
  }
  return { contractsCreated };
}

/** Sets a demo contract's state as review, approval, signing and expiry would have (audited). */
async function moveTo(c: ContractCommandContext, id: string, d: DemoContract, pmId: string | null) {
  await c.db.transaction(async (tx) => {
    const before = await lockContract(tx, id);
    if (!before) return;
    const status: ContractStatus = d.status;
    const signed = ['active', 'expired', 'terminated', 'archived'].includes(status);
    const ended = ['expired', 'terminated', 'archived'].includes(status);
    let approvalId: string | null = null;
    if (status === 'in-approval' && pmId) {
      ({ approvalId } = await startApproval(tx, c.audit, {
        flowCode: 'contract',
        recordType: 'contract',
        recordId: id,
        title: `合同审批：${before.title}`,
        link: `/contracts/${id}`,
        submitterId: pmId,
        departmentId: before.departmentId,
        context: {
          amount: Number(before.amount),
          category: before.outsourcingCategory,
          department: before.departmentId,
        },
      }));
    }
    const endedOn = status === 'terminated' ? plusDays(c.today, -(d.endedDaysAgo ?? 30)) : before.endDate;
    const after = await updateContractRow(tx, id, {
      status,
      approvalId,
      signedOn: signed ? plusDays(before.startDate, -7) : null,
      signedAt: signed ? new Date(`${plusDays(before.startDate, -7)}T02:00:00Z`) : null,
      activatedAt: signed ? new Date(`${before.startDate}T00:00:00Z`) : null,
      endedOn: ended ? endedOn : null,
      archivedAt: status === 'archived' ? c.audit.at : null,
      updatedAt: c.audit.at,
      version: before.version + 1,
    });
    await recordAudit(tx, c.audit, {
      action: 'contract.seed-state',
      recordType: 'contract',
      recordId: id,
      before,
      after,
    });
  });
}
