import type { SaveScopeRequest, WbsNodeInput } from '@thirdline/shared/sourcing/requirements.schemas';
import { SPEC_EDITABLE_SOURCING_STATUSES } from '@thirdline/shared/sourcing/sourcing-lifecycle';
import { uuidv7 } from 'uuidv7';
import { recordAudit } from '../../../platform/audit/audit';
import { badRequest, versionConflict, type FieldError } from '../../../platform/errors/problem';
import { activeUserExists } from '../../org';
import { findScope, insertScope, updateScopeRow, type ScopeRow } from '../spec.repository';
import { requireSourcingPermission } from '../sourcing.policy';
import type { StoredWbsNode } from '../sourcing.table';
import type { SourcingCommandContext } from './context';
import { lockForChange, requireStatus } from './load';

/** WBS nodes numbered by position (`1`, `1.2`, `1.2.1`), with the path of each owner for error messages. */
function numberWbs(
  nodes: readonly WbsNodeInput[],
  prefix = '',
  path = 'wbs',
): { tree: StoredWbsNode[]; owners: [string, string][] } {
  const owners: [string, string][] = [];
  const tree = nodes.map((node, i) => {
    const code = `${prefix}${i + 1}`;
    const nodePath = `${path}.${i}`;
    owners.push([`${nodePath}.ownerId`, node.ownerId]);
    const children = numberWbs(node.children ?? [], `${code}.`, `${nodePath}.children`);
    owners.push(...children.owners);
    return {
      code,
      name: node.name,
      ownerId: node.ownerId,
      deliverable: node.deliverable || null,
      children: children.tree,
    };
  });
  return { tree, owners };
}

function depth(nodes: readonly StoredWbsNode[]): number {
  return nodes.reduce((d, n) => Math.max(d, 1 + depth(n.children)), 0);
}

/**
 * Writes the scope statement and its WBS (R2.4). Every node needs an active owner (400 with the node's path);
 * the WBS is at most 5 levels deep. A change after confirmation withdraws the confirmation (it must be confirmed
 * again). `version` 0 creates the statement; otherwise it must be the one read (stale → 409).
 */
export async function saveScope(c: SourcingCommandContext, id: string, input: SaveScopeRequest): Promise<ScopeRow> {
  requireSourcingPermission(c.actor, 'sourcing:write');
  const { tree, owners } = numberWbs(input.wbs);
  const errors: FieldError[] = [];
  const active = new Map<string, boolean>();
  for (const [path, ownerId] of owners) {
    if (!active.has(ownerId)) active.set(ownerId, await activeUserExists(c.db, ownerId));
    if (!active.get(ownerId)) errors.push({ path, message: 'No such active user.' });
  }
  if (depth(tree) > 5) errors.push({ path: 'wbs', message: 'At most 5 levels.' });
  if (errors.length > 0) throw badRequest('Some fields are not valid.', errors, 'validation_failed');

  return c.db.transaction(async (tx) => {
    const request = await lockForChange(tx, c, id);
    requireStatus(request, SPEC_EDITABLE_SOURCING_STATUSES);
    const before = await findScope(tx, id);
    if ((before?.version ?? 0) !== input.version) throw versionConflict();
    const now = c.audit.at;
    const fields = {
      objectives: input.objectives,
      deliverables: input.deliverables,
      inScope: input.inScope,
      outOfScope: input.outOfScope,
      milestones: input.milestones,
      wbs: tree,
      confirmedAt: null,
      confirmedBy: null,
      updatedAt: now,
      updatedBy: c.actor.userId,
    };
    const after = before
      ? await updateScopeRow(tx, before.id, { ...fields, version: before.version + 1 })
      : await insertScope(tx, {
          id: uuidv7(),
          sourcingRequestId: id,
          ...fields,
          createdAt: now,
          createdBy: c.actor.userId,
        });
    await recordAudit(tx, c.audit, {
      action: 'sourcing-request.scope-save',
      recordType: 'sourcing-request',
      recordId: id,
      before: before ? { scope: before } : null,
      after: { scope: after },
    });
    return after;
  });
}
