export const VENDOR_STATUSES = ['candidate', 'shortlisted', 'approved', 'suspended', 'terminated'] as const;
export type VendorStatus = (typeof VENDOR_STATUSES)[number];

/**
 * The vendor lifecycle (R3.5): candidate → shortlisted → approved ⇄ suspended; any state but terminated may be
 * terminated; terminated is final.
 */
export const VENDOR_TRANSITIONS: Readonly<Record<VendorStatus, readonly VendorStatus[]>> = {
  candidate: ['shortlisted', 'terminated'],
  shortlisted: ['approved', 'candidate', 'terminated'],
  approved: ['suspended', 'terminated'],
  suspended: ['approved', 'terminated'],
  terminated: [],
};

export function allowedNextStatuses(from: VendorStatus): readonly VendorStatus[] {
  return VENDOR_TRANSITIONS[from];
}

export function canTransition(from: VendorStatus, to: VendorStatus): boolean {
  return VENDOR_TRANSITIONS[from].includes(to);
}
