import {
  idParamsSchema,
  updateWorkflowDefinitionSchema,
  workflowDefinitionListSchema,
  workflowDefinitionSchema,
  type WorkflowDefinition,
} from '@thirdline/shared/workflow/workflow.schemas';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditContextOf } from '../audit/request-context';
import type { WorkflowRouteDeps } from './approvals.routes';
import { updateDefinition } from './commands/update-definition';
import { listDefinitions, type DefinitionRow } from './workflow.repository';

function presentDefinition(d: DefinitionRow): WorkflowDefinition {
  return {
    id: d.id,
    code: d.code,
    name: d.name,
    recordType: d.recordType,
    enabled: d.enabled,
    version: d.version,
    stages: d.stages,
    updatedAt: d.updatedAt.toISOString(),
  };
}

/** The flow definitions administrators and directors edit (workflows:manage). */
export function registerDefinitionRoutes(root: FastifyInstance, deps: WorkflowRouteDeps) {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/workflow-definitions',
    {
      config: { permission: 'workflows:manage' },
      schema: {
        tags: ['workflow'],
        summary: 'The approval flow definitions',
        response: { 200: workflowDefinitionListSchema },
      },
    },
    async () => ({ items: (await listDefinitions(deps.db)).map(presentDefinition) }),
  );

  app.put(
    '/api/v1/workflow-definitions/:id',
    {
      config: { permission: 'workflows:manage' },
      schema: {
        tags: ['workflow'],
        summary: 'Change a flow definition (running approvals keep the stages they started with)',
        params: idParamsSchema,
        body: updateWorkflowDefinitionSchema,
        response: { 200: workflowDefinitionSchema },
      },
    },
    async (request) => {
      const audit = auditContextOf(request, deps.clock);
      const row = await deps.db.transaction((tx) => updateDefinition(tx, audit, request.params.id, request.body));
      return presentDefinition(row);
    },
  );
}
