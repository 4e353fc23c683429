import {
  campaignIdParamsSchema,
  campaignListQuerySchema,
  campaignPageSchema,
  campaignSchema,
  campaignVendorPageSchema,
  campaignVendorQuerySchema,
  closeCampaignSchema,
  createCampaignSchema,
  saveSheetSchema,
  sheetListQuerySchema,
  sheetPageSchema,
  sheetParamsSchema,
  sheetSchema,
  vendorGradesSchema,
  vendorIdParamsSchema,
} from '@thirdline/shared/vendor-performance/campaigns.schemas';
import type { GradeBands } from '@thirdline/shared/vendor-performance/grades';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app-context';
import { notFound } from '../../../platform/errors/problem';
import { performanceContext, type PerformanceContext } from '../context';
import { canManageCampaigns, canReadCampaign } from '../vendor-performance.policy';
import { closeCampaign } from './close-campaign';
import { createCampaign } from './create-campaign';
import { campaignsScoredBy, findCampaign, listCampaigns, type CampaignRow } from './campaigns.repository';
import { presentCampaigns, presentCampaignVendor, presentSheets } from './campaigns.presenter';
import { saveSheet } from './save-sheet';
import { campaignVendorPage, findSheet, gradesOfVendor, listSheets } from './sheets.repository';

const tags = ['re-evaluation-campaigns'];
const base = '/api/v1/re-evaluation-campaigns';

/** A campaign the caller may read (managers, and its evaluators), else 404. */
async function readableCampaign(
  c: PerformanceContext,
  id: string,
): Promise<{ row: CampaignRow; isEvaluator: boolean }> {
  const row = await findCampaign(c.db, id);
  const isEvaluator = !!row && (await campaignsScoredBy(c.db, [id], c.actor.userId)).has(id);
  if (!row || !canReadCampaign(c.actor, isEvaluator)) throw notFound('No such re-evaluation campaign.');
  return { row, isEvaluator };
}

