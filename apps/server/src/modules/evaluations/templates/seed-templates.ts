import { DEFAULT_TEMPLATES } from '@thirdline/shared/evaluations/evaluation-templates.schemas';
import type { Db } from '../../../db/client';
import { systemAuditContext } from '../../../platform/audit/request-context';
import type { Clock } from '../../../platform/calendar/clock';
import { createTemplate } from './save-template';
import { findTemplateByCode } from './templates.repository';

/**
 * Inserts the default templates (`sourcing-default`, `re-evaluation-default`) that do not exist yet; an
 * administrator's later versions are never overwritten.
 */
export async function seedEvaluationTemplates(db: Db, clock: Clock): Promise<void> {
  for (const template of DEFAULT_TEMPLATES) {
    if (await findTemplateByCode(db, template.code)) continue;
    await db.transaction(async (tx) => {
      if (await findTemplateByCode(tx, template.code)) return;
      await createTemplate(tx, systemAuditContext(clock, 'seed-evaluation-templates'), template);
    });
  }
}
