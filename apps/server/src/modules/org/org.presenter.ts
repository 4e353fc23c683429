import type { Department, DepartmentTreeNode, OrgSettings, User } from '@thirdline/shared/org/org.schemas';
import { isRole } from '@thirdline/shared/rbac/permissions';
import type { DepartmentView } from './departments.repository';
import type { OrgSettingsRow } from './org-settings.repository';
import { departmentPermissions, userPermissions, type OrgActor } from './org.policy';
import type { UserView } from './users.repository';

export function presentDepartment(actor: OrgActor, d: DepartmentView): Department {
  return {
    id: d.id,
    name: d.name,
    parentId: d.parentId,
    parentName: d.parentName,
    headUserId: d.headUserId,
    headUserName: d.headUserName,
    active: d.active,
    version: d.version,
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
    permissions: departmentPermissions(actor, d),
  };
}

/** Roots first; siblings ordered by name (Chinese collation), then id. */
export function presentDepartmentTree(actor: OrgActor, views: DepartmentView[]): DepartmentTreeNode[] {
  const nodes = new Map<string, DepartmentTreeNode>();
  for (const v of views) nodes.set(v.id, { ...presentDepartment(actor, v), children: [] });
  const roots: DepartmentTreeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const collator = new Intl.Collator('zh-CN');
  const byName = (a: DepartmentTreeNode, b: DepartmentTreeNode) =>
    collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const sortDeep = (list: DepartmentTreeNode[]) => {
    list.sort(byName);
    for (const n of list) sortDeep(n.children);
  };
  sortDeep(roots);
  return roots;
}

export function presentUser(actor: OrgActor, u: UserView): User {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    email: u.email,
    phone: u.phone,
    departmentId: u.departmentId,
    departmentName: u.departmentName,
    roles: u.roles.filter(isRole),
    active: u.active,
    locale: u.locale,
    mustChangePassword: u.mustChangePassword,
    createdAt: u.createdAt.toISOString(),
    updatedAt: u.updatedAt.toISOString(),
    version: u.version,
    permissions: userPermissions(actor, u),
  };
}

export function presentOrgSettings(row: OrgSettingsRow): OrgSettings {
  return {
    name: row.name,
    timeZone: row.timeZone,
    emergencyReportHours: row.emergencyReportHours,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}
