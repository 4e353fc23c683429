import {
  apiTokenIdParamsSchema,
  apiTokenListSchema,
  createApiTokenSchema,
  createdApiTokenSchema,
} from '@thirdline/shared/api-tokens/api-tokens.schemas';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { auditContextOf } from '../audit/request-context';
import type { Clock } from '../calendar/clock';
import { requireActor } from './actor';
import { presentApiToken } from './api-tokens/api-token.presenter';
import { createApiToken } from './api-tokens/commands/create-api-token';
import { listApiTokens } from './api-tokens/commands/list-api-tokens';
import { revokeApiToken } from './api-tokens/commands/revoke-api-token';

export function registerApiTokenRoutes(root: FastifyInstance, deps: { db: Db; clock: Clock }) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/api-tokens',
    {
      config: { permission: 'api-tokens:manage' },
      schema: { tags: ['api-tokens'], summary: 'Your API tokens', response: { 200: apiTokenListSchema } },
    },
    async (request) => listApiTokens(deps.db, requireActor(request)),
  );

  app.post(
    '/api/v1/api-tokens',
    {
      config: { permission: 'api-tokens:manage' },
      schema: {
        tags: ['api-tokens'],
        summary: 'Create an API token (the secret is returned only once)',
        body: createApiTokenSchema,
        response: { 201: createdApiTokenSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { token, secret } = await createApiToken(deps.db, actor, request.body, auditContextOf(request, deps.clock));
      return reply.status(201).send({ token: presentApiToken(token), secret });
    },
  );

  app.delete(
    '/api/v1/api-tokens/:id',
    {
      config: { permission: 'api-tokens:manage' },
      schema: {
        tags: ['api-tokens'],
        summary: 'Revoke one of your API tokens',
        params: apiTokenIdParamsSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await revokeApiToken(deps.db, requireActor(request), request.params.id, auditContextOf(request, deps.clock));
      return reply.status(204).send(null);
    },
  );
}
