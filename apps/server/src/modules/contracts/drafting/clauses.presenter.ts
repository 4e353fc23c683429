import type { Clause, ClauseCategory } from '@thirdline/shared/contracts/drafting.schemas';
import type { Actor } from '../../../platform/auth/actor';
import type { ClauseRow } from './clauses.repository';
import { mandatoryRuleOf } from './mandatory';

export function presentClause(actor: Pick<Actor, 'permissions'>, row: ClauseRow): Clause {
  return {
    id: row.id,
    code: row.code,
    category: row.category as ClauseCategory,
    titleZh: row.titleZh,
    titleEn: row.titleEn,
    textZh: row.textZh,
    textEn: row.textEn,
    active: row.active,
    sortOrder: row.sortOrder,
    mandatory: mandatoryRuleOf(row),
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    permissions: actor.permissions.has('clauses:manage') ? ['edit'] : [],
  };
}
