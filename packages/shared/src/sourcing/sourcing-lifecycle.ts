/** Sourcing request codes and lifecycle (R2.1, R2.2). Shared by server and web; labels live in the web dictionaries. */
export const SOURCING_STATUSES = [
  'draft',
  'in-approval',
  'approved',
  'rejected',
  'returned',
  'sourcing',
  'awarded',
  'cancelled',
] as const;
export type SourcingStatus = (typeof SOURCING_STATUSES)[number];

/**
 * draft → in approval (submit, the `procurement` flow) → approved / rejected / returned (the submitter withdrew
 * it, e.g. after a decider returned it for changes; it may be edited and submitted again) → sourcing (candidates
 * and proposals) → awarded (an approved evaluation recommendation) | cancelled. Rejected, awarded and cancelled
 * are final.
 */
export const SOURCING_TRANSITIONS: Readonly<Record<SourcingStatus, readonly SourcingStatus[]>> = {
  draft: ['in-approval', 'cancelled'],
  'in-approval': ['approved', 'rejected', 'returned'],
  approved: ['sourcing', 'cancelled'],
  rejected: [],
  returned: ['in-approval', 'cancelled'],
  sourcing: ['awarded', 'cancelled'],
  awarded: [],
  cancelled: [],
};

export function allowedNextSourcingStatuses(from: SourcingStatus): readonly SourcingStatus[] {
  return SOURCING_TRANSITIONS[from];
}

export function canTransitionSourcing(from: SourcingStatus, to: SourcingStatus): boolean {
  return SOURCING_TRANSITIONS[from].includes(to);
}

/** Statuses in which the request's own fields may still be edited (before it is submitted, or after a return). */
export const EDITABLE_SOURCING_STATUSES: readonly SourcingStatus[] = ['draft', 'returned'];
/** Statuses in which requirements and scope may still change (not after the decision is final). */
export const SPEC_EDITABLE_SOURCING_STATUSES: readonly SourcingStatus[] = [
  'draft',
  'returned',
  'in-approval',
  'approved',
  'sourcing',
];

export const SOURCING_URGENCIES = ['low', 'normal', 'high', 'critical'] as const;
export const SOURCING_RISK_LEVELS = ['low', 'medium', 'high'] as const;
export const REQUIREMENT_TYPES = ['business', 'technical', 'functional', 'non-functional'] as const;
export const REQUIREMENT_PRIORITIES = ['must', 'should', 'could'] as const;
