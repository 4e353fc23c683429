import type { ContractType } from '@thirdline/shared/contracts/contract-lifecycle';
import type {
  ContractTemplate,
  ContractTemplateDetail,
  TemplateVersion,
} from '@thirdline/shared/contracts/drafting.schemas';
import type { Executor } from '../../../db/client';
import type { Actor } from '../../../platform/auth/actor';
import { userDisplayNames } from '../../org';
import { currentVersions, templateVersions, type TemplateRow, type TemplateVersionRow } from './templates.repository';

function presentVersion(row: TemplateVersionRow, names: Map<string, string>): TemplateVersion {
  return {
    version: row.version,
    name: row.name,
    body: row.body,
    fileId: row.fileId,
    changeNote: row.changeNote,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy ? { id: row.createdBy, displayName: names.get(row.createdBy) ?? '' } : null,
  };
}

export async function presentTemplates(
  db: Executor,
  actor: Pick<Actor, 'permissions'>,
  rows: TemplateRow[],
): Promise<ContractTemplate[]> {
  const current = await currentVersions(db, rows);
  const names = await userDisplayNames(
    db,
    [...current.values()].flatMap((v) => (v.createdBy ? [v.createdBy] : [])),
  );
  return rows.map((row) => {
    const version = current.get(row.id);
    if (!version) throw new Error(`template ${row.id} has no version ${row.version}`);
    return {
      id: row.id,
      name: row.name,
      type: row.type as ContractType,
      description: row.description,
      active: row.active,
      version: row.version,
      current: presentVersion(version, names),
      updatedAt: row.updatedAt.toISOString(),
      permissions: actor.permissions.has('clauses:manage') ? ['edit'] : [],
    };
  });
}

export async function presentTemplateDetail(
  db: Executor,
  actor: Pick<Actor, 'permissions'>,
  row: TemplateRow,
): Promise<ContractTemplateDetail> {
  const [[template], versions] = await Promise.all([presentTemplates(db, actor, [row]), templateVersions(db, row.id)]);
  const names = await userDisplayNames(
    db,
    versions.flatMap((v) => (v.createdBy ? [v.createdBy] : [])),
  );
  return {
    ...(template as ContractTemplate),
    versions: versions.map((v) => {
      const { body: _body, ...rest } = presentVersion(v, names);
      return rest;
    }),
  };
}

export { presentVersion };
