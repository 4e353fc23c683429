// The drafting part of the contracts module (R5.1, R5.2, R5.8): clause library, checklists, templates, reviews.
// Only the contracts module's own files import this; other modules go through modules/contracts/index.ts.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../app-context';
import type { Executor } from '../../../db/client';
import type { ContractRow } from '../contracts.repository';
import type { ContractActor } from '../contracts.policy';
import { addContractPermissions } from '../contracts.presenter';
import { setTemplateVersionLookup } from '../template-versions';
import { registerClauseRoutes } from './clauses.routes';
import { TEMPLATE_RECORD_TYPE } from './commands/save-template';
import { registerContractDraftingRoutes } from './contract-drafting.routes';
import { REVIEW_OUTCOME_KIND, REVIEW_REQUEST_KIND } from './notify';
import { findTemplate, findTemplateVersion } from './templates.repository';
import { registerTemplateRoutes } from './templates.routes';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export { seedClauseLibrary } from './seed-clauses';
export { seedDemoContractTemplates } from './seed-demo-templates';

/** Routes and record readers of the drafting part. */
export function registerContractDrafting(app: FastifyInstance, ctx: AppContext) {
  registerClauseRoutes(app, ctx);
  registerTemplateRoutes(app, ctx);
  registerContractDraftingRoutes(app, ctx);
  setTemplateVersionLookup(async (db, id) => (await templateVersionFor(db, id))?.version ?? null);
  addContractPermissions(draftingContractPermissions);
  ctx.notificationKinds?.register(REVIEW_REQUEST_KIND, REVIEW_OUTCOME_KIND);
  // Whoever reads contracts reads the library's history and a template's history and files.
  ctx.recordReaders?.register(
    TEMPLATE_RECORD_TYPE,
    async (db, actor, id) => actor.permissions.has('contracts:read') && UUID.test(id) && !!(await findTemplate(db, id)),
  );
  ctx.recordReaders?.register('contract-clause', async (_db, actor) => actor.permissions.has('contracts:read'));
}

/**
 * The current version of an active template, for a draft that starts from it (`POST /contracts` with
 * `templateId`): the contract stores `templateId` + `version`; undefined when there is no such active template.
 */
export async function templateVersionFor(
  db: Executor,
  templateId: string,
): Promise<{ templateId: string; version: number; name: string; body: string; type: string } | undefined> {
  const template = await findTemplate(db, templateId);
  if (!template?.active) return undefined;
  const version = await findTemplateVersion(db, templateId, template.version);
  if (!version) return undefined;
  return { templateId, version: version.version, name: version.name, body: version.body, type: template.type };
}

/** What the caller may do on the contract page from the drafting part: 'submit' on a draft with contracts:write. */
export function draftingContractPermissions(actor: ContractActor, contract: Pick<ContractRow, 'status'>): string[] {
  return contract.status === 'draft' && actor.permissions.has('contracts:write') ? ['submit'] : [];
}
