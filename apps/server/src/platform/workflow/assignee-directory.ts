import type { Executor } from '../../db/client';

/** A person the engine can give a task to. */
export interface DirectoryPerson {
  id: string;
  displayName: string;
  active: boolean;
  roles: string[];
  departmentId: string | null;
}

/**
 * How the workflow engine finds people (implemented by the org module, which owns users and departments, and
 * passed in by app.ts: platform never imports a module). Every list is ordered by a stable key so "one" picks the
 * same person every time; only active users are returned unless said otherwise.
 */
export interface AssigneeDirectory {
  /** Active users holding `role`; within `departmentId` when given. */
  usersWithRole(db: Executor, role: string, departmentId?: string | null): Promise<DirectoryPerson[]>;
  /** The head of a department (active), if any. */
  departmentHead(db: Executor, departmentId: string): Promise<DirectoryPerson | undefined>;
  /** The parent department of a department, if any. */
  parentDepartment(db: Executor, departmentId: string): Promise<string | null>;
  /** People by id, active or not (names for lists, checks for delegation). */
  people(db: Executor, ids: readonly string[]): Promise<Map<string, DirectoryPerson>>;
}
