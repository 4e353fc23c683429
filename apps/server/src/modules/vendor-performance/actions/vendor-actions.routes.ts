import {
  closeVendorActionSchema,
  createVendorActionSchema,
  vendorActionIdParamsSchema,
  vendorActionListQuerySchema,
  vendorActionPageSchema,
  vendorActionSchema,
} from '@thirdline/shared/vendor-performance/vendor-actions.schemas';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app-context';
import { notFound } from '../../../platform/errors/problem';
import { performanceContext, type PerformanceContext } from '../context';
import { canReadVendorActions } from '../vendor-performance.policy';
import { closeVendorAction } from './close-vendor-action';
import { createVendorAction } from './create-vendor-action';
import { findVendorAction, listVendorActions, type VendorActionRow } from './vendor-actions.repository';
import { presentVendorActions } from './vendor-actions.presenter';

const tags = ['vendor-actions'];

/** Rewards and penalties on vendors (R4.5). */
export function registerVendorActionRoutes(root: FastifyInstance, ctx: AppContext) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const presentOne = async (c: PerformanceContext, row: VendorActionRow) => {
    const [item] = await presentVendorActions(ctx.db, c.actor, [row], c.today);
    return item as NonNullable<typeof item>;
  };

  app.get(
    '/api/v1/vendor-actions',
    {
      config: { permission: 'vendors:read' },
      schema: {
        tags,
        summary: 'Vendor actions (rewards and penalties)',
        querystring: vendorActionListQuerySchema,
        response: { 200: vendorActionPageSchema },
      },
    },
    async (request) => {
      const c = await performanceContext(request, ctx);
      const { rows, total } = await listVendorActions(ctx.db, request.query);
      const items = await presentVendorActions(ctx.db, c.actor, rows, c.today);
      return { items, total, page: request.query.page, pageSize: request.query.pageSize };
    },
  );

  app.post(
    '/api/v1/vendor-actions',
    {
      config: { permission: 'vendor-actions:write' },
      schema: {
        tags,
        summary: 'Raise a reward or penalty; it goes to the director through the vendor-action flow',
        body: createVendorActionSchema,
        response: { 201: vendorActionSchema },
      },
    },
    async (request, reply) => {
      const c = await performanceContext(request, ctx);
      return reply.code(201).send(await presentOne(c, await createVendorAction(c, request.body)));
    },
  );

  app.get(
    '/api/v1/vendor-actions/:id',
    {
      config: { permission: 'vendors:read' },
      schema: {
        tags,
        summary: 'One vendor action',
        params: vendorActionIdParamsSchema,
        response: { 200: vendorActionSchema },
      },
    },
    async (request) => {
      const c = await performanceContext(request, ctx);
      const row = await findVendorAction(ctx.db, request.params.id);
      if (!row || !canReadVendorActions(c.actor)) throw notFound('No such vendor action.');
      return presentOne(c, row);
    },
  );

  app.post(
    '/api/v1/vendor-actions/:id/close',
    {
      config: { permission: 'vendor-actions:write' },
      schema: {
        tags,
        summary: 'Close an approved rectification request: the vendor has rectified',
        params: vendorActionIdParamsSchema,
        body: closeVendorActionSchema,
        response: { 200: vendorActionSchema },
      },
    },
    async (request) => {
      const c = await performanceContext(request, ctx);
      return presentOne(c, await closeVendorAction(c, request.params.id, request.body));
    },
  );
}
