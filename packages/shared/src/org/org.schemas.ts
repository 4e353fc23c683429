import { z } from 'zod';
import { plainText } from '../http/text.schemas';
import { listQuerySchema, pageSchema } from '../http/list.schemas';
import { PERMISSIONS, ROLES } from '../rbac/permissions';
import { PASSWORD_MAX_LENGTH } from './password-policy';

export const LOCALES = ['zh-CN', 'en-US'] as const;
export const localeSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof localeSchema>;

export const roleSchema = z.enum(ROLES);
const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');
const optionalText = (max: number) => plainText(0, max).nullable().optional();
/** A record's `permissions`: the actions the caller may take on it. */
const recordPermissions = z.array(z.enum(['read', 'update', 'deactivate', 'reset-password', 'delete', 'revoke']));

const TIME_ZONE_NAME = /^(?:UTC|[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)+)$/;

/** An IANA zone name the runtime knows (`Asia/Shanghai`, `UTC`); offsets such as `+08:00` are not zones. */
export function isValidTimeZone(zone: string): boolean {
  if (!TIME_ZONE_NAME.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------- departments

export const departmentNameSchema = plainText(1, 100);

export const departmentSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  parentId: z.uuid().nullable(),
  parentName: z.string().nullable(),
  headUserId: z.uuid().nullable(),
  headUserName: z.string().nullable(),
  active: z.boolean(),
  version: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  permissions: recordPermissions,
});
export type Department = z.infer<typeof departmentSchema>;

export type DepartmentTreeNode = Department & { children: DepartmentTreeNode[] };
// Recursive, so registered under an id: OpenAPI refers to it as a component.
export const departmentTreeNodeSchema: z.ZodType<DepartmentTreeNode> = departmentSchema
  .extend({
    get children() {
      return z.array(departmentTreeNodeSchema);
    },
  })
  .meta({ id: 'DepartmentTreeNode' });
export const departmentTreeSchema = z.array(departmentTreeNodeSchema);

export const createDepartmentSchema = z.strictObject({
  name: departmentNameSchema,
  parentId: z.uuid().nullable().optional(),
  headUserId: z.uuid().nullable().optional(),
  active: z.boolean().optional(),
});
export type CreateDepartmentRequest = z.infer<typeof createDepartmentSchema>;

export const updateDepartmentSchema = z.strictObject({
  version: z.number().int().min(1),
  name: departmentNameSchema.optional(),
  parentId: z.uuid().nullable().optional(),
  headUserId: z.uuid().nullable().optional(),
  active: z.boolean().optional(),
});
export type UpdateDepartmentRequest = z.infer<typeof updateDepartmentSchema>;

const departmentFilters = {
  active: booleanQuery.optional(),
  parentId: z.uuid().optional(),
};
export const departmentListQuerySchema = listQuerySchema(['name', 'createdAt']).extend(departmentFilters);
export type DepartmentListQuery = z.infer<typeof departmentListQuerySchema>;
export const departmentExportQuerySchema = departmentListQuerySchema.omit({ page: true, pageSize: true });
export type DepartmentExportQuery = z.infer<typeof departmentExportQuerySchema>;
export const departmentPageSchema = pageSchema(departmentSchema);

// ---------------------------------------------------------------------- users

export const usernameSchema = z
  .string()
  .trim()
  .min(3)
  .max(50)
  .regex(/^[A-Za-z0-9._-]+$/, 'Use 3–50 letters, digits, dots, underscores or hyphens.');

export const userSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  departmentId: z.uuid().nullable(),
  departmentName: z.string().nullable(),
  roles: z.array(roleSchema),
  active: z.boolean(),
  locale: z.string(),
  mustChangePassword: z.boolean(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  version: z.number().int(),
  permissions: recordPermissions,
});
export type User = z.infer<typeof userSchema>;

const displayNameSchema = plainText(1, 100);
const emailSchema = z.email().max(200).nullable().optional();
const rolesSchema = z.array(roleSchema).max(ROLES.length);

export const createUserSchema = z.strictObject({
  username: usernameSchema,
  displayName: displayNameSchema,
  email: emailSchema,
  phone: optionalText(50),
  departmentId: z.uuid().nullable().optional(),
  roles: rolesSchema,
  password: z.string().max(PASSWORD_MAX_LENGTH).optional(),
  mustChangePassword: z.boolean().optional(),
  active: z.boolean().optional(),
  locale: localeSchema.optional(),
});
export type CreateUserRequest = z.infer<typeof createUserSchema>;

export const createUserResponseSchema = userSchema.extend({ initialPassword: z.string().optional() });
export type CreateUserResponse = z.infer<typeof createUserResponseSchema>;

export const updateUserSchema = z.strictObject({
  version: z.number().int().min(1),
  displayName: displayNameSchema.optional(),
  email: emailSchema,
  phone: optionalText(50),
  departmentId: z.uuid().nullable().optional(),
  roles: rolesSchema.optional(),
  active: z.boolean().optional(),
  locale: localeSchema.optional(),
});
export type UpdateUserRequest = z.infer<typeof updateUserSchema>;

export const userListQuerySchema = listQuerySchema(['username', 'displayName', 'createdAt']).extend({
  departmentId: z.uuid().optional(),
  role: roleSchema.optional(),
  active: booleanQuery.optional(),
});
export type UserListQuery = z.infer<typeof userListQuerySchema>;
export const userExportQuerySchema = userListQuerySchema.omit({ page: true, pageSize: true });
export type UserExportQuery = z.infer<typeof userExportQuerySchema>;
export const userPageSchema = pageSchema(userSchema);

export const resetPasswordRequestSchema = z.strictObject({
  password: z.string().max(PASSWORD_MAX_LENGTH).optional(),
});
export const resetPasswordResponseSchema = z.object({ temporaryPassword: z.string() });

export const idParamsSchema = z.strictObject({ id: z.uuid() });

// ------------------------------------------------------------------------- me

export const changePasswordRequestSchema = z.strictObject({
  currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  newPassword: z.string().max(PASSWORD_MAX_LENGTH),
});
export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;

export const updatePreferencesSchema = z.strictObject({ locale: localeSchema });
export type UpdatePreferencesRequest = z.infer<typeof updatePreferencesSchema>;

// ------------------------------------------------------------ roles, settings

export const roleDefinitionSchema = z.object({ code: roleSchema, permissions: z.array(z.enum(PERMISSIONS)) });
export const roleListSchema = z.array(roleDefinitionSchema);

export const orgSettingsSchema = z.object({
  name: z.string(),
  timeZone: z.string(),
  emergencyReportHours: z.number().int(),
  version: z.number().int(),
  updatedAt: z.iso.datetime(),
});
export type OrgSettings = z.infer<typeof orgSettingsSchema>;

export const updateOrgSettingsSchema = z.strictObject({
  version: z.number().int().min(1),
  name: plainText(1, 200).optional(),
  timeZone: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .refine(isValidTimeZone, 'Not a known IANA time zone, e.g. Asia/Shanghai.')
    .optional(),
  /** R1.3: hours allowed for the written report after an emergency action (1 hour to 30 days). */
  emergencyReportHours: z.number().int().min(1).max(720).optional(),
});
export type UpdateOrgSettingsRequest = z.infer<typeof updateOrgSettingsSchema>;
