import {
  createVendorSchema,
  similarVendorsQuerySchema,
  similarVendorsSchema,
  subcontractorTreeSchema,
  updateVendorSchema,
  vendorExportQuerySchema,
  vendorIdParamsSchema,
  vendorListQuerySchema,
  vendorPageSchema,
  vendorSchema,
  vendorSummarySchema,
  vendorTransitionSchema,
  QUALIFICATION_EXPIRING_DAYS,
  VENDOR_STATUSES,
} from '@thirdline/shared/vendors/vendors.schemas';
import type { financialSchema } from '@thirdline/shared/vendors/vendor-records.schemas';
import { startApprovalRequestSchema, startApprovalResultSchema } from '@thirdline/shared/workflow/workflow.schemas';
import { vendorDetailSchema } from '@thirdline/shared/vendors/vendor-records.schemas';
import { normaliseVendorName } from '@thirdline/shared/vendors/vendor-name';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { AppContext } from '../../app-context';
import { requireActor } from '../../platform/auth/actor';
import { runningApprovalId, runningApprovalIds } from '../../platform/workflow';
import { notFound } from '../../platform/errors/problem';
import { sendXlsx, streamXlsx } from '../../platform/http/xlsx';
import { createVendor } from './commands/create-vendor';
import { requestVendorApproval } from './commands/request-approval';
import { transitionVendor } from './commands/transition-vendor';
import { updateVendor } from './commands/update-vendor';
import { listValues } from './lists/vendor-lists.repository';
import { commandContext } from './route-context';
import { subcontractorTree } from './subcontractor-tree';
import { EXPORT_ROW_LIMIT, vendorColumns } from './vendors.export';
import { presentRecord, RECORD_KINDS } from './vendor-records';
import { listRecords } from './vendor-records.repository';
import { canSeeFinancials } from './vendors.policy';
import { presentVendor } from './vendors.presenter';
import {
  findSimilarVendors,
  findVendorById,
  listVendors,
  qualificationCounts,
  vendorBatches,
  vendorCounts,
} from './vendors.repository';

const tags = ['vendors'];

