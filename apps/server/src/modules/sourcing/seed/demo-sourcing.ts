import type { SaveRequirementsRequest } from '@thirdline/shared/sourcing/requirements.schemas';
import { uuidv7 } from 'uuidv7';
import type { Db } from '../../../db/client';
import { systemAuditContext } from '../../../platform/audit/request-context';
import { addDays } from '../../../platform/calendar/iso-date';
import { localDate } from '../../../platform/calendar/zoned-time';
import type { Clock } from '../../../platform/calendar/clock';
import { activeUserIdsWithRole, orgAssigneeDirectory, organisationTimeZone } from '../../org';
import { listVendorRows } from '../../vendors';
import { insertCandidate } from '../candidates.repository';
import { addCandidate } from '../commands/add-candidate';
import { confirmRequirements } from '../commands/confirm-spec';
import type { SourcingCommandContext } from '../commands/context';
import { createSourcingRequest } from '../commands/create-sourcing-request';
import { recordProposal } from '../commands/record-proposal';
import { saveRequirements } from '../commands/save-requirements';
import { saveScope } from '../commands/save-scope';
import { submitSourcingRequest } from '../commands/submit-sourcing-request';
import { listSourcingRequests, updateSourcingRequestRow } from '../sourcing.repository';

const base = {
  budgetCurrency: 'CNY' as const,
  urgency: 'normal' as const,
  riskLevel: 'medium' as const,
  otherResources: '驻场工位与门禁',
};

const requirementsV1: SaveRequirementsRequest['items'] = [
  {
    type: 'functional',
    priority: 'must',
    description: '7×24 监控告警与值守',
    acceptanceCriterion: '告警 5 分钟内送达',
  },
  { type: 'non-functional', priority: 'must', description: '符合等保三级', acceptanceCriterion: '通过年度等保测评' },
  { type: 'business', priority: 'should', description: '按月提交运维报告', acceptanceCriterion: '报告按月归档' },
];

/**
 * Demo sourcing requests through the same commands as the API (audited), by the demo project manager: a draft, one
 * waiting for approval, and one already in sourcing (seeded as approved) with requirements v1 → v2 (v2 confirmed by
 * the department head), a scope with its WBS, two invited candidates and their proposals — one of them late.
 * Idempotent: nothing happens when the demo requests exist.
 */
export async function seedDemoSourcing(db: Db, clock: Clock, fallbackTimeZone: string): Promise<{ created: number }> {
  const [pmId] = await activeUserIdsWithRole(db, 'project_manager');
  if (!pmId) return { created: 0 };
  if ((await listSourcingRequests(db, { page: 1, pageSize: 1, q: '驻场运维服务' })).total > 0) return { created: 0 };
  const departmentId = (await orgAssigneeDirectory.people(db, [pmId])).get(pmId)?.departmentId ?? null;
  if (!departmentId) return { created: 0 };
  const timeZone = await organisationTimeZone(db, fallbackTimeZone);
  const audit = { ...systemAuditContext(clock, 'seed-demo'), actorId: pmId };
  const today = localDate(audit.at, timeZone);
  const c: SourcingCommandContext = {
    db,
    actor: {
      userId: pmId,
      departmentId,
      roles: ['project_manager'],
      permissions: new Set(['sourcing:read', 'sourcing:write']),
    },
    audit,
    timeZone,
    today,
  };
  const fields = (
    title: string,
    budgetAmount: string,
    outsourcingCategory: 'operations' | 'security' | 'development_testing',
  ) => ({
    ...base,
    title,
    budgetAmount,
    outsourcingCategory,
    background: `${title}：现有团队能力与人手不足，需要外部服务支持。`,
    goals: '保障核心业务系统稳定运行，降低故障影响时长。',
    expectedOutcome: '全年可用性不低于 99.95%，重大故障 4 小时内恢复。',
    functionalNeeds: '监控、巡检、变更执行、故障处置',
    serviceLevelNeeds: 'P1 故障 15 分钟响应、4 小时恢复',
  });

  const draft = await createSourcingRequest(c, fields('办公网络运维外包（下一年度）', '180000.00', 'operations'));
  await saveRequirements(c, draft.id, { basedOn: 0, items: requirementsV1 });

  const pending = await createSourcingRequest(c, fields('数据中心灾备演练服务', '650000.00', 'security'));
  await submitSourcingRequest(c, pending.id, { version: pending.version, comment: '年度灾备演练，请审批' });

  const sourcing = await createSourcingRequest(c, fields('核心系统驻场运维服务', '320000.00', 'operations'));
  await updateSourcingRequestRow(db, sourcing.id, { status: 'sourcing' });
  const v1 = await saveRequirements(c, sourcing.id, { basedOn: 0, note: '初稿', items: requirementsV1 });
  const v2Items = v1.items.map((i) => (i.key === 'R3' ? { ...i, priority: 'must' as const } : i));
  await saveRequirements(c, sourcing.id, {
    basedOn: 1,
    note: '月报改为必须，补充备份要求',
    items: [
      ...v2Items,
      {
        type: 'technical',
        priority: 'must',
        description: '每日备份并每季度恢复演练',
        acceptanceCriterion: '恢复演练报告',
      },
    ],
  });
  const headId = (await orgAssigneeDirectory.departmentHead(db, departmentId))?.id;
  if (headId)
    await confirmRequirements(
      { ...c, actor: { ...c.actor, userId: headId }, audit: { ...audit, actorId: headId } },
      sourcing.id,
      2,
    );
  await saveScope(c, sourcing.id, {
    version: 0,
    objectives: '核心系统 7×24 驻场运维',
    deliverables: ['运维月报', '应急预案', '季度恢复演练报告'],
    inScope: '生产环境监控、巡检、变更执行与故障处置',
    outOfScope: '应用开发与硬件采购',
    milestones: [{ name: '驻场人员到位', dueDate: addDays(today, 30) }],
    wbs: [
      {
        name: '监控与值守',
        ownerId: pmId,
        children: [{ name: '告警规则梳理', ownerId: pmId, deliverable: '告警清单' }],
      },
      { name: '备份与恢复', ownerId: headId ?? pmId, deliverable: '恢复演练报告' },
    ],
  });
  const { rows: vendors } = await listVendorRows(db, { status: 'approved' }, today, 2);
  const [first, second] = vendors;
  if (first) {
    await addCandidate(c, sourcing.id, { vendorId: first.id, responseDeadline: addDays(today, 10), note: '邀请报价' });
    await recordProposal(c, sourcing.id, {
      vendorId: first.id,
      price: '298000.00',
      currency: 'CNY',
      fileIds: [],
      notes: '含驻场 2 人',
    });
  }
  if (second) {
    // Invited earlier with a deadline already past, so its proposal arrives late.
    await insertCandidate(db, {
      id: uuidv7(),
      sourcingRequestId: sourcing.id,
      vendorId: second.id,
      invitedAt: audit.at,
      responseDeadline: addDays(today, -3),
      note: '邀请报价',
      createdAt: audit.at,
      createdBy: pmId,
      updatedAt: audit.at,
      updatedBy: pmId,
    });
    await recordProposal(c, sourcing.id, {
      vendorId: second.id,
      price: '276500.00',
      currency: 'CNY',
      fileIds: [],
      notes: '逾期提交',
    });
  }
  return { created: 3 };
}
