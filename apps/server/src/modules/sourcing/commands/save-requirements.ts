import { assignRequirementKeys } from '@thirdline/shared/sourcing/requirements-diff';
import type { SaveRequirementsRequest } from '@thirdline/shared/sourcing/requirements.schemas';
import { SPEC_EDITABLE_SOURCING_STATUSES } from '@thirdline/shared/sourcing/sourcing-lifecycle';
import { uuidv7 } from 'uuidv7';
import { recordAudit } from '../../../platform/audit/audit';
import { versionConflict } from '../../../platform/errors/problem';
import { insertRequirementVersion, requirementVersionsOf, type RequirementVersionRow } from '../spec.repository';
import { requireSourcingPermission } from '../sourcing.policy';
import type { SourcingCommandContext } from './context';
import { lockForChange, requireStatus } from './load';

/**
 * Saves the requirement list as the next version (R2.3): v1, v2, …; earlier versions stay as they were. `basedOn`
 * must be the latest version number (0 for the first), else 409 and nothing is written. Items without a key get
 * `R<n>` keys that were never used on this request.
 */
export async function saveRequirements(
  c: SourcingCommandContext,
  id: string,
  input: SaveRequirementsRequest,
): Promise<RequirementVersionRow> {
  requireSourcingPermission(c.actor, 'sourcing:write');
  return c.db.transaction(async (tx) => {
    const request = await lockForChange(tx, c, id);
    requireStatus(request, SPEC_EDITABLE_SOURCING_STATUSES);
    const versions = await requirementVersionsOf(tx, id);
    const latest = versions.at(-1)?.number ?? 0;
    if (input.basedOn !== latest) throw versionConflict();
    const items = assignRequirementKeys(
      input.items,
      versions.flatMap((v) => v.items.map((i) => i.key)),
    ).map((i) => ({
      key: i.key,
      type: i.type,
      priority: i.priority,
      description: i.description,
      acceptanceCriterion: i.acceptanceCriterion,
    }));
    const row = await insertRequirementVersion(tx, {
      id: uuidv7(),
      sourcingRequestId: id,
      number: latest + 1,
      note: input.note || null,
      items,
      createdAt: c.audit.at,
      createdBy: c.actor.userId,
    });
    await recordAudit(tx, c.audit, {
      action: 'sourcing-request.requirements-version',
      recordType: 'sourcing-request',
      recordId: id,
      after: { requirementsVersion: row.number, items },
      details: { version: row.number, basedOn: input.basedOn },
    });
    return row;
  });
}
