import {
  createEmergencyActionSchema,
  emergencyActionIdParamsSchema,
  emergencyActionSchema,
  emergencyExportQuerySchema,
  emergencyListQuerySchema,
  emergencyPageSchema,
  submitEmergencyReportSchema,
} from '@thirdline/shared/emergency/emergency.schemas';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context';
import { auditContextOf } from '../../platform/audit/request-context';
import { requireActor } from '../../platform/auth/actor';
import { localDate } from '../../platform/calendar/zoned-time';
import { notFound } from '../../platform/errors/problem';
import { createXlsx, sendXlsx } from '../../platform/http/xlsx';
import { organisationTimeZone } from '../org';
import type { EmergencyCommandContext } from './commands/context';
import { recordEmergencyAction } from './commands/record-emergency-action';
import { submitEmergencyReport } from './commands/submit-emergency-report';
import { findEmergencyAction, listEmergencyActions, type EmergencyActionRow } from './emergency.repository';
import { canOverseeEmergencies, canReadEmergencyAction } from './emergency.policy';
import { emergencyColumns } from './emergency.export';
import { presentEmergencyActions } from './emergency.presenter';

const tags = ['emergency'];
const EXPORT_ROW_LIMIT = 10_000;

/** Whose actions a caller lists: everybody's with the oversight permission, otherwise only their own. */
const reporterScope = (c: EmergencyCommandContext) => (canOverseeEmergencies(c.actor) ? null : c.actor.userId);

async function commandContext(request: FastifyRequest, ctx: AppContext): Promise<EmergencyCommandContext> {
  const audit = auditContextOf(request, ctx.clock);
  const timeZone = await organisationTimeZone(ctx.db, ctx.env.ORG_TIME_ZONE);
  return { db: ctx.db, actor: requireActor(request), audit, today: localDate(audit.at, timeZone) };
}

/** Emergency act-first (R1.3): record the action, file the report, see what is overdue. */
export function registerEmergencyRoutes(root: FastifyInstance, ctx: AppContext) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const presentOne = async (c: EmergencyCommandContext, row: EmergencyActionRow) => {
    const [item] = await presentEmergencyActions(ctx.db, c.actor, [row], c.audit.at);
    return item as NonNullable<typeof item>;
  };

  app.get(
    '/api/v1/emergency-actions',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: 'Emergency actions: own ones, or every one with emergency:oversee',
        querystring: emergencyListQuerySchema,
        response: { 200: emergencyPageSchema },
      },
    },
    async (request) => {
      const c = await commandContext(request, ctx);
      const { page, pageSize } = request.query;
      if (!canOverseeEmergencies(c.actor) && !c.actor.permissions.has('emergency:report')) {
        return { items: [], total: 0, page, pageSize };
      }
      const { rows, total } = await listEmergencyActions(ctx.db, request.query, {
        reporterId: reporterScope(c),
        now: c.audit.at,
      });
      return { items: await presentEmergencyActions(ctx.db, c.actor, rows, c.audit.at), total, page, pageSize };
    },
  );

  app.get(
    '/api/v1/emergency-actions/export',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: 'Export emergency actions (xlsx, same filters as the list)',
        querystring: emergencyExportQuerySchema,
      },
    },
    async (request, reply) => {
      const c = await commandContext(request, ctx);
      const query = { ...request.query, page: 1, pageSize: EXPORT_ROW_LIMIT };
      const visible = canOverseeEmergencies(c.actor) || c.actor.permissions.has('emergency:report');
      const { rows } = visible
        ? await listEmergencyActions(ctx.db, query, { reporterId: reporterScope(c), now: c.audit.at })
        : { rows: [] };
      const items = await presentEmergencyActions(ctx.db, c.actor, rows, c.audit.at);
      const zh = requireActor(request).locale !== 'en-US';
      const body = await createXlsx(emergencyColumns(zh), items, { sheetName: zh ? '紧急处置' : 'Emergency actions' });
      return sendXlsx(reply, `emergency-actions-${c.today}.xlsx`, body);
    },
  );

  app.post(
    '/api/v1/emergency-actions',
    {
      config: { permission: 'emergency:report' },
      schema: {
        tags,
        summary: 'Record an emergency action taken before approval',
        body: createEmergencyActionSchema,
        response: { 201: emergencyActionSchema },
      },
    },
    async (request, reply) => {
      const c = await commandContext(request, ctx);
      const row = await recordEmergencyAction(c, request.body);
      return reply.code(201).send(await presentOne(c, row));
    },
  );

  app.get(
    '/api/v1/emergency-actions/:id',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        summary: 'One emergency action',
        params: emergencyActionIdParamsSchema,
        response: { 200: emergencyActionSchema },
      },
    },
    async (request) => {
      const c = await commandContext(request, ctx);
      const row = await findEmergencyAction(ctx.db, request.params.id);
      if (!row || !canReadEmergencyAction(c.actor, row)) throw notFound('No such emergency action.');
      return presentOne(c, row);
    },
  );

  app.post(
    '/api/v1/emergency-actions/:id/report',
    {
      config: { permission: 'emergency:report' },
      schema: {
        tags,
        summary: 'File the written report; it goes to the director for acknowledgement',
        params: emergencyActionIdParamsSchema,
        body: submitEmergencyReportSchema,
        response: { 200: emergencyActionSchema },
      },
    },
    async (request) => {
      const c = await commandContext(request, ctx);
      return presentOne(c, await submitEmergencyReport(c, request.params.id, request.body));
    },
  );
}
