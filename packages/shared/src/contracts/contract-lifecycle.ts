/** Contract codes and lifecycle (R5). Shared by server and web; labels live in the web dictionaries. */
export const CONTRACT_STATUSES = [
  'draft',
  'in-review',
  'in-approval',
  'approved',
  'active',
  'expired',
  'terminated',
  'archived',
] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

/**
 * draft → in review → in approval → approved → active (signed) → expired | terminated → archived.
 * A disagreeing review round, or a rejected, returned or withdrawn approval, sends the contract back to draft.
 * An approved contract that is never signed may be terminated (abandoned).
 */
export const CONTRACT_TRANSITIONS: Readonly<Record<ContractStatus, readonly ContractStatus[]>> = {
  draft: ['in-review'],
  'in-review': ['in-approval', 'draft'],
  'in-approval': ['approved', 'draft'],
  approved: ['active', 'terminated'],
  active: ['expired', 'terminated'],
  expired: ['archived'],
  terminated: ['archived'],
  archived: [],
};

export function allowedNextContractStatuses(from: ContractStatus): readonly ContractStatus[] {
  return CONTRACT_TRANSITIONS[from];
}

export function canTransitionContract(from: ContractStatus, to: ContractStatus): boolean {
  return CONTRACT_TRANSITIONS[from].includes(to);
}

export const CONTRACT_TYPES = [
  'procurement',
  'outsourcing',
  'maintenance',
  'licence',
  'cloud',
  'framework',
  'nda',
  'security',
  'supplementary',
] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];

export const DISPUTE_RESOLUTIONS = ['negotiation', 'mediation', 'arbitration', 'court'] as const;
export const DATA_CLASSIFICATIONS = ['general', 'important', 'core'] as const;
export const SUBCONTRACTING_OPTIONS = ['yes', 'no', 'with-consent'] as const;

/** Years after a contract ended before it and its acceptance records may be deleted (R6.6). */
export const CONTRACT_RETENTION_YEARS = 5;
