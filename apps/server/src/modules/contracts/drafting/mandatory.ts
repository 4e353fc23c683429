import type { MandatoryRule } from '@thirdline/shared/contracts/drafting.schemas';
import type { ContractType } from '@thirdline/shared/contracts/contract-lifecycle';
import type { ClauseRow } from './clauses.repository';

/** The part of a contract the mandatory rules look at. */
export interface RuleSubject {
  type: string;
  material: boolean;
  criticalFunction: boolean;
}

export function mandatoryRuleOf(clause: ClauseRow): MandatoryRule {
  return {
    types: clause.mandatoryTypes as ContractType[],
    material: clause.mandatoryIfMaterial,
    criticalFunction: clause.mandatoryIfCritical,
  };
}

/**
 * An active clause is mandatory on a contract of one of its types, on a material-outsourcing contract when its
 * material flag is set, and on a contract supporting a critical function when its critical flag is set.
 */
export function isMandatory(clause: ClauseRow, contract: RuleSubject): boolean {
  if (!clause.active) return false;
  return (
    clause.mandatoryTypes.includes(contract.type) ||
    (contract.material && clause.mandatoryIfMaterial) ||
    (contract.criticalFunction && clause.mandatoryIfCritical)
  );
}
