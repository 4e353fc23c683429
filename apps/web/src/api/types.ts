/**
 * Record shapes of the foundation API (see the API contract). The org and platform schemas in packages/shared
 * are the source of truth once they exist; these interfaces mirror them for the web app.
 */
import type { MeResponse } from '@thirdline/shared/auth/auth.schemas';
import type { Page } from '@thirdline/shared/http/list.schemas';
import type { Permission, Role } from '@thirdline/shared/rbac/permissions';

export type { MeResponse, Page, Permission, Role };

export type RecordAction = 'read' | 'update' | 'deactivate' | 'reset-password' | 'delete' | 'revoke';

export interface Department {
  id: string;
  name: string;
  parentId: string | null;
  parentName: string | null;
  headUserId: string | null;
  headUserName: string | null;
  active: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
  permissions: string[];
}

export interface DepartmentNode extends Department {
  children: DepartmentNode[];
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  phone: string | null;
  departmentId: string | null;
  departmentName: string | null;
  roles: Role[];
  active: boolean;
  locale: string;
  mustChangePassword: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
  permissions: string[];
}

export interface CreatedUser extends User {
  initialPassword?: string;
}

export interface RoleInfo {
  code: Role;
  permissions: Permission[];
}

export interface OrgSettings {
  name: string;
  timeZone: string;
  version: number;
  updatedAt: string;
}

export interface AuditEvent {
  id: string;
  seq: number;
  occurredAt: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  recordType: string;
  recordId: string;
  changes: Record<string, { from: unknown; to: unknown }> | null;
  requestId: string | null;
  ip: string | null;
}

export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  permissions: Permission[];
  expiresAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
  createdAt: string;
}
