import type { Executor } from '../../../db/client';
import { approvalFacts } from '../compliance.repository';

export type UnmetCondition =
  | { code: 'no_valid_due_diligence'; message: string }
  | {
      code: 'mandatory_qualification_expired';
      message: string;
      qualificationId: string;
      type: string;
      validTo: string | null;
    }
  | { code: 'open_major_violation'; message: string; violationId: string; occurredOn: string };

/**
 * Every reason the vendor may not be approved today (R3.3, R3.4): no passing due-diligence record still valid,
 * each expired mandatory qualification, each open major violation. Empty: the vendor may be approved.
 */
export async function unmetApprovalConditions(
  db: Executor,
  vendorId: string,
  today: string,
): Promise<UnmetCondition[]> {
  const facts = await approvalFacts(db, vendorId, today);
  const unmet: UnmetCondition[] = [];
  if (!facts.hasPassingDueDiligence) {
    unmet.push({
      code: 'no_valid_due_diligence',
      message: 'No due-diligence record with the conclusion "pass" is valid today.',
    });
  }
  for (const q of facts.expiredMandatory) {
    unmet.push({
      code: 'mandatory_qualification_expired',
      message: `The mandatory qualification ${q.type} expired on ${q.validTo}.`,
      qualificationId: q.id,
      type: q.type,
      validTo: q.validTo,
    });
  }
  for (const v of facts.openMajor) {
    unmet.push({
      code: 'open_major_violation',
      message: `A major violation of ${v.occurredOn} is still open.`,
      violationId: v.id,
      occurredOn: v.occurredOn,
    });
  }
  return unmet;
}