export function registerVendorRoutes(root: FastifyInstance, ctx: AppContext) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/vendors',
    {
      config: { permission: 'vendors:read' },
      schema: {
        tags,
        summary: 'List vendors',
        querystring: vendorListQuerySchema,
        response: { 200: vendorPageSchema },
      },
    },
    async (request) => {
      const c = await commandContext(request, ctx);
      const { page, pageSize } = request.query;
      const { rows, total } = await listVendors(ctx.db, request.query, c.today, pageSize, (page - 1) * pageSize);
      const pending = await runningApprovalIds(
        ctx.db,
        'vendor',
        rows.map((v) => v.id),
      );
      return { items: rows.map((v) => presentVendor(c.actor, v, pending.get(v.id) ?? null)), total, page, pageSize };
    },
  );

  app.get(
    '/api/v1/vendors/summary',
    {
      config: { permission: 'vendors:read' },
      schema: { tags, summary: 'Vendor counts for the dashboard cards', response: { 200: vendorSummarySchema } },
    },
    async (request) => {
      const c = await commandContext(request, ctx);
      const byStatus = Object.fromEntries(VENDOR_STATUSES.map((s) => [s, 0])) as Record<string, number>;
      const tiers = await listValues(ctx.db, 'tier');
      const byTier = Object.fromEntries(tiers.map((t) => [t.code, 0])) as Record<string, number>;
      let total = 0;
      for (const r of await vendorCounts(ctx.db)) {
        byStatus[r.status] = (byStatus[r.status] ?? 0) + r.n;
        byTier[r.tier] = (byTier[r.tier] ?? 0) + r.n;
        total += r.n;
      }
      const q = await qualificationCounts(ctx.db, c.today, QUALIFICATION_EXPIRING_DAYS);
      return {
        total,
        byStatus: byStatus as never,
        byTier,
        qualificationsExpiring: q.expiring,
        qualificationsExpired: q.expired,
        dueDiligenceExpired: q.dueDiligenceExpired,
      };
    },
  );

  app.get(
    '/api/v1/vendors/similar',
    {
      config: { permission: 'vendors:read' },
      schema: {
        tags,
        summary: 'Vendors whose name is like this one (likely duplicates)',
        querystring: similarVendorsQuerySchema,
        response: { 200: similarVendorsSchema },
      },
    },
    async (request) => {
      const rows = await findSimilarVendors(ctx.db, normaliseVendorName(request.query.name));
      return rows.map((r) => ({ ...r, status: r.status as (typeof VENDOR_STATUSES)[number] }));
    },
  );

  app.get(
    '/api/v1/vendors/export',
    {
      config: { permission: 'vendors:read' },
      schema: {
        tags,
        summary: 'Export vendors (xlsx, same filters as the list)',
        querystring: vendorExportQuerySchema,
      },
    },
    async (request, reply) => {
      const c = await commandContext(request, ctx);
      const zh = requireActor(request).locale !== 'en-US';
      const rows = vendorBatches(ctx.db, request.query, c.today, EXPORT_ROW_LIMIT);
      const body = streamXlsx(vendorColumns(zh), rows, { sheetName: zh ? '供应商' : 'Vendors' });
      body.on('error', (err) => request.log.error({ err }, 'vendor export failed'));
      return sendXlsx(reply, `vendors-${c.today}.xlsx`, body);
    },
  );

  app.post(
    '/api/v1/vendors',
    {
      config: { permission: 'vendors:write' },
      schema: { tags, summary: 'Register a vendor', body: createVendorSchema, response: { 201: vendorSchema } },
    },
    async (request, reply) => {
      const c = await commandContext(request, ctx);
      return reply.status(201).send(presentVendor(c.actor, await createVendor(c, request.body)));
    },
  );

  app.get(
    '/api/v1/vendors/:id',
    {
      config: { permission: 'vendors:read' },
      schema: {
        tags,
        summary: 'A vendor (with its financial snapshots for those who may see them)',
        params: vendorIdParamsSchema,
        response: { 200: vendorDetailSchema },
      },
    },
    async (request) => {
      const c = await commandContext(request, ctx);
      const vendor = await findVendorById(ctx.db, request.params.id);
      if (!vendor) throw notFound('No such vendor.');
      const presented = presentVendor(c.actor, vendor, await runningApprovalId(ctx.db, 'vendor', vendor.id));
      if (!canSeeFinancials(c.actor, vendor)) return presented;
      const snapshots = await listRecords(ctx.db, RECORD_KINDS.financials, vendor.id);
      const financials = snapshots
        .map((r) => presentRecord(RECORD_KINDS.financials, r, c.today) as z.infer<typeof financialSchema>)
        .sort((a, b) => b.year - a.year);
      return { ...presented, financials };
    },
  );

  app.patch(
    '/api/v1/vendors/:id',
    {
      config: { permission: 'vendors:write' },
      schema: {
        tags,
        summary: 'Change a vendor',
        params: vendorIdParamsSchema,
        body: updateVendorSchema,
        response: { 200: vendorSchema },
      },
    },
    async (request) => {
      const c = await commandContext(request, ctx);
      const vendor = await updateVendor(c, request.params.id, request.body);
      return presentVendor(c.actor, vendor, await runningApprovalId(ctx.db, 'vendor', vendor.id));
    },
  );

  app.post(
    '/api/v1/vendors/:id/transitions',
    {
      config: { permission: 'vendors:transition' },
      schema: {
        tags,
        summary: 'Move a vendor through its lifecycle (approving checks the approval conditions)',
        params: vendorIdParamsSchema,
        body: vendorTransitionSchema,
        response: { 200: vendorSchema },
      },
    },
    async (request) => {
      const c = await commandContext(request, ctx);
      const vendor = await transitionVendor(c, request.params.id, request.body);
      return presentVendor(c.actor, vendor, await runningApprovalId(ctx.db, 'vendor', vendor.id));
    },
  );

  app.post(
    '/api/v1/vendors/:id/approval-requests',
    {
      config: { permission: 'vendors:transition' },
      schema: {
        tags,
        summary: 'Send the vendor through the vendor-approval flow (department head → finance → executive)',
        params: vendorIdParamsSchema,
        body: startApprovalRequestSchema,
        response: { 201: startApprovalResultSchema },
      },
    },
    async (request, reply) => {
      const c = await commandContext(request, ctx);
      const started = await requestVendorApproval(c, request.params.id, request.body.comment ?? null);
      return reply.status(201).send(started);
    },
  );

  app.get(
    '/api/v1/vendors/:id/subcontractor-tree',
    {
      config: { permission: 'vendors:read' },
      schema: {
        tags,
        summary: 'The chain of subcontractors below a vendor, several levels deep',
        params: vendorIdParamsSchema,
        response: { 200: subcontractorTreeSchema },
      },
    },
    async (request) => {
      if (!(await findVendorById(ctx.db, request.params.id))) throw notFound('No such vendor.');
      return subcontractorTree(ctx.db, request.params.id);
    },
  );
}
