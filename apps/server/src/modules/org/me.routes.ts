import { meResponseSchema } from '@thirdline/shared/auth/auth.schemas';
import { changePasswordRequestSchema, updatePreferencesSchema } from '@thirdline/shared/org/org.schemas';
import { PERMISSIONS } from '@thirdline/shared/rbac/permissions';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context';
import { requireActor } from '../../platform/auth/actor';
import { changeOwnPassword } from './commands/change-own-password';
import { updatePreferences } from './commands/update-preferences';
import { commandContext } from './route-context';

const tags = ['me'];

export function registerMeRoutes(root: FastifyInstance, ctx: AppContext) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/api/v1/me/password',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: 'Change my password (ends my other sessions)',
        body: changePasswordRequestSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await changeOwnPassword(commandContext(request, ctx), requireActor(request).sessionId, request.body);
      return reply.status(204).send(null);
    },
  );

  app.patch(
    '/api/v1/me/preferences',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: 'Change my preferences',
        body: updatePreferencesSchema,
        response: { 200: meResponseSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const user = await updatePreferences(commandContext(request, ctx), request.body);
      return {
        user: {
          id: user.id,
          username: user.username,
          displayName: user.displayName,
          departmentId: user.departmentId,
          locale: user.locale,
          mustChangePassword: user.mustChangePassword,
        },
        roles: actor.roles,
        permissions: PERMISSIONS.filter((p) => actor.permissions.has(p)),
        csrfToken: request.actorCsrf,
      };
    },
  );
}
