import type { Assignee, UpdateWorkflowDefinition } from '@thirdline/shared/workflow/workflow.schemas';
import type { Executor } from '../../../db/client';
import { recordAudit, type AuditContext } from '../../audit/audit';
import { badRequest, notFound, versionConflict, type FieldError } from '../../errors/problem';
import { rolesOf } from '../assignees';
import { workflowRuntime } from '../runtime';
import { lockDefinition, updateDefinitionRow, type DefinitionRow } from '../workflow.repository';

/**
 * Checks what the schema cannot: stage keys unique, each rule complete (a role for role rules, a user for "user")
 * and matching somebody today. Rules relative to the record (department head, submitter's manager) are checked
 * when an approval runs; nobody then → an exception task for the admins.
 */
export async function definitionErrors(
  db: Executor,
  stages: UpdateWorkflowDefinition['stages'],
): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  const keys = new Set<string>();
  for (const [i, stage] of stages.entries()) {
    if (keys.has(stage.key)) errors.push({ path: `stages.${i}.key`, message: 'Stage keys must be unique.' });
    keys.add(stage.key);
    errors.push(...(await ruleErrors(db, stage.assignee, `stages.${i}.assignee`)));
    if (stage.escalateTo) errors.push(...(await ruleErrors(db, stage.escalateTo, `stages.${i}.escalateTo`)));
    const c = stage.condition;
    if (c && (c.op === 'gte' || c.op === 'lte') && (Array.isArray(c.value) || !Number.isFinite(Number(c.value)))) {
      errors.push({ path: `stages.${i}.condition.value`, message: 'A comparison needs a number.' });
    }
  }
  return errors;
}

async function ruleErrors(db: Executor, rule: Assignee, path: string): Promise<FieldError[]> {
  const { directory } = workflowRuntime();
  if (rule.rule === 'role' || rule.rule === 'role-in-department') {
    const roles = rolesOf(rule);
    if (roles.length === 0) return [{ path: `${path}.role`, message: 'This rule needs a role.' }];
    const errors: FieldError[] = [];
    for (const role of roles) {
      if ((await directory.usersWithRole(db, role)).length === 0) {
        errors.push({
          path: `${path}.${rule.roles ? 'roles' : 'role'}`,
          message: `No active user has the role "${role}".`,
        });
      }
    }
    return errors;
  }
  if (rule.rule === 'user') {
    if (!rule.userId) return [{ path: `${path}.userId`, message: 'This rule needs a user.' }];
    if (!(await directory.people(db, [rule.userId])).get(rule.userId)?.active) {
      return [{ path: `${path}.userId`, message: 'No such active user.' }];
    }
  }
  return [];
}

/** PUT /workflow-definitions/{id}: version-checked; running approvals keep the stages they started with. */
export async function updateDefinition(
  tx: Executor,
  audit: AuditContext,
  id: string,
  input: UpdateWorkflowDefinition,
): Promise<DefinitionRow> {
  const before = await lockDefinition(tx, id);
  if (!before) throw notFound('No such flow definition.');
  const errors = await definitionErrors(tx, input.stages);
  if (errors.length > 0) throw badRequest('The flow definition is not valid.', errors);
  if (before.version !== input.version) throw versionConflict();
  const after = await updateDefinitionRow(tx, id, {
    name: input.name,
    enabled: input.enabled,
    stages: input.stages,
    version: before.version + 1,
    updatedAt: audit.at,
    updatedBy: audit.actorId,
  });
  await recordAudit(tx, audit, {
    action: 'workflow-definition.update',
    recordType: 'workflow-definition',
    recordId: id,
    before: { name: before.name, enabled: before.enabled, stages: before.stages },
    after: { name: after.name, enabled: after.enabled, stages: after.stages },
  });
  return after;
}
