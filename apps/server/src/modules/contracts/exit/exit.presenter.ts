import type {
  ExitSettings,
  Handover,
  RenewalDecision,
  Termination,
  Variation,
} from '@thirdline/shared/contracts/contract-exit.schemas';
import type { Executor } from '../../../db/client';
import type { Actor } from '../../../platform/auth/actor';
import { userDisplayNames } from '../../org';
import { mayGiveOpinion } from './exit.policy';
import type { ExitSettingsRow, HandoverItemRow, TerminationRow } from './exit.repository';
import { evidenceRequired } from './handover';
import type { RenewalRow, VariationRow } from './variations.repository';

type Names = Map<string, string>;
const person = (names: Names, id: string | null) => (id ? { id, displayName: names.get(id) ?? id } : null);
const iso = (d: Date | null) => (d ? d.toISOString() : null);

export async function presentVariations(db: Executor, actor: Actor, rows: VariationRow[]): Promise<Variation[]> {
  const names = await userDisplayNames(db, [
    ...rows.flatMap((r) => r.opinions.map((o) => o.byId)),
    ...rows.map((r) => r.createdBy).filter((id): id is string => id !== null),
  ]);
  return rows.map((r) => ({
    id: r.id,
    contractId: r.contractId,
    number: r.number,
    supplementReference: r.supplementReference,
    reason: r.reason,
    content: r.content,
    impact: r.impact,
    newAmount: r.newAmount,
    newStartDate: r.newStartDate,
    newEndDate: r.newEndDate,
    newNoticePeriodDays: r.newNoticePeriodDays,
    status: r.status as Variation['status'],
    opinions: r.opinions.map((o) => ({
      kind: o.kind,
      opinion: o.opinion,
      comments: o.comments,
      by: person(names, o.byId) as NonNullable<ReturnType<typeof person>>,
      at: o.at,
    })),
    approvalId: r.approvalId,
    before: r.termsBefore,
    after: r.termsAfter ?? null,
    approvedAt: iso(r.approvedAt),
    requestedBy: person(names, r.createdBy),
    createdAt: r.createdAt.toISOString(),
    version: r.version,
    permissions:
      r.status === 'in-review'
        ? (['legal', 'finance'] as const)
            .filter((kind) => !r.opinions.some((o) => o.kind === kind) && mayGiveOpinion(actor, kind))
            .map((kind) => `opinion-${kind}`)
        : [],
  }));
}

export async function presentRenewalDecisions(db: Executor, rows: RenewalRow[]): Promise<RenewalDecision[]> {
  const names = await userDisplayNames(
    db,
    rows.map((r) => r.createdBy).filter((id): id is string => id !== null),
  );
  return rows.map((r) => ({
    id: r.id,
    contractId: r.contractId,
    decision: r.decision as RenewalDecision['decision'],
    reason: r.reason,
    endDate: r.endDate,
    newEndDate: r.newEndDate,
    newAmount: r.newAmount,
    before: r.termsBefore ?? null,
    after: r.termsAfter ?? null,
    status: r.status as RenewalDecision['status'],
    approvalId: r.approvalId,
    decidedAt: iso(r.decidedAt),
    requestedBy: person(names, r.createdBy),
    createdAt: r.createdAt.toISOString(),
    version: r.version,
  }));
}

export async function presentTermination(
  db: Executor,
  actor: Actor,
  row: TerminationRow,
  today: string,
): Promise<Termination> {
  const names = await userDisplayNames(db, row.createdBy ? [row.createdBy] : []);
  const filed = row.finalReportSubmittedOn;
  return {
    id: row.id,
    contractId: row.contractId,
    kind: row.kind as Termination['kind'],
    reason: row.reason,
    effectiveDate: row.effectiveDate,
    settlementOwedToVendor: row.settlementOwedToVendor,
    settlementOwedByVendor: row.settlementOwedByVendor,
    settlementNote: row.settlementNote,
    terminatedBy: person(names, row.createdBy),
    terminatedAt: row.createdAt.toISOString(),
    finalReportDueOn: row.finalReportDueOn,
    finalReport: row.finalReport,
    finalReportFileId: row.finalReportFileId,
    finalReportSubmittedAt: iso(row.finalReportSubmittedAt),
    finalReportOverdue: filed === null && today > row.finalReportDueOn,
    finalReportLate: filed !== null && filed > row.finalReportDueOn,
    version: row.version,
    permissions: filed === null && actor.permissions.has('contracts:write') ? ['submit-final-report'] : [],
  };
}

export async function presentHandover(
  db: Executor,
  actor: Actor,
  contractStatus: string,
  rows: HandoverItemRow[],
): Promise<Handover> {
  const names = await userDisplayNames(
    db,
    rows.map((r) => r.doneBy).filter((id): id is string => id !== null),
  );
  const editable = actor.permissions.has('contracts:write') && contractStatus !== 'archived';
  return {
    items: rows.map((r) => ({
      id: r.id,
      code: r.code,
      title: r.title,
      position: r.position,
      done: r.done,
      evidenceRequired: evidenceRequired(r),
      evidenceFileId: r.evidenceFileId,
      note: r.note,
      doneAt: iso(r.doneAt),
      doneBy: person(names, r.doneBy),
      version: r.version,
    })),
    done: rows.filter((r) => r.done).length,
    total: rows.length,
    permissions: editable ? ['edit'] : [],
  };
}

export function presentExitSettings(row: ExitSettingsRow): ExitSettings {
  return { finalReportDays: row.finalReportDays, handoverItems: row.handoverItems, version: row.version };
}
