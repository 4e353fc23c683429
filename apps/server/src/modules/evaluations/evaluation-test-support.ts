import { usccCheckCharacter } from '@thirdline/shared/vendors/uscc';
import { createSignedInUser } from '../../test/api-users';
import type { TestApp } from '../../test/test-app';
import type { TestSession } from '../../test/test-session';

let serial = 0;

/** A candidate vendor through the API (as the vendors module's users would register it). */
async function createVendor(admin: TestSession, name: string): Promise<string> {
  serial += 1;
  const body17 = `9144000070${String(serial).padStart(7, '0')}`;
  const res = await admin.post('/api/v1/vendors', {
    name,
    uscc: `${body17}${usccCheckCharacter(body17) as string}`,
    type: 'software',
  });
  if (res.statusCode !== 201) throw new Error(`creating a vendor failed: ${res.statusCode} ${res.body}`);
  return (res.json() as { id: string }).id;
}

export interface Person {
  id: string;
  session: TestSession;
}

/**
 * Two departments; a buyer who chairs (IT); evaluators from IT (technical) and finance (finance, security);
 * an outsider on no panel; an auditor; three candidate vendors.
 */
export async function evaluationCast(t: TestApp, admin: TestSession, prefix: string) {
  const department = async (name: string) =>
    ((await admin.post('/api/v1/departments', { name: `${prefix} ${name}` })).json() as { id: string }).id;
  const it = await department('信息技术部');
  const finance = await department('财务部');
  const make = (name: string, roles: Parameters<typeof createSignedInUser>[3], departmentId?: string) =>
    createSignedInUser(t, admin, `${prefix}-${name}`, roles, departmentId ? { departmentId } : {});
  const vendors = [];
  for (const name of ['甲科技有限公司', '乙信息技术有限公司', '丙数据服务有限公司']) {
    vendors.push(await createVendor(admin, `${prefix}${name}`));
  }
  return {
    departments: { it, finance },
    chair: await make('chair', ['project_manager'], it),
    tech: await make('tech', ['technical_reviewer'], it),
    fin: await make('fin', ['finance'], finance),
    sec: await make('sec', ['security_officer'], finance),
    outsider: await make('outsider', ['technical_reviewer'], it),
    auditor: await make('auditor', ['auditor']),
    vendors: vendors as [string, string, string],
  };
}

export type EvaluationCast = Awaited<ReturnType<typeof evaluationCast>>;

export async function sourcingTemplateId(session: TestSession): Promise<{ id: string; criteria: { id: string }[] }> {
  const items = (await session.get('/api/v1/evaluation-templates')).json().items as {
    id: string;
    code: string;
    criteria: { id: string }[];
  }[];
  const found = items.find((i) => i.code === 'sourcing-default');
  if (!found) throw new Error('no sourcing-default template');
  return found;
}

/** A draft evaluation of the cast's vendors by the chair, with prices. */
export async function createTestEvaluation(cast: EvaluationCast, body: Record<string, unknown> = {}) {
  const template = await sourcingTemplateId(cast.chair.session);
  const res = await cast.chair.session.post('/api/v1/evaluations', {
    title: '核心网络运维外包选型',
    templateId: template.id,
    vendors: cast.vendors.map((vendorId, i) => ({ vendorId, price: `${(i + 8) * 100000}.00` })),
    ...body,
  });
  if (res.statusCode !== 201) throw new Error(`creating an evaluation failed: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; version: number; criteria: { id: string; priceCriterion: boolean }[] };
}

/** Sets the panel (tech, fin, sec) and opens scoring; returns each evaluator's sheet id. */
export async function startTestEvaluation(cast: EvaluationCast, evaluationId: string, version: number) {
  const base = `/api/v1/evaluations/${evaluationId}`;
  const panel = await cast.chair.session.put(`${base}/panel`, {
    version,
    evaluatorIds: [cast.tech.id, cast.fin.id, cast.sec.id],
  });
  if (panel.statusCode !== 200) throw new Error(`setting the panel failed: ${panel.body}`);
  const started = await cast.chair.session.post(`${base}/start`, { version: version + 1 });
  if (started.statusCode !== 200) throw new Error(`starting failed: ${started.body}`);
  const members = panel.json().members as { sheetId: string; evaluator: { id: string } }[];
  const sheetOf = (p: Person) => members.find((m) => m.evaluator.id === p.id)?.sheetId as string;
  return { tech: sheetOf(cast.tech), fin: sheetOf(cast.fin), sec: sheetOf(cast.sec), version: version + 2 };
}

/** Declares (no conflicts unless given), scores every vendor × criterion with `scoreOf`, and submits. */
export async function scoreAndSubmit(
  evaluator: Person,
  evaluationId: string,
  sheetId: string,
  criteria: { id: string; priceCriterion: boolean }[],
  vendorIds: readonly string[],
  scoreOf: (vendorIndex: number, criterionIndex: number) => number,
  conflicts: { vendorId: string; reason: string }[] = [],
) {
  const base = `/api/v1/evaluations/${evaluationId}/score-sheets/${sheetId}`;
  let sheet = await evaluator.session.post(`${base}/declaration`, { version: 1, conflicts });
  if (sheet.statusCode !== 200) throw new Error(`declaring failed: ${sheet.body}`);
  const scores = vendorIds
    .filter((v) => !conflicts.some((c) => c.vendorId === v))
    .flatMap((vendorId) =>
      criteria
        .filter((c) => !c.priceCriterion)
        .map((c) => ({
          vendorId,
          criterionId: c.id,
          score: scoreOf(vendorIds.indexOf(vendorId), criteria.indexOf(c)),
          comment: `评语${criteria.indexOf(c)}`,
        })),
    );
  sheet = await evaluator.session.put(base, { version: sheet.json().version, scores });
  if (sheet.statusCode !== 200) throw new Error(`scoring failed: ${sheet.body}`);
  sheet = await evaluator.session.post(`${base}/submit`, { version: sheet.json().version });
  if (sheet.statusCode !== 200) throw new Error(`submitting failed: ${sheet.body}`);
  return sheet.json() as { version: number };
}
