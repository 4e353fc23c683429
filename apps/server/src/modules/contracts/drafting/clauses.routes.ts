import {
  clauseIdParamsSchema,
  clauseListQuerySchema,
  clauseListSchema,
  clauseSchema,
  createClauseSchema,
  updateClauseSchema,
} from '@thirdline/shared/contracts/drafting.schemas';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app-context';
import { requireActor } from '../../../platform/auth/actor';
import { presentClause } from './clauses.presenter';
import { listClauses } from './clauses.repository';
import { createClause, updateClause } from './commands/save-clause';
import { draftingContext } from './context';

const tags = ['contracts'];

/** The clause library (R5.1): every contract reader sees it, clauses:manage edits texts and mandatory rules. */
export function registerClauseRoutes(root: FastifyInstance, ctx: AppContext) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/clause-library',
    {
      config: { permission: 'contracts:read' },
      schema: {
        tags,
        summary: 'The clause library with each clause’s mandatory rule',
        querystring: clauseListQuerySchema,
        response: { 200: clauseListSchema },
      },
    },
    async (request) => {
      const { active, category } = request.query;
      const rows = await listClauses(ctx.db, {
        ...(active ? { active: active === 'true' } : {}),
        ...(category ? { category } : {}),
      });
      const actor = requireActor(request);
      return { items: rows.map((row) => presentClause(actor, row)) };
    },
  );

  app.post(
    '/api/v1/clause-library',
    {
      config: { permission: 'clauses:manage' },
      schema: { tags, summary: 'Add a clause', body: createClauseSchema, response: { 201: clauseSchema } },
    },
    async (request, reply) => {
      const c = draftingContext(request, ctx);
      const row = await createClause(c, request.body);
      return reply.code(201).send(presentClause(c.actor, row));
    },
  );

  app.put(
    '/api/v1/clause-library/:clauseId',
    {
      config: { permission: 'clauses:manage' },
      schema: {
        tags,
        summary: 'Change a clause: texts, order, active flag, mandatory rule',
        params: clauseIdParamsSchema,
        body: updateClauseSchema,
        response: { 200: clauseSchema },
      },
    },
    async (request) => {
      const c = draftingContext(request, ctx);
      return presentClause(c.actor, await updateClause(c, request.params.clauseId, request.body));
    },
  );
}
