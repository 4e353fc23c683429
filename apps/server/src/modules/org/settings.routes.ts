import { orgSettingsSchema, roleListSchema, updateOrgSettingsSchema } from '@thirdline/shared/org/org.schemas';
import { ROLE_PERMISSIONS, ROLES } from '@thirdline/shared/rbac/permissions';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context';
import { notFound } from '../../platform/errors/problem';
import { updateOrgSettings } from './commands/update-org-settings';
import { findOrgSettings } from './org-settings.repository';
import { presentOrgSettings } from './org.presenter';
import { commandContext } from './route-context';

export function registerSettingsRoutes(root: FastifyInstance, ctx: AppContext) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/roles',
    {
      config: { permission: 'roles:read' },
      schema: { tags: ['roles'], summary: 'Roles and their permissions', response: { 200: roleListSchema } },
    },
    async () => ROLES.map((code) => ({ code, permissions: [...ROLE_PERMISSIONS[code]] })),
  );

  app.get(
    '/api/v1/org-settings',
    {
      config: { permission: 'authenticated' },
      schema: { tags: ['settings'], summary: 'Organisation settings', response: { 200: orgSettingsSchema } },
    },
    async () => {
      const row = await findOrgSettings(ctx.db);
      if (!row) throw notFound('The organisation settings are missing.');
      return presentOrgSettings(row);
    },
  );

  app.patch(
    '/api/v1/org-settings',
    {
      config: { permission: 'settings:write' },
      schema: {
        tags: ['settings'],
        summary: 'Change the organisation settings',
        body: updateOrgSettingsSchema,
        response: { 200: orgSettingsSchema },
      },
    },
    async (request) => presentOrgSettings(await updateOrgSettings(commandContext(request, ctx), request.body)),
  );
}
