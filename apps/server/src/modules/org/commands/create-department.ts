import type { CreateDepartmentRequest } from '@thirdline/shared/org/org.schemas';
import { uuidv7 } from 'uuidv7';
import { recordAudit } from '../../../platform/audit/audit';
import {
  findDepartmentView,
  insertDepartment,
  lockDepartmentHierarchy,
  type DepartmentView,
} from '../departments.repository';
import { requirePermission } from '../org.policy';
import type { OrgCommandContext } from './context';
import { checkDepartmentReferences, checkSiblingName } from './department-rules';

export async function createDepartment(c: OrgCommandContext, input: CreateDepartmentRequest): Promise<DepartmentView> {
  requirePermission(c.actor, 'departments:write');
  const now = c.audit.at;
  const id = await c.db.transaction(async (tx) => {
    await lockDepartmentHierarchy(tx);
    const parentId = input.parentId ?? null;
    const headUserId = input.headUserId ?? null;
    await checkDepartmentReferences(tx, { parentId, headUserId });
    await checkSiblingName(tx, parentId, input.name);
    const row = await insertDepartment(tx, {
      id: uuidv7(),
      name: input.name,
      parentId,
      headUserId,
      active: input.active ?? true,
      createdAt: now,
      createdBy: c.actor.userId,
      updatedAt: now,
      updatedBy: c.actor.userId,
    });
    await recordAudit(tx, c.audit, {
      action: 'department.create',
      recordType: 'department',
      recordId: row.id,
      after: row,
    });
    return row.id;
  });
  return (await findDepartmentView(c.db, id)) as DepartmentView;
}
