import { expect, request as playwrightRequest, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { usccCheckCharacter } from '../packages/shared/src/vendors/uscc';
import { chooseOption, searchAndChoose } from './support/select';
import { E2E_ADMIN_PASSWORD, signIn } from './support/sign-in';

/**
 * The contract journey (R5) across the parts, in the Chinese UI where the UI exists: a project manager drafts from
 * a standard text; the clause checklist blocks submission until every mandatory clause is present; legal, finance
 * and technical review in parallel; department head and director approve; the contract shows 已批准; it is signed with its signed copy.
 * Submission, opinions and decisions go through the API here (their buttons are the parts' header actions and
 * inbox pages, covered by their own journeys); the signed copy is uploaded and signed (director override) through the
 * API. Ledger (milestone acceptance, payment), variation and exit steps are not in this journey yet.
 */

const PASSWORD = 'Contract-Journey-4417';
const stamp = Date.now().toString(36);
const title = `机房运维外包服务合同-${stamp}`;
const vendorName = `江南运维服务有限公司${stamp}`;
const departmentName = `运维管理部${stamp}`;
const templateName = `运维外包服务合同范本-${stamp}`;

interface Api {
  ctx: APIRequestContext;
  headers: { 'x-csrf-token': string };
  id: string;
}

async function apiAs(baseURL: string, username: string, password: string): Promise<Api> {
  const ctx = await playwrightRequest.newContext({ baseURL });
  const login = await ctx.post('/api/v1/auth/login', { data: { username, password } });
  expect(login.ok(), await login.text()).toBeTruthy();
  const body = (await login.json()) as { csrfToken: string; user: { id: string } };
  return { ctx, headers: { 'x-csrf-token': body.csrfToken }, id: body.user.id };
}

async function ok<T>(response: Promise<APIResponse>): Promise<T> {
  const res = await response;
  expect(res.ok(), `${res.url()} → ${res.status()} ${await res.text()}`).toBeTruthy();
  return (await res.json()) as T;
}

test('a contract goes from a template draft through checklist, reviews and approval', async ({ page, baseURL }) => {
  test.setTimeout(240_000);
  const base = baseURL as string;
  const admin = await apiAs(base, 'admin', E2E_ADMIN_PASSWORD);
  const post = <T>(who: Api, url: string, data: unknown) => ok<T>(who.ctx.post(url, { data, headers: who.headers }));

  const department = await post<{ id: string }>(admin, '/api/v1/departments', { name: departmentName });
  const person = async (name: string, roles: string[], departmentId?: string) => {
    const username = `${name}.${stamp}`;
    await post(admin, '/api/v1/users', {
      username,
      displayName: name,
      roles,
      password: PASSWORD,
      mustChangePassword: false,
      ...(departmentId ? { departmentId } : {}),
    });
    return { username, api: await apiAs(base, username, PASSWORD) };
  };
  const head = await person('head', ['department_head'], department.id);
  const { version } = await ok<{ version: number }>(admin.ctx.get(`/api/v1/departments/${department.id}`));
  await ok(
    admin.ctx.patch(`/api/v1/departments/${department.id}`, {
      data: { version, headUserId: head.api.id },
      headers: admin.headers,
    }),
  );
  const pm = await person('pm', ['project_manager'], department.id);
  const legal = await person('legal', ['legal']);
  const finance = await person('finance', ['finance']);
  const tech = await person('tech', ['technical_reviewer']);
  const director = await person('director', ['director']);
  const body17 = `91320000${String(Date.now()).slice(-9)}`;
  await post(admin, '/api/v1/vendors', {
    name: vendorName,
    uscc: `${body17}${usccCheckCharacter(body17) as string}`,
    type: 'software',
  });
  await post(admin, '/api/v1/contract-templates', {
    name: templateName,
    type: 'outsourcing',
    body: '第一条 服务内容\n第二条 服务水平\n第三条 保密',
  });

  // The project manager drafts the contract from the standard text in the UI.
  await signIn(page, pm.username, PASSWORD);
  await page.goto('/contracts/new');
  const form = page.locator('form');
  await chooseOption(page, form.getByLabel('合同范本'), `${templateName}（v1）`);
  await form.getByLabel('合同名称').fill(title);
  await searchAndChoose(page, form.getByLabel('供应商', { exact: true }), stamp, vendorName);
  await chooseOption(page, form.getByLabel('归口部门'), departmentName, 'tree');
  await form.getByLabel('合同金额').fill('300000.00');
  for (const [label, date] of [
    ['开始日期', '2027-01-01'],
    ['结束日期', '2027-12-31'],
  ] as const) {
    await form.getByLabel(label).click();
    await form.getByLabel(label).fill(date);
    await form.getByLabel(label).press('Enter');
  }
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page).toHaveURL(/\/contracts\/[0-9a-f-]{36}$/);
  const contractId = page.url().split('/').pop() as string;
  await expect(page.getByRole('tabpanel').getByText('范本版本 v1')).toBeVisible();

  // The checklist blocks submission while a mandatory clause is absent.
  await page.getByRole('tab', { name: '条款清单' }).click();
  await expect(page.getByText(/还有 \d+ 项必备条款未包含/)).toBeVisible();
  const contract = await ok<{ version: number }>(pm.api.ctx.get(`/api/v1/contracts/${contractId}`));
  const reviewers = [
    { userId: legal.api.id, kind: 'legal' },
    { userId: finance.api.id, kind: 'finance' },
    { userId: tech.api.id, kind: 'technical' },
  ];
  const blocked = await pm.api.ctx.post(`/api/v1/contracts/${contractId}/submit`, {
    data: { version: contract.version, reviewers },
    headers: pm.api.headers,
  });
  expect(blocked.status()).toBe(422);
  expect(((await blocked.json()) as { missing: unknown[] }).missing.length).toBeGreaterThan(0);

  const checklist = await ok<{ version: number; items: { clauseId: string }[] }>(
    pm.api.ctx.get(`/api/v1/contracts/${contractId}/checklist`),
  );
  await ok(
    pm.api.ctx.put(`/api/v1/contracts/${contractId}/checklist`, {
      data: {
        version: checklist.version,
        items: checklist.items.map((item, i) => ({
          clauseId: item.clauseId,
          status: 'present',
          reference: `第 ${i + 1} 条`,
        })),
      },
      headers: pm.api.headers,
    }),
  );
  await page.reload();
  await page.getByRole('tab', { name: '条款清单' }).click();
  await expect(page.getByText('必备条款均已包含')).toBeVisible();

  // Submitted: legal, finance and technical review in parallel, each agreeing.
  const current = await ok<{ version: number }>(pm.api.ctx.get(`/api/v1/contracts/${contractId}`));
  await post(pm.api, `/api/v1/contracts/${contractId}/submit`, { version: current.version, reviewers });
  for (const reviewer of [legal, finance, tech]) {
    const { rounds } = await ok<{ rounds: { reviews: { id: string; reviewer: { id: string } }[] }[] }>(
      reviewer.api.ctx.get(`/api/v1/contracts/${contractId}/reviews`),
    );
    const mine = rounds[0]?.reviews.find((r) => r.reviewer.id === reviewer.api.id);
    expect(mine).toBeDefined();
    await post(reviewer.api, `/api/v1/contracts/${contractId}/reviews/${mine?.id}/opinion`, { opinion: 'agree' });
  }
  const inApproval = await ok<{ status: string; approvalId: string }>(
    pm.api.ctx.get(`/api/v1/contracts/${contractId}`),
  );
  expect(inApproval.status).toBe('in-approval');

  // Department head, then director approve (below 500 000 no executive stage): the contract is approved.
  for (const approver of [head, director]) {
    const detail = await ok<{ stages: { tasks: { id: string; status: string; assignee: { id: string } }[] }[] }>(
      approver.api.ctx.get(`/api/v1/approvals/${inApproval.approvalId}`),
    );
    const task = detail.stages
      .flatMap((s) => s.tasks)
      .find((x) => x.assignee.id === approver.api.id && x.status === 'open');
    expect(task).toBeDefined();
    await post(approver.api, `/api/v1/approval-tasks/${task?.id}/decisions`, { decision: 'approve' });
  }
  await page.reload();
  await expect(page.getByText('已批准', { exact: true }).first()).toBeVisible();
  await page.getByRole('tab', { name: '审查', exact: true }).click();
  await expect(page.getByText('第 1 轮审查')).toBeVisible();

  // Signing: the signed copy is uploaded (stored encrypted); the vendor is only a candidate, so the director signs
  // with a written override reason. The start date is ahead: the contract stays approved, with its signing date.
  const uploaded = await pm.api.ctx.post(`/api/v1/contracts/${contractId}/documents`, {
    multipart: {
      file: { name: '签署版.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') },
      kind: 'signed-copy',
    },
    headers: pm.api.headers,
  });
  expect(uploaded.ok(), await uploaded.text()).toBeTruthy();
  const document = (await uploaded.json()) as { id: string };
  const approved = await ok<{ version: number }>(pm.api.ctx.get(`/api/v1/contracts/${contractId}`));
  const signedOn = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10); // yesterday: never in the future
  await post(director.api, `/api/v1/contracts/${contractId}/sign`, {
    version: approved.version,
    signedOn,
    signatories: [
      { side: 'company', name: '张总监', title: '信息技术部总监' },
      { side: 'vendor', name: '李经理', title: '总经理' },
    ],
    signedCopyDocumentId: document.id,
    overrideReason: '供应商准入审批在途，业务急需先行签署',
  });
  await page.reload();
  await expect(page.getByRole('tabpanel').getByText(signedOn)).toBeVisible();
});
