import { meResponseSchema } from '@thirdline/shared/auth/auth.schemas';
import { changePasswordRequestSchema, updatePreferencesSchema } from '@thirdline/shared/org/org.schemas';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context';
import { requireActor } from '../../platform/auth/actor';
import { presentMe } from '../../platform/auth/me.presenter';
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
      return presentMe(user, actor, request.actorCsrf);
    },
  );
}
