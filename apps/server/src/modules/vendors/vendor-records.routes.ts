import {
  contactSchema,
  createContactSchema,
  createDueDiligenceSchema,
  createFinancialSchema,
  createQualificationSchema,
  createReferenceSchema,
  createSubcontractorSchema,
  createViolationSchema,
  dueDiligenceSchema,
  financialSchema,
  qualificationSchema,
  referenceSchema,
  subcontractorSchema,
  updateContactSchema,
  updateDueDiligenceSchema,
  updateFinancialSchema,
  updateQualificationSchema,
  updateReferenceSchema,
  updateSubcontractorSchema,
  updateViolationSchema,
  violationSchema,
} from '@thirdline/shared/vendors/vendor-records.schemas';
import { vendorIdParamsSchema, vendorItemParamsSchema } from '@thirdline/shared/vendors/vendors.schemas';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context';
import { notFound } from '../../platform/errors/problem';
import { createVendorRecord } from './commands/create-vendor-record';
import { linkSubcontractor } from './commands/link-subcontractor';
import { updateVendorRecord } from './commands/update-vendor-record';
import { commandContext } from './route-context';
import { presentRecord, RECORD_KINDS, type RecordRow, type VendorRecordKind } from './vendor-records';
import { listRecords, listSubcontractorViews } from './vendor-records.repository';
import { findVendorById } from './vendors.repository';
import { canSeeFinancials, type VendorActor } from './vendors.policy';

const tags = ['vendor records'];

/** The kinds with generic create/update, and the schemas of each. */
const ROUTED = [
  {
    kind: RECORD_KINDS.contacts,
    create: createContactSchema,
    update: updateContactSchema,
    item: contactSchema,
    what: 'contact',
  },
  {
    kind: RECORD_KINDS.references,
    create: createReferenceSchema,
    update: updateReferenceSchema,
    item: referenceSchema,
    what: 'past project',
  },
  {
    kind: RECORD_KINDS.qualifications,
    create: createQualificationSchema,
    update: updateQualificationSchema,
    item: qualificationSchema,
    what: 'qualification',
  },
  {
    kind: RECORD_KINDS.financials,
    create: createFinancialSchema,
    update: updateFinancialSchema,
    item: financialSchema,
    what: 'financial snapshot',
  },
  {
    kind: RECORD_KINDS.dueDiligence,
    create: createDueDiligenceSchema,
    update: updateDueDiligenceSchema,
    item: dueDiligenceSchema,
    what: 'due-diligence record',
  },
  {
    kind: RECORD_KINDS.violations,
    create: createViolationSchema,
    update: updateViolationSchema,
    item: violationSchema,
    what: 'violation',
  },
] as const;

/** The vendor if the actor may see this kind of record on it (financials: see vendors.policy), else 404. */
async function visibleVendor(ctx: AppContext, actor: VendorActor, kind: VendorRecordKind, vendorId: string) {
  const vendor = await findVendorById(ctx.db, vendorId);
  if (!vendor || (kind.financial && !canSeeFinancials(actor, vendor))) throw notFound('No such vendor record.');
  return vendor;
}

async function presentSubcontractor(ctx: AppContext, vendorId: string, row: RecordRow) {
  const [view] = await listSubcontractorViews(ctx.db, vendorId, row.id);
  if (!view) throw notFound('No such vendor record.');
  return {
    ...presentRecord(RECORD_KINDS.subcontractors, view.link as unknown as RecordRow, ''),
    subcontractorReference: view.reference,
    subcontractorName: view.name,
  } as z.infer<typeof subcontractorSchema>;
}

export function registerVendorRecordRoutes(root: FastifyInstance, ctx: AppContext) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  for (const { kind, create, update, item, what } of ROUTED) {
    const base = `/api/v1/vendors/:id/${kind.path}`;
    type Item = z.infer<typeof item>;
    app.get(
      base,
      {
        config: { permission: 'vendors:read' },
        schema: {
          tags,
          summary: `A vendor's ${what}s`,
          params: vendorIdParamsSchema,
          response: { 200: z.array(item) },
        },
      },
      async (request) => {
        const c = await commandContext(request, ctx);
        await visibleVendor(ctx, c.actor, kind, request.params.id);
        const rows = await listRecords(ctx.db, kind, request.params.id);
        return rows.map((r) => presentRecord(kind, r, c.today) as Item);
      },
    );
    app.post(
      base,
      {
        config: { permission: 'vendors:write' },
        schema: { tags, summary: `Add a ${what}`, params: vendorIdParamsSchema, body: create, response: { 201: item } },
      },
      async (request, reply) => {
        const c = await commandContext(request, ctx);
        const row = await createVendorRecord(c, kind, request.params.id, request.body as Record<string, unknown>);
        return reply.status(201).send(presentRecord(kind, row, c.today) as Item);
      },
    );
    app.patch(
      `${base}/:itemId`,
      {
        config: { permission: 'vendors:write' },
        schema: {
          tags,
          summary: `Change a ${what}`,
          params: vendorItemParamsSchema,
          body: update,
          response: { 200: item },
        },
      },
      async (request) => {
        const c = await commandContext(request, ctx);
        const { id, itemId } = request.params;
        const row = await updateVendorRecord(
          c,
          kind,
          id,
          itemId,
          request.body as Record<string, unknown> & { version: number },
        );
        return presentRecord(kind, row, c.today) as Item;
      },
    );
  }

  const subs = '/api/v1/vendors/:id/subcontractors';
  app.get(
    subs,
    {
      config: { permission: 'vendors:read' },
      schema: {
        tags,
        summary: "A vendor's direct subcontractors",
        params: vendorIdParamsSchema,
        response: { 200: z.array(subcontractorSchema) },
      },
    },
    async (request) => {
      if (!(await findVendorById(ctx.db, request.params.id))) throw notFound('No such vendor.');
      const views = await listSubcontractorViews(ctx.db, request.params.id);
      return views.map((v) => ({
        ...(presentRecord(RECORD_KINDS.subcontractors, v.link as unknown as RecordRow, '') as Omit<
          z.infer<typeof subcontractorSchema>,
          'subcontractorReference' | 'subcontractorName'
        >),
        subcontractorReference: v.reference,
        subcontractorName: v.name,
      }));
    },
  );
  app.post(
    subs,
    {
      config: { permission: 'vendors:write' },
      schema: {
        tags,
        summary: 'Link a subcontractor (cycles are refused)',
        params: vendorIdParamsSchema,
        body: createSubcontractorSchema,
        response: { 201: subcontractorSchema },
      },
    },
    async (request, reply) => {
      const c = await commandContext(request, ctx);
      const row = await linkSubcontractor(c, request.params.id, request.body);
      return reply.status(201).send(await presentSubcontractor(ctx, request.params.id, row));
    },
  );
  app.patch(
    `${subs}/:itemId`,
    {
      config: { permission: 'vendors:write' },
      schema: {
        tags,
        summary: 'Change a subcontractor link',
        params: vendorItemParamsSchema,
        body: updateSubcontractorSchema,
        response: { 200: subcontractorSchema },
      },
    },
    async (request) => {
      const c = await commandContext(request, ctx);
      const { id, itemId } = request.params;
      const row = await updateVendorRecord(c, RECORD_KINDS.subcontractors, id, itemId, request.body);
      return presentSubcontractor(ctx, id, row);
    },
  );
}
