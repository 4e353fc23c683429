import type { EvaluationScale, EvaluationTemplate } from '@thirdline/shared/evaluations/evaluation-templates.schemas';
import type { Permission } from '@thirdline/shared/rbac/permissions';
import type { TemplateRow, TemplateVersionRow } from './templates.repository';

export const canManageTemplates = (actor: { permissions: ReadonlySet<Permission> }) =>
  actor.permissions.has('evaluation-templates:manage');

/** Internal users read templates (evaluators need the criteria); external vendor contacts do not. */
export const canReadTemplates = (actor: { permissions: ReadonlySet<Permission> }) =>
  canManageTemplates(actor) ||
  actor.permissions.has('evaluations:participate') ||
  actor.permissions.has('sourcing:read');

export function presentTemplateVersion(row: TemplateRow | TemplateVersionRow, templateId: string) {
  return {
    id: templateId,
    code: 'code' in row ? row.code : null,
    name: row.name,
    description: row.description,
    scale: row.scale as EvaluationScale,
    levelDescriptors: row.levelDescriptors,
    criteria: row.criteria,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: ('updatedAt' in row ? row.updatedAt : row.createdAt).toISOString(),
  };
}

export function presentTemplate(actor: { permissions: ReadonlySet<Permission> }, row: TemplateRow): EvaluationTemplate {
  return {
    ...presentTemplateVersion(row, row.id),
    active: row.active,
    permissions: canManageTemplates(actor) ? ['read', 'edit'] : ['read'],
  };
}
