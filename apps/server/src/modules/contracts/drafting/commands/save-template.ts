import type {
  CreateContractTemplateRequest,
  UpdateContractTemplateRequest,
} from '@thirdline/shared/contracts/drafting.schemas';
import { uuidv7 } from 'uuidv7';
import { recordAudit } from '../../../../platform/audit/audit';
import { badRequest, notFound, versionConflict } from '../../../../platform/errors/problem';
import { findFile } from '../../../../platform/storage/files.repository';
import { requireContractPermission } from '../../contracts.policy';
import type { DraftingContext } from '../context';
import {
  findTemplateVersion,
  insertTemplate,
  insertTemplateVersion,
  lockTemplate,
  updateTemplateRow,
  type TemplateRow,
} from '../templates.repository';

/** The record type files of a template are uploaded with (`recordId` = the template id). */
export const TEMPLATE_RECORD_TYPE = 'contract-template';

/** A new standard contract text at version 1 (clauses:manage). */
export async function createTemplate(c: DraftingContext, input: CreateContractTemplateRequest): Promise<TemplateRow> {
  requireContractPermission(c.actor, 'clauses:manage');
  return c.db.transaction(async (tx) => {
    const row = await insertTemplate(tx, {
      id: uuidv7(),
      name: input.name,
      type: input.type,
      description: input.description || null,
      active: true,
      createdAt: c.audit.at,
      createdBy: c.actor.userId,
      updatedAt: c.audit.at,
      updatedBy: c.actor.userId,
      version: 1,
    });
    await insertTemplateVersion(tx, {
      templateId: row.id,
      version: 1,
      name: input.name,
      body: input.body,
      fileId: null,
      changeNote: null,
      createdAt: c.audit.at,
      createdBy: c.actor.userId,
    });
    await recordAudit(tx, c.audit, {
      action: 'contract-template.create',
      recordType: TEMPLATE_RECORD_TYPE,
      recordId: row.id,
      after: { ...row, body: input.body },
    });
    return row;
  });
}

/**
 * Saves an edit as version n+1 (`version` is the n the editor read; stale → 409); version n stays as it was.
 * A file must have been uploaded for this template (`recordType` contract-template, `recordId` its id).
 */
export async function updateTemplate(
  c: DraftingContext,
  id: string,
  input: UpdateContractTemplateRequest,
): Promise<TemplateRow> {
  requireContractPermission(c.actor, 'clauses:manage');
  return c.db.transaction(async (tx) => {
    const before = await lockTemplate(tx, id);
    if (!before) throw notFound('No such template.');
    if (before.version !== input.version) throw versionConflict();
    if (input.fileId) {
      const file = await findFile(tx, input.fileId);
      if (!file || file.recordType !== TEMPLATE_RECORD_TYPE || file.recordId !== id) {
        throw badRequest('Some fields are not valid.', [{ path: 'fileId', message: 'Not a file of this template.' }]);
      }
    }
    const previous = await findTemplateVersion(tx, id, before.version);
    const version = before.version + 1;
    const after = await updateTemplateRow(tx, id, {
      name: input.name,
      type: input.type,
      description: input.description || null,
      active: input.active,
      updatedAt: c.audit.at,
      updatedBy: c.actor.userId,
      version,
    });
    await insertTemplateVersion(tx, {
      templateId: id,
      version,
      name: input.name,
      body: input.body,
      fileId: input.fileId === undefined ? (previous?.fileId ?? null) : input.fileId,
      changeNote: input.changeNote || null,
      createdAt: c.audit.at,
      createdBy: c.actor.userId,
    });
    await recordAudit(tx, c.audit, {
      action: 'contract-template.update',
      recordType: TEMPLATE_RECORD_TYPE,
      recordId: id,
      before: { ...before, body: previous?.body ?? null },
      after: { ...after, body: input.body },
    });
    return after;
  });
}
