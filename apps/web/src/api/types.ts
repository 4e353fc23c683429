/**
 * Record shapes of the foundation API, inferred from the shared zod schemas the server validates with.
 */
import type { ApiToken, createdApiTokenSchema } from '@thirdline/shared/api-tokens/api-tokens.schemas';
import type { AuditEvent } from '@thirdline/shared/audit/audit.schemas';
import type { MeResponse } from '@thirdline/shared/auth/auth.schemas';
import type { Page } from '@thirdline/shared/http/list.schemas';
import type {
  CreateUserRequest,
  CreateUserResponse,
  Department,
  DepartmentTreeNode,
  OrgSettings,
  roleDefinitionSchema,
  UpdateUserRequest,
  User,
} from '@thirdline/shared/org/org.schemas';
import type { Permission, Role } from '@thirdline/shared/rbac/permissions';
import type { z } from 'zod';

export type {
  ApiToken,
  AuditEvent,
  CreateUserRequest,
  Department,
  MeResponse,
  OrgSettings,
  Page,
  Permission,
  Role,
  UpdateUserRequest,
  User,
};

export type DepartmentNode = DepartmentTreeNode;
export type CreatedUser = CreateUserResponse;
export type RoleInfo = z.infer<typeof roleDefinitionSchema>;
export type CreatedApiToken = z.infer<typeof createdApiTokenSchema>;
