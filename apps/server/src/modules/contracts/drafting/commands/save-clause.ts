import type { CreateClauseRequest, UpdateClauseRequest } from '@thirdline/shared/contracts/drafting.schemas';
import { uuidv7 } from 'uuidv7';
import { recordAudit } from '../../../../platform/audit/audit';
import { conflict, notFound, versionConflict } from '../../../../platform/errors/problem';
import { requireContractPermission } from '../../contracts.policy';
import {
  findClauseByCode,
  insertMissingClauses,
  lockClause,
  updateClauseRow,
  type ClauseRow,
} from '../clauses.repository';
import type { DraftingContext } from '../context';

const ruleColumns = (input: CreateClauseRequest | UpdateClauseRequest) => ({
  category: input.category,
  titleZh: input.titleZh,
  titleEn: input.titleEn,
  textZh: input.textZh,
  textEn: input.textEn,
  active: input.active,
  sortOrder: input.sortOrder,
  mandatoryTypes: [...new Set(input.mandatory.types)],
  mandatoryIfMaterial: input.mandatory.material,
  mandatoryIfCritical: input.mandatory.criticalFunction,
});

/** Adds a clause to the library (clauses:manage); its code is unique (409 otherwise). */
export async function createClause(c: DraftingContext, input: CreateClauseRequest): Promise<ClauseRow> {
  requireContractPermission(c.actor, 'clauses:manage');
  return c.db.transaction(async (tx) => {
    if (await findClauseByCode(tx, input.code)) {
      throw conflict(`A clause with the code "${input.code}" exists already.`, 'clause_code_taken');
    }
    const [row] = await insertMissingClauses(tx, [
      {
        id: uuidv7(),
        code: input.code,
        ...ruleColumns(input),
        createdAt: c.audit.at,
        createdBy: c.actor.userId,
        updatedAt: c.audit.at,
        updatedBy: c.actor.userId,
      },
    ]);
    if (!row) throw conflict(`A clause with the code "${input.code}" exists already.`, 'clause_code_taken');
    await recordAudit(tx, c.audit, {
      action: 'clause.create',
      recordType: 'contract-clause',
      recordId: row.id,
      after: row,
    });
    return row;
  });
}

/** Changes a clause's texts, order, active flag or mandatory rule (clauses:manage); stale version → 409. */
export async function updateClause(c: DraftingContext, id: string, input: UpdateClauseRequest): Promise<ClauseRow> {
  requireContractPermission(c.actor, 'clauses:manage');
  return c.db.transaction(async (tx) => {
    const before = await lockClause(tx, id);
    if (!before) throw notFound('No such clause.');
    if (before.version !== input.version) throw versionConflict();
    const after = await updateClauseRow(tx, id, {
      ...ruleColumns(input),
      updatedAt: c.audit.at,
      updatedBy: c.actor.userId,
      version: before.version + 1,
    });
    await recordAudit(tx, c.audit, {
      action: 'clause.update',
      recordType: 'contract-clause',
      recordId: id,
      before,
      after,
    });
    return after;
  });
}
