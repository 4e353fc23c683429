import type {
  CreateEvaluationTemplateRequest,
  CriterionInput,
  UpdateEvaluationTemplateRequest,
} from '@thirdline/shared/evaluations/evaluation-templates.schemas';
import { uuidv7 } from 'uuidv7';
import type { Db, Executor } from '../../../db/client';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit';
import { conflict, notFound, versionConflict } from '../../../platform/errors/problem';
import { findTemplateByCode, lockTemplate, saveTemplateRow, type TemplateRow } from './templates.repository';
import type { StoredCriterion } from './templates.table';

/** Criteria as stored; a criterion with the same dimension and name as in the previous version keeps its id. */
function storedCriteria(
  input: readonly CriterionInput[],
  previous: readonly StoredCriterion[] = [],
): StoredCriterion[] {
  const idOf = new Map(previous.map((c) => [`${c.dimension}\u0000${c.name}`, c.id]));
  return input.map((c) => ({
    id: idOf.get(`${c.dimension}\u0000${c.name}`) ?? uuidv7(),
    dimension: c.dimension,
    name: c.name,
    weight: c.weight,
    priceCriterion: c.priceCriterion ?? false,
    description: c.description || null,
  }));
}

/** Creates a template at version 1 (the seed calls it with the system audit context). */
export async function createTemplate(
  tx: Executor,
  audit: AuditContext,
  input: CreateEvaluationTemplateRequest,
): Promise<TemplateRow> {
  if (input.code && (await findTemplateByCode(tx, input.code))) {
    throw conflict('A template with this code exists already.', 'template_code_taken');
  }
  const row = await saveTemplateRow(
    tx,
    {
      id: uuidv7(),
      code: input.code ?? null,
      name: input.name,
      description: input.description || null,
      scale: input.scale,
      levelDescriptors: input.scale === '1-5' ? (input.levelDescriptors ?? []) : [],
      criteria: storedCriteria(input.criteria),
      active: true,
      version: 1,
      createdAt: audit.at,
      createdBy: audit.actorId,
      updatedAt: audit.at,
      updatedBy: audit.actorId,
    },
    true,
  );
  await recordAudit(tx, audit, {
    action: 'evaluation-template.create',
    recordType: 'evaluation-template',
    recordId: row.id,
    after: row,
  });
  return row;
}

/** Replaces the template's content as version n+1; evaluations on older versions keep theirs. */
export async function updateTemplate(
  db: Db,
  audit: AuditContext,
  id: string,
  input: UpdateEvaluationTemplateRequest,
): Promise<TemplateRow> {
  return db.transaction(async (tx) => {
    const before = await lockTemplate(tx, id);
    if (!before) throw notFound('No such evaluation template.');
    if (before.version !== input.version) throw versionConflict();
    const after = await saveTemplateRow(
      tx,
      {
        ...before,
        name: input.name,
        description: input.description || null,
        scale: input.scale,
        levelDescriptors: input.scale === '1-5' ? (input.levelDescriptors ?? []) : [],
        criteria: storedCriteria(input.criteria, before.criteria),
        active: input.active ?? before.active,
        version: before.version + 1,
        updatedAt: audit.at,
        updatedBy: audit.actorId,
      },
      false,
    );
    await recordAudit(tx, audit, {
      action: 'evaluation-template.update',
      recordType: 'evaluation-template',
      recordId: id,
      before,
      after,
    });
    return after;
  });
}
