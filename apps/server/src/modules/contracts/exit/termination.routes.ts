import {
  addHandoverItemSchema,
  exitItemParamsSchema,
  exitSettingsSchema,
  handoverSchema,
  submitFinalReportSchema,
  terminateContractSchema,
  terminationEnvelopeSchema,
  terminationSchema,
  updateExitSettingsSchema,
  updateHandoverItemSchema,
} from '@thirdline/shared/contracts/contract-exit.schemas';
import { contractIdParamsSchema } from '@thirdline/shared/contracts/contract.schemas';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app-context';
import { findContract } from '../contracts.repository';
import { readableContract } from '../contracts.policy';
import type { ExitCommandContext } from './commands/context';
import { deleteContract } from './commands/delete-contract';
import { addHandoverItem, handoverChecklist, updateHandoverItemState } from './commands/handover-items';
import { submitFinalReport } from './commands/submit-final-report';
import { terminateContract } from './commands/terminate-contract';
import { changeExitSettings } from './commands/update-exit-settings';
import { exitSettings, findTermination, listHandoverItems, type TerminationRow } from './exit.repository';
import { presentExitSettings, presentHandover, presentTermination } from './exit.presenter';
import { exitCommandContext, exitTags as tags } from './route-context';

/** Termination, handover checklist, final report and retention (R5.6, R6.6). */
export function registerTerminationRoutes(root: FastifyInstance, ctx: AppContext) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const termination = (c: ExitCommandContext, row: TerminationRow) => presentTermination(ctx.db, c.actor, row, c.today);
  const handover = async (c: ExitCommandContext, contractId: string) => {
    const contract = readableContract(c.actor, await findContract(ctx.db, contractId));
    return presentHandover(ctx.db, c.actor, contract.status, await listHandoverItems(ctx.db, contractId));
  };

  app.get(
    '/api/v1/contracts/:id/termination',
    {
      config: { permission: 'contracts:read' },
      schema: {
        tags,
        summary: 'How the contract ended, its settlement and final report (null while it runs)',
        params: contractIdParamsSchema,
        response: { 200: terminationEnvelopeSchema },
      },
    },
    async (request) => {
      const c = await exitCommandContext(request, ctx);
      readableContract(c.actor, await findContract(ctx.db, request.params.id));
      const row = await findTermination(ctx.db, request.params.id);
      return { termination: row ? await termination(c, row) : null };
    },
  );

  app.post(
    '/api/v1/contracts/:id/terminate',
    {
      config: { permission: 'contracts:write' },
      schema: {
        tags,
        summary: 'Terminate the contract (kind, reason, effective date, settlement); starts the exit handover',
        params: contractIdParamsSchema,
        body: terminateContractSchema,
        response: { 201: terminationSchema },
      },
    },
    async (request, reply) => {
      const c = await exitCommandContext(request, ctx);
      const row = await terminateContract(c, request.params.id, request.body);
      return reply.code(201).send(await termination(c, row));
    },
  );

  app.post(
    '/api/v1/contracts/:id/final-report',
    {
      config: { permission: 'contracts:write' },
      schema: {
        tags,
        summary: 'File the final report after termination (flagged late after its due date)',
        params: contractIdParamsSchema,
        body: submitFinalReportSchema,
        response: { 200: terminationSchema },
      },
    },
    async (request) => {
      const c = await exitCommandContext(request, ctx);
      return termination(c, await submitFinalReport(c, request.params.id, request.body));
    },
  );

  app.get(
    '/api/v1/contracts/:id/handover',
    {
      config: { permission: 'contracts:read' },
      schema: {
        tags,
        summary: 'The exit handover checklist (started from the default items)',
        params: contractIdParamsSchema,
        response: { 200: handoverSchema },
      },
    },
    async (request) => {
      const c = await exitCommandContext(request, ctx);
      const rows = await handoverChecklist(c, request.params.id);
      const contract = await findContract(ctx.db, request.params.id);
      return presentHandover(ctx.db, c.actor, contract?.status ?? 'draft', rows);
    },
  );

  app.post(
    '/api/v1/contracts/:id/handover/items',
    {
      config: { permission: 'contracts:write' },
      schema: {
        tags,
        summary: 'Add an item of this contract to its handover checklist',
        params: contractIdParamsSchema,
        body: addHandoverItemSchema,
        response: { 201: handoverSchema },
      },
    },
    async (request, reply) => {
      const c = await exitCommandContext(request, ctx);
      await addHandoverItem(c, request.params.id, request.body.title);
      return reply.code(201).send(await handover(c, request.params.id));
    },
  );

  app.patch(
    '/api/v1/contracts/:id/handover/items/:itemId',
    {
      config: { permission: 'contracts:write' },
      schema: {
        tags,
        summary: 'Mark a handover item done or not done, with its evidence file',
        params: exitItemParamsSchema,
        body: updateHandoverItemSchema,
        response: { 200: handoverSchema },
      },
    },
    async (request) => {
      const c = await exitCommandContext(request, ctx);
      const { id, itemId } = request.params;
      await updateHandoverItemState(c, id, itemId, request.body);
      return handover(c, id);
    },
  );

  app.delete(
    '/api/v1/contracts/:id',
    {
      config: { permission: 'contracts:delete' },
      schema: {
        tags,
        summary: 'Delete a never-submitted draft, or a contract 5 years after it ended (else 422 with retainUntil)',
        params: contractIdParamsSchema,
      },
    },
    async (request, reply) => {
      await deleteContract(await exitCommandContext(request, ctx), request.params.id);
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/v1/contract-exit-settings',
    {
      config: { permission: 'contracts:read' },
      schema: {
        tags,
        summary: 'Final report deadline (days after termination) and the default handover items',
        response: { 200: exitSettingsSchema },
      },
    },
    async () => presentExitSettings(await exitSettings(ctx.db, ctx.clock.now())),
  );

  app.put(
    '/api/v1/contract-exit-settings',
    {
      config: { permission: 'settings:write' },
      schema: {
        tags,
        summary: 'Change the final report deadline and the default handover items',
        body: updateExitSettingsSchema,
        response: { 200: exitSettingsSchema },
      },
    },
    async (request) => {
      const c = await exitCommandContext(request, ctx);
      return presentExitSettings(await changeExitSettings(c, request.body));
    },
  );
}
