import {
  approvalDetailSchema,
  approvalTaskCountSchema,
  approvalTaskListQuerySchema,
  approvalTaskPageSchema,
  decisionRequestSchema,
  idempotencyHeadersSchema,
  idParamsSchema,
  reassignRequestSchema,
} from '@thirdline/shared/workflow/workflow.schemas';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditContextOf } from '../audit/request-context';
import { requireActor } from '../auth/actor';
import { visibleDetail, type WorkflowRouteDeps } from './approvals.routes';
import { decideTask } from './commands/decide';
import { reassignTask } from './commands/reassign';
import { withIdempotency } from './idempotency';
import { countInbox, listInbox } from './inbox.repository';
import { loadPeople, presentTask } from './workflow.presenter';

/** "My tasks" (待办), decisions and reassignment. */
export function registerTaskRoutes(root: FastifyInstance, deps: WorkflowRouteDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/approval-tasks',
    {
      config: { permission: 'approvals:participate' },
      schema: {
        tags: ['workflow'],
        summary: 'My tasks: open (待办) or done, filtered by record type and overdue',
        querystring: approvalTaskListQuerySchema,
        response: { 200: approvalTaskPageSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const now = deps.clock.now();
      const { rows, total } = await listInbox(deps.db, actor.userId, request.query, now);
      const people = await loadPeople(
        deps.db,
        rows.map((r) => r.approval.submitterId),
      );
      const items = rows.map((r) => presentTask(r, people, now));
      return { items, total, page: request.query.page, pageSize: request.query.pageSize };
    },
  );

  app.get(
    '/api/v1/approval-tasks/count',
    {
      config: { permission: 'approvals:participate' },
      schema: {
        tags: ['workflow'],
        summary: 'The inbox badge: my open and overdue tasks',
        response: { 200: approvalTaskCountSchema },
      },
    },
    async (request) => countInbox(deps.db, requireActor(request).userId, deps.clock.now()),
  );

  app.post(
    '/api/v1/approval-tasks/:id/decisions',
    {
      config: { permission: 'approvals:participate' },
      schema: {
        tags: ['workflow'],
        summary: 'Approve, reject, return, delegate or comment; an Idempotency-Key makes a retry safe',
        params: idParamsSchema,
        headers: idempotencyHeadersSchema,
        body: decisionRequestSchema,
        response: { 200: approvalDetailSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const audit = auditContextOf(request, deps.clock);
      const claim = {
        userId: actor.userId,
        key: request.headers['idempotency-key'],
        requestPath: request.url,
        at: audit.at,
      };
      return deps.db.transaction((tx) =>
        withIdempotency(tx, claim, async () => {
          const approvalId = await decideTask(tx, actor, audit, request.params.id, request.body);
          return visibleDetail(tx, actor, approvalId, audit.at);
        }),
      );
    },
  );

  app.post(
    '/api/v1/approval-tasks/:id/reassign',
    {
      config: { permission: 'workflows:manage' },
      schema: {
        tags: ['workflow'],
        summary: 'Give an open task to another user (e.g. the assignee left)',
        params: idParamsSchema,
        body: reassignRequestSchema,
        response: { 200: approvalDetailSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const audit = auditContextOf(request, deps.clock);
      return deps.db.transaction(async (tx) => {
        const approvalId = await reassignTask(tx, audit, request.params.id, request.body);
        return visibleDetail(tx, actor, approvalId, audit.at);
      });
    },
  );
}
