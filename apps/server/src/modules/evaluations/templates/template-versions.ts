import type { EvaluationScale } from '@thirdline/shared/evaluations/evaluation-templates.schemas';
import type { Executor } from '../../../db/client';
import { findTemplate, findTemplateByCode, findTemplateVersion } from './templates.repository';
import type { StoredCriterion, StoredLevelDescriptor } from './templates.table';

/** A template version as evaluations and re-evaluation campaigns use it. */
export interface TemplateVersion {
  templateId: string;
  code: string | null;
  version: number;
  name: string;
  scale: EvaluationScale;
  levelDescriptors: StoredLevelDescriptor[];
  criteria: StoredCriterion[];
}

/**
 * The content of a template version: `version` omitted means the current one. `idOrCode` is the template's id or
 * its code (e.g. `re-evaluation-default`). Undefined when there is no such template or version.
 */
export async function templateVersionFor(
  db: Executor,
  idOrCode: string,
  version?: number,
): Promise<TemplateVersion | undefined> {
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrCode);
  const template = isUuid ? await findTemplate(db, idOrCode) : await findTemplateByCode(db, idOrCode);
  if (!template) return undefined;
  const row = version === undefined ? template : await findTemplateVersion(db, template.id, version);
  if (!row) return undefined;
  return {
    templateId: template.id,
    code: template.code,
    version: row.version,
    name: row.name,
    scale: row.scale as EvaluationScale,
    levelDescriptors: row.levelDescriptors,
    criteria: row.criteria,
  };
}
