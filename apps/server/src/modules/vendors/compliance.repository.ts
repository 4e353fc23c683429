import { and, asc, eq, gte, lt } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { vendorDueDiligence, vendorQualifications, vendorViolations } from './vendors.table';

/** The facts the approval gate weighs, as of `today`. */
export async function approvalFacts(db: Executor, vendorId: string, today: string) {
  const [passing, expiredMandatory, openMajor] = await Promise.all([
    db
      .select({ id: vendorDueDiligence.id })
      .from(vendorDueDiligence)
      .where(
        and(
          eq(vendorDueDiligence.vendorId, vendorId),
          eq(vendorDueDiligence.conclusion, 'pass'),
          gte(vendorDueDiligence.validUntil, today),
        ),
      )
      .limit(1),
    db
      .select({ id: vendorQualifications.id, type: vendorQualifications.type, validTo: vendorQualifications.validTo })
      .from(vendorQualifications)
      .where(
        and(
          eq(vendorQualifications.vendorId, vendorId),
          eq(vendorQualifications.mandatory, true),
          lt(vendorQualifications.validTo, today),
        ),
      )
      .orderBy(asc(vendorQualifications.validTo), asc(vendorQualifications.id)),
    db
      .select({ id: vendorViolations.id, occurredOn: vendorViolations.occurredOn })
      .from(vendorViolations)
      .where(
        and(
          eq(vendorViolations.vendorId, vendorId),
          eq(vendorViolations.severity, 'major'),
          eq(vendorViolations.closed, false),
        ),
      )
      .orderBy(asc(vendorViolations.occurredOn), asc(vendorViolations.id)),
  ]);
  return { hasPassingDueDiligence: passing.length > 0, expiredMandatory, openMajor };
}
