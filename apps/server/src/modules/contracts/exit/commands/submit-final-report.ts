import type { SubmitFinalReportRequest } from '@thirdline/shared/contracts/contract-exit.schemas';
import { recordAudit } from '../../../../platform/audit/audit';
import { badRequest, conflict, notFound, versionConflict } from '../../../../platform/errors/problem';
import { findFile } from '../../../../platform/storage/files.repository';
import { findContract } from '../../contracts.repository';
import { readableContract, requireContractPermission } from '../../contracts.policy';
import { lockTermination, updateTermination, type TerminationRow } from '../exit.repository';
import type { ExitCommandContext } from './context';

/** Files the final report after termination (R5.6), once; one filed after its due date stays flagged late. */
export async function submitFinalReport(
  c: ExitCommandContext,
  contractId: string,
  input: SubmitFinalReportRequest,
): Promise<TerminationRow> {
  requireContractPermission(c.actor, 'contracts:write');
  return c.db.transaction(async (tx) => {
    readableContract(c.actor, await findContract(tx, contractId));
    const before = await lockTermination(tx, contractId);
    if (!before) throw notFound('This contract has not been terminated.');
    if (before.version !== input.version) throw versionConflict();
    if (before.finalReportSubmittedAt) {
      throw conflict('The final report has already been filed.', 'final_report_already_filed');
    }
    if (input.fileId && !(await findFile(tx, input.fileId))) {
      throw badRequest(
        'The report file does not exist.',
        [{ path: 'fileId', message: 'No such uploaded file.' }],
        'validation_failed',
      );
    }
    const after = await updateTermination(tx, before.id, {
      finalReport: input.report,
      finalReportFileId: input.fileId ?? null,
      finalReportSubmittedAt: c.audit.at,
      finalReportSubmittedOn: c.today,
      updatedAt: c.audit.at,
      updatedBy: c.actor.userId,
      version: before.version + 1,
    });
    await recordAudit(tx, c.audit, {
      action: 'contract.final-report',
      recordType: 'contract',
      recordId: contractId,
      after: { finalReport: after.finalReport, finalReportFileId: after.finalReportFileId },
      details: { terminationId: before.id, dueOn: before.finalReportDueOn, late: c.today > before.finalReportDueOn },
    });
    return after;
  });
}
