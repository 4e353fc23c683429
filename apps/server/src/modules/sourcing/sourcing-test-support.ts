import { usccCheckCharacter } from '@thirdline/shared/vendors/uscc';
import type { Db } from '../../db/client';
import type { TestSession } from '../../test/test-session';
import { updateSourcingRequestRow } from './sourcing.repository';

/** A valid create body; `overrides` replace fields. */
export const sourcingBody = (overrides: Record<string, unknown> = {}) => ({
  title: '核心系统运维外包',
  background: '现有运维团队人手不足，夜间值守无法覆盖。',
  goals: '7×24 小时运维覆盖，故障响应 15 分钟内。',
  expectedOutcome: '全年可用性 99.95%。',
  budgetAmount: '300000.00',
  otherResources: '机房工位 4 个',
  functionalNeeds: '监控、巡检、变更执行',
  serviceLevelNeeds: 'P1 故障 15 分钟响应，4 小时恢复',
  outsourcingCategory: 'operations',
  urgency: 'high',
  riskLevel: 'medium',
  ...overrides,
});

export interface SourcingJson {
  id: string;
  reference: string;
  status: string;
  version: number;
  approvalId: string | null;
  allowedNext: string[];
  permissions: string[];
  department: { id: string; name: string };
  [k: string]: unknown;
}

export async function createSourcingVia(session: TestSession, overrides: Record<string, unknown> = {}) {
  const res = await session.post('/api/v1/sourcing-requests', sourcingBody(overrides));
  if (res.statusCode !== 201) throw new Error(`creating a sourcing request failed: ${res.statusCode} ${res.body}`);
  return res.json() as SourcingJson;
}

/** Puts a request straight into a status (tests of later steps that do not go through the approval each time). */
export async function forceSourcingStatus(db: Db, id: string, status: string): Promise<void> {
  await updateSourcingRequestRow(db, id, { status });
}

let vendorSerial = 0;
/** Registers a vendor through the vendors API (a fresh valid USCC each call). */
export async function createTestVendor(session: TestSession, name: string): Promise<{ id: string }> {
  vendorSerial += 1;
  const body17 = `9144030070${String(vendorSerial).padStart(7, '0')}`;
  const res = await session.post('/api/v1/vendors', {
    name,
    uscc: `${body17}${usccCheckCharacter(body17) as string}`,
    type: 'software',
  });
  if (res.statusCode !== 201) throw new Error(`creating a vendor failed: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string };
}
