import { permissionsForRoles, type Role } from '@thirdline/shared/rbac/permissions';
import type { Assignee } from '@thirdline/shared/workflow/workflow.schemas';
import type { Executor } from '../../db/client';
import type { DirectoryPerson } from './assignee-directory';
import { workflowRuntime } from './runtime';

/** Whose approval it is: the record's department and the person who submitted it. */
export interface AssigneeScope {
  departmentId: string | null;
  submitterId: string;
}

/** The active people a rule designates for one approval, in a stable order (never the submitter's own head twice). */
export async function resolveAssignees(db: Executor, rule: Assignee, scope: AssigneeScope): Promise<DirectoryPerson[]> {
  const { directory } = workflowRuntime();
  switch (rule.rule) {
    case 'role':
      return withRoles(db, rolesOf(rule), undefined);
    case 'role-in-department':
      return scope.departmentId ? withRoles(db, rolesOf(rule), scope.departmentId) : [];
    case 'user': {
      if (!rule.userId) return [];
      const person = (await directory.people(db, [rule.userId])).get(rule.userId);
      return person?.active ? [person] : [];
    }
    case 'department-head': {
      if (!scope.departmentId) return [];
      const head = await directory.departmentHead(db, scope.departmentId);
      return head ? [head] : [];
    }
    case 'submitter-manager':
      return submitterManager(db, scope.submitterId);
  }
}

/** The roles a role rule names: `roles` (several in parallel) or `role`. */
export function rolesOf(rule: Assignee): string[] {
  return rule.roles ?? (rule.role ? [rule.role] : []);
}

async function withRoles(db: Executor, roles: string[], departmentId: string | undefined) {
  const byId = new Map<string, DirectoryPerson>();
  for (const role of roles) {
    for (const p of await workflowRuntime().directory.usersWithRole(db, role, departmentId)) byId.set(p.id, p);
  }
  return [...byId.values()];
}

/** The head of the submitter's department; when the submitter is that head, the head of the parent department. */
async function submitterManager(db: Executor, submitterId: string): Promise<DirectoryPerson[]> {
  const { directory } = workflowRuntime();
  const submitter = (await directory.people(db, [submitterId])).get(submitterId);
  let departmentId = submitter?.departmentId ?? null;
  for (let depth = 0; departmentId && depth < 50; depth++) {
    const head = await directory.departmentHead(db, departmentId);
    if (head && head.id !== submitterId) return [head];
    departmentId = await directory.parentDepartment(db, departmentId);
  }
  return [];
}

/** The active administrators: they get an exception task when a stage resolves to nobody. */
export function administrators(db: Executor): Promise<DirectoryPerson[]> {
  return workflowRuntime().directory.usersWithRole(db, 'admin');
}

/** The user, when active and holding `approvals:participate` (a delegate or a new assignee must be). */
export async function activeParticipant(db: Executor, userId: string): Promise<DirectoryPerson | undefined> {
  const person = (await workflowRuntime().directory.people(db, [userId])).get(userId);
  const may = person?.active && permissionsForRoles(person.roles as Role[]).includes('approvals:participate');
  return may ? person : undefined;
}
