import {
  approvalDetailSchema,
  approvalListQuerySchema,
  approvalPageSchema,
  commentRequestSchema,
  idParamsSchema,
} from '@thirdline/shared/workflow/workflow.schemas';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db, Executor } from '../../db/client';
import { auditContextOf } from '../audit/request-context';
import { requireActor, type Actor } from '../auth/actor';
import type { Clock } from '../calendar/clock';
import { forbidden } from '../errors/problem';
import { contentDisposition } from '../storage/content-disposition';
import { resubmitApproval, withdrawApproval } from './commands/submitter-actions';
import { listApprovals } from './inbox.repository';
import { renderApprovalForm } from './approval-form';
import { requireVisibleApproval, approvalPermissions } from './workflow.policy';
import { loadPeople, presentDetail, presentSummary } from './workflow.presenter';
import { findApproval } from './workflow.repository';
import { workflowRuntime } from './runtime';

export interface WorkflowRouteDeps {
  db: Db;
  clock: Clock;
}

/** The approval, as the caller may see it (404 otherwise), presented in full. */
export async function visibleDetail(db: Executor, actor: Actor, id: string, now: Date) {
  const approval = await requireVisibleApproval(db, actor, await findApproval(db, id));
  return presentDetail(db, actor, approval, now);
}

export function registerApprovalRoutes(root: FastifyInstance, deps: WorkflowRouteDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/approvals',
    {
      config: { permission: 'approvals:participate' },
      schema: {
        tags: ['workflow'],
        summary: 'My requests (scope=mine), or every approval (scope=all, workflows:manage)',
        querystring: approvalListQuerySchema,
        response: { 200: approvalPageSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { query } = request;
      if (query.scope === 'all' && !actor.permissions.has('workflows:manage')) {
        throw forbidden('Seeing every approval needs the permission "workflows:manage".');
      }
      const { rows, total } = await listApprovals(deps.db, query, query.scope === 'mine' ? actor.userId : null);
      const people = await loadPeople(
        deps.db,
        rows.map((r) => r.submitterId),
      );
      return {
        items: rows.map((r) => ({ ...presentSummary(r, people), permissions: approvalPermissions(actor, r) })),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },
  );

  app.get(
    '/api/v1/approvals/:id',
    {
      // Auditors see every approval without taking part in any: visibility is checked per record (404 otherwise).
      config: { permission: 'authenticated' },
      schema: {
        tags: ['workflow'],
        summary: 'An approval: stages, tasks, decisions and timeline',
        params: idParamsSchema,
        response: { 200: approvalDetailSchema },
      },
    },
    async (request) => visibleDetail(deps.db, requireActor(request), request.params.id, deps.clock.now()),
  );

  for (const [verb, command] of [
    ['withdraw', withdrawApproval],
    ['resubmit', resubmitApproval],
  ] as const) {
    app.post(
      `/api/v1/approvals/:id/${verb}`,
      {
        config: { permission: 'approvals:participate' },
        schema: {
          tags: ['workflow'],
          summary:
            verb === 'withdraw'
              ? 'The submitter withdraws a pending or returned request'
              : 'The submitter resubmits a returned request: it resumes at the returning stage',
          params: idParamsSchema,
          body: commentRequestSchema,
          response: { 200: approvalDetailSchema },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const audit = auditContextOf(request, deps.clock);
        return deps.db.transaction(async (tx) => {
          await command(tx, actor, audit, request.params.id, request.body.comment ?? null);
          return visibleDetail(tx, actor, request.params.id, audit.at);
        });
      },
    );
  }

  app.get(
    '/api/v1/approvals/:id/form.pdf',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags: ['workflow'],
        summary: 'The printable approval form (审批单) as PDF',
        params: idParamsSchema,
        response: { 200: z.any().describe('application/pdf') },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const detail = await visibleDetail(deps.db, actor, request.params.id, deps.clock.now());
      const approval = await findApproval(deps.db, detail.id);
      const timeZone = await workflowRuntime().timeZone(deps.db);
      const pdf = await renderApprovalForm(detail, approval?.context ?? {}, timeZone);
      return reply
        .type('application/pdf')
        .header('content-disposition', contentDisposition(`审批单-${detail.reference}.pdf`))
        .send(pdf);
    },
  );
}
