import { z } from 'zod';
import { PERMISSIONS } from '../rbac/permissions';

export const API_TOKEN_MAX_DAYS = 366;

export const createApiTokenSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  permissions: z.array(z.enum(PERMISSIONS)).min(1).max(PERMISSIONS.length),
  /** Required; in the future and at most 366 days ahead. */
  expiresAt: z.iso.datetime({ offset: true }),
});
export type CreateApiTokenRequest = z.infer<typeof createApiTokenSchema>;

export const apiTokenSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  /** First characters of the secret, to recognise it; never the secret itself. */
  prefix: z.string(),
  permissions: z.array(z.enum(PERMISSIONS)),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type ApiToken = z.infer<typeof apiTokenSchema>;

export const createdApiTokenSchema = z.object({
  token: apiTokenSchema,
  /** Shown once, starts with "tl_". */
  secret: z.string(),
});

export const apiTokenListSchema = z.array(apiTokenSchema);

export const apiTokenIdParamsSchema = z.strictObject({ id: z.uuid() });