/** Annual re-evaluation campaigns (R4.4): create, progress, score sheets, close with grades. */
export function registerCampaignRoutes(root: FastifyInstance, ctx: AppContext) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const presentOne = async (c: PerformanceContext, row: CampaignRow) =>
    (await presentCampaigns(ctx.db, c.actor, [row], c.today))[0] as NonNullable<
      Awaited<ReturnType<typeof presentCampaigns>>[number]
    >;

  app.get(
    base,
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: 'Campaigns: every one for those who run them, else those the caller scores in',
        querystring: campaignListQuerySchema,
        response: { 200: campaignPageSchema },
      },
    },
    async (request) => {
      const c = await performanceContext(request, ctx);
      const scope = { evaluatorId: canManageCampaigns(c.actor) ? null : c.actor.userId };
      const { rows, total } = await listCampaigns(ctx.db, request.query, scope);
      const items = await presentCampaigns(ctx.db, c.actor, rows, c.today);
      return { items, total, page: request.query.page, pageSize: request.query.pageSize };
    },
  );

  app.post(
    base,
    {
      config: { permission: 're-evaluations:manage' },
      schema: { tags, summary: 'Start a campaign', body: createCampaignSchema, response: { 201: campaignSchema } },
    },
    async (request, reply) => {
      const c = await performanceContext(request, ctx);
      return reply.code(201).send(await presentOne(c, await createCampaign(c, request.body)));
    },
  );

  app.get(
    `${base}/:id`,
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: 'One campaign with its progress',
        params: campaignIdParamsSchema,
        response: { 200: campaignSchema },
      },
    },
    async (request) => {
      const c = await performanceContext(request, ctx);
      return presentOne(c, (await readableCampaign(c, request.params.id)).row);
    },
  );

  app.post(
    `${base}/:id/close`,
    {
      config: { permission: 're-evaluations:manage' },
      schema: {
        tags,
        summary: 'Close the campaign: fix every vendor’s score and grade',
        params: campaignIdParamsSchema,
        body: closeCampaignSchema,
        response: { 200: campaignSchema },
      },
    },
    async (request) => {
      const c = await performanceContext(request, ctx);
      return presentOne(c, await closeCampaign(c, request.params.id, request.body.version));
    },
  );

  app.get(
    `${base}/:id/vendors`,
    {
      config: { permission: 're-evaluations:manage' },
      schema: {
        tags,
        summary: 'Progress per vendor: sheets submitted / total, score, grade and suggested actions',
        params: campaignIdParamsSchema,
        querystring: campaignVendorQuerySchema,
        response: { 200: campaignVendorPageSchema },
      },
    },
    async (request) => {
      const c = await performanceContext(request, ctx);
      const { row } = await readableCampaign(c, request.params.id);
      const { rows, total } = await campaignVendorPage(ctx.db, row.id, request.query);
      const items = rows.map((r) => presentCampaignVendor(r, row.bands as GradeBands));
      return { items, total, page: request.query.page, pageSize: request.query.pageSize };
    },
  );

  app.get(
    `${base}/:id/sheets`,
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: 'Score sheets: the caller’s own (evaluators), or every one (campaign managers)',
        params: campaignIdParamsSchema,
        querystring: sheetListQuerySchema,
        response: { 200: sheetPageSchema },
      },
    },
    async (request) => {
      const c = await performanceContext(request, ctx);
      const { row } = await readableCampaign(c, request.params.id);
      const onlyMine = request.query.mine === 'true' || !canManageCampaigns(c.actor);
      const { rows, total } = await listSheets(ctx.db, row.id, request.query, onlyMine ? c.actor.userId : null);
      const items = await presentSheets(ctx.db, c.actor, row, rows);
      return { items, total, page: request.query.page, pageSize: request.query.pageSize };
    },
  );

  app.get(
    `${base}/:id/sheets/:sheetId`,
    {
      config: { permission: 'authenticated' },
      schema: { tags, summary: 'One score sheet', params: sheetParamsSchema, response: { 200: sheetSchema } },
    },
    async (request) => {
      const c = await performanceContext(request, ctx);
      const { row } = await readableCampaign(c, request.params.id);
      const found = await findSheet(ctx.db, row.id, request.params.sheetId);
      const [sheet] = found ? await presentSheets(ctx.db, c.actor, row, [found]) : [];
      if (!sheet || sheet.permissions.length === 0) throw notFound('No such score sheet.');
      return sheet;
    },
  );

  app.put(
    `${base}/:id/sheets/:sheetId`,
    {
      config: { permission: 'evaluations:participate' },
      schema: {
        tags,
        summary: 'Save (and optionally submit) the caller’s scores on one vendor',
        params: sheetParamsSchema,
        body: saveSheetSchema,
        response: { 200: sheetSchema },
      },
    },
    async (request) => {
      const c = await performanceContext(request, ctx);
      const { row } = await readableCampaign(c, request.params.id);
      await saveSheet(c, row.id, request.params.sheetId, request.body);
      const found = await findSheet(ctx.db, row.id, request.params.sheetId);
      const [sheet] = await presentSheets(ctx.db, c.actor, row, found ? [found] : []);
      return sheet as NonNullable<typeof sheet>;
    },
  );

  app.get(
    '/api/v1/vendors/:id/re-evaluation-grades',
    {
      config: { permission: 'vendors:read' },
      schema: {
        tags,
        summary: 'A vendor’s grade per closed campaign (the trend over years)',
        params: vendorIdParamsSchema,
        response: { 200: vendorGradesSchema },
      },
    },
    async (request) => {
      const rows = await gradesOfVendor(ctx.db, request.params.id);
      return {
        items: rows.map((r) => ({
          campaignId: r.campaignId,
          campaignName: r.campaignName,
          year: r.year,
          score: Number(r.score),
          grade: r.grade as 'A' | 'B' | 'C' | 'D',
          closedAt: (r.closedAt as Date).toISOString(),
        })),
      };
    },
  );
}
