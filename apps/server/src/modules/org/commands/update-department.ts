import type { UpdateDepartmentRequest } from '@thirdline/shared/org/org.schemas';
import { recordAudit } from '../../../platform/audit/audit';
import { notFound, versionConflict } from '../../../platform/errors/problem';
import {
  findDepartmentView,
  lockDepartment,
  lockDepartmentHierarchy,
  updateDepartmentRow,
  type DepartmentView,
  type NewDepartmentRow,
} from '../departments.repository';
import { requirePermission } from '../org.policy';
import type { OrgCommandContext } from './context';
import { checkDepartmentReferences, checkNoCycle, checkSiblingName } from './department-rules';

/** Renames, moves, re-heads or (de)activates a department; a stale `version` changes nothing (409). */
export async function updateDepartment(
  c: OrgCommandContext,
  id: string,
  input: UpdateDepartmentRequest,
): Promise<DepartmentView> {
  requirePermission(c.actor, 'departments:write');
  await c.db.transaction(async (tx) => {
    await lockDepartmentHierarchy(tx);
    const before = await lockDepartment(tx, id);
    if (!before) throw notFound('No such department.');
    if (before.version !== input.version) throw versionConflict();

    const changes: Partial<NewDepartmentRow> = {};
    if (input.name !== undefined && input.name !== before.name) changes.name = input.name;
    if (input.parentId !== undefined && input.parentId !== before.parentId) changes.parentId = input.parentId;
    if (input.headUserId !== undefined && input.headUserId !== before.headUserId) {
      changes.headUserId = input.headUserId;
    }
    if (input.active !== undefined && input.active !== before.active) changes.active = input.active;
    if (Object.keys(changes).length === 0) return;

    await checkDepartmentReferences(tx, { parentId: changes.parentId, headUserId: changes.headUserId });
    if (changes.parentId) await checkNoCycle(tx, id, changes.parentId);
    if (changes.name !== undefined || changes.parentId !== undefined) {
      const parentId = 'parentId' in changes ? (changes.parentId ?? null) : before.parentId;
      await checkSiblingName(tx, parentId, changes.name ?? before.name, id);
    }
    const after = await updateDepartmentRow(tx, id, {
      ...changes,
      updatedAt: c.audit.at,
      updatedBy: c.actor.userId,
      version: before.version + 1,
    });
    const action =
      changes.active === false
        ? 'department.deactivate'
        : changes.active
          ? 'department.reactivate'
          : 'department.update';
    await recordAudit(tx, c.audit, { action, recordType: 'department', recordId: id, before, after });
  });
  return (await findDepartmentView(c.db, id)) as DepartmentView;
}
