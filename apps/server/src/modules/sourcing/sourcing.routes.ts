import {
  createSourcingRequestSchema,
  sourcingListQuerySchema,
  sourcingPageSchema,
  sourcingRequestIdParamsSchema,
  sourcingRequestSchema,
  submitSourcingRequestSchema,
  transitionSourcingRequestSchema,
  updateSourcingRequestSchema,
} from '@thirdline/shared/sourcing/sourcing.schemas';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context';
import { notFound } from '../../platform/errors/problem';
import { sourcingContext, type SourcingCommandContext } from './commands/context';
import { createSourcingRequest } from './commands/create-sourcing-request';
import { submitSourcingRequest } from './commands/submit-sourcing-request';
import { transitionSourcingRequest } from './commands/transition-sourcing-request';
import { updateSourcingRequest } from './commands/update-sourcing-request';
import { findSourcingRequest, listSourcingRequests, type SourcingRequestRow } from './sourcing.repository';
import { presentSourcingRequests } from './sourcing.presenter';

const tags = ['sourcing'];
const params = sourcingRequestIdParamsSchema;

/** Sourcing requests (R2.1, R2.2): raise, edit, submit for approval, start sourcing, cancel. */
export function registerSourcingRoutes(root: FastifyInstance, ctx: AppContext) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const presentOne = async (c: SourcingCommandContext, row: SourcingRequestRow) => {
    const [item] = await presentSourcingRequests(ctx.db, c.actor, [row]);
    return item as NonNullable<typeof item>;
  };
  const one = { 200: sourcingRequestSchema };

  app.get(
    '/api/v1/sourcing-requests',
    {
      config: { permission: 'sourcing:read' },
      schema: {
        tags,
        summary: 'Sourcing requests (filters: status, department, category, urgency, risk level, q)',
        querystring: sourcingListQuerySchema,
        response: { 200: sourcingPageSchema },
      },
    },
    async (request) => {
      const c = await sourcingContext(request, ctx);
      const { rows, total } = await listSourcingRequests(ctx.db, request.query);
      const { page, pageSize } = request.query;
      return { items: await presentSourcingRequests(ctx.db, c.actor, rows), total, page, pageSize };
    },
  );

  app.post(
    '/api/v1/sourcing-requests',
    {
      config: { permission: 'sourcing:write' },
      schema: {
        tags,
        summary: 'Raise a sourcing request (draft, SR-YYYY-NNNN)',
        body: createSourcingRequestSchema,
        response: { 201: sourcingRequestSchema },
      },
    },
    async (request, reply) => {
      const c = await sourcingContext(request, ctx);
      return reply.code(201).send(await presentOne(c, await createSourcingRequest(c, request.body)));
    },
  );

  app.get(
    '/api/v1/sourcing-requests/:id',
    {
      config: { permission: 'sourcing:read' },
      schema: { tags, summary: 'One sourcing request', params, response: one },
    },
    async (request) => {
      const c = await sourcingContext(request, ctx);
      const row = await findSourcingRequest(ctx.db, request.params.id);
      if (!row) throw notFound('No such sourcing request.');
      return presentOne(c, row);
    },
  );

  app.patch(
    '/api/v1/sourcing-requests/:id',
    {
      config: { permission: 'sourcing:write' },
      schema: {
        tags,
        summary: 'Edit a draft or returned request',
        params,
        body: updateSourcingRequestSchema,
        response: one,
      },
    },
    async (request) => {
      const c = await sourcingContext(request, ctx);
      return presentOne(c, await updateSourcingRequest(c, request.params.id, request.body));
    },
  );

  app.post(
    '/api/v1/sourcing-requests/:id/submit',
    {
      config: { permission: 'sourcing:write' },
      schema: {
        tags,
        summary: 'Submit for the procurement approval (department head → finance → executive)',
        params,
        body: submitSourcingRequestSchema,
        response: one,
      },
    },
    async (request) => {
      const c = await sourcingContext(request, ctx);
      return presentOne(c, await submitSourcingRequest(c, request.params.id, request.body));
    },
  );

  app.post(
    '/api/v1/sourcing-requests/:id/transition',
    {
      config: { permission: 'sourcing:write' },
      schema: {
        tags,
        summary: 'Start sourcing an approved request, or cancel one (reason required)',
        params,
        body: transitionSourcingRequestSchema,
        response: one,
      },
    },
    async (request) => {
      const c = await sourcingContext(request, ctx);
      return presentOne(c, await transitionSourcingRequest(c, request.params.id, request.body));
    },
  );
}
