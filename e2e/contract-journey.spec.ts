import { expect, request as playwrightRequest, test, type Cookie, type Locator, type Page } from '@playwright/test';
import { usccCheckCharacter } from '../packages/shared/src/vendors/uscc';
import { chooseOption, searchAndChoose } from './support/select';
import { E2E_ADMIN_PASSWORD, signIn } from './support/sign-in';

/**
 * The contract journey (R5, issue 6) in the Chinese UI, each step done by the user whose job it is: the project
 * manager drafts from a standard text and the clause checklist blocks submission until it is complete; legal, finance
 * and technical reviewers give their opinions in parallel from their own sessions; the department head and the
 * director approve from 我的待办; the director signs with the signed copy uploaded in the signing dialog (the vendor is
 * only a candidate: a written override); a milestone is accepted and finance records its payment; a variation is
 * reviewed by legal and finance, approved by the department head and becomes supplementary agreement CT-…-S1 with the
 * amount before/after; the contract is terminated, its handover checklist ticked and its final report filed.
 * Only users, department, vendor and template are set up through the API.
 */

test.describe.configure({ mode: 'serial' });

const PASSWORD = 'Contract-Journey-4417';
const stamp = Date.now().toString(36);
const title = `机房设备运维保障合同-${stamp}`;
const vendorName = `江南运维服务有限公司${stamp}`;
const departmentName = `运维管理部${stamp}`;
const templateName = `机房运维维保合同范本-${stamp}`;
const user = (key: string) => `cj.${key}.${stamp}`;
const TODAY = new Date().toISOString().slice(0, 10);
const PDF = { name: '签署版.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') };

/** Set by the first step: every later step opens this contract. */
let contractPath = '';
let reference = '';

const sidebar = (page: Page) => page.getByRole('navigation', { name: '主导航' });
const tabpanel = (page: Page) => page.getByRole('tabpanel');

async function pickDate(field: Locator, date: string) {
  await field.click();
  await field.fill(date);
  await field.press('Enter');
}

/**
 * Each person signs in once (set-up, through the API); a step switches the browser to that person's own session by
 * its cookie. (The project manager's first sign-in goes through the sign-in page.)
 */
const sessions: Record<string, Cookie[]> = {};

async function actAs(page: Page, who: string) {
  const session = sessions[who];
  expect(session, `no session for ${who}`).toBeDefined();
  await page.context().clearCookies();
  await page.context().addCookies(session ?? []);
}

async function openContract(page: Page, who: string, tab?: string) {
  await actAs(page, who);
  await page.goto(contractPath);
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  if (tab) await page.getByRole('tab', { name: tab, exact: true }).click();
}

/** Signs in as the approver, opens the approval from 我的待办 and approves it with a comment. */
async function approveFromInbox(page: Page, who: string, subject: RegExp, comment: string) {
  await actAs(page, who);
  await page.goto('/');
  await sidebar(page).getByRole('link', { name: '我的待办' }).click();
  await page.getByRole('link', { name: subject }).click();
  const panel = page.getByRole('region', { name: '我的审批' });
  await panel.getByLabel('审批意见').fill(comment);
  await panel.getByRole('button', { name: '同意', exact: true }).click();
  await expect(page.getByText('已同意').first()).toBeVisible();
  await expect(panel).toBeHidden();
}

test('set-up through the API: department with its head, the people, a candidate vendor, a standard text', async ({
  request,
  baseURL,
}) => {
  const login = await request.post('/api/v1/auth/login', { data: { username: 'admin', password: E2E_ADMIN_PASSWORD } });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const send = async <T>(method: 'post' | 'patch', url: string, data: unknown) => {
    const res = await request[method](url, { data, headers: { 'x-csrf-token': csrfToken } });
    expect(res.ok(), `${url} → ${res.status()} ${await res.text()}`).toBeTruthy();
    return (await res.json()) as T;
  };
  const department = await send<{ id: string; version: number }>('post', '/api/v1/departments', {
    name: departmentName,
  });
  const ids: Record<string, string> = {};
  for (const [key, name, role, inDepartment] of [
    ['head', '周部长', 'department_head', true],
    ['pm', '吴项目', 'project_manager', true],
    ['legal', '郑法务', 'legal', false],
    ['finance', '王财务', 'finance', false],
    ['tech', '冯技术', 'technical_reviewer', false],
    ['director', '陈总监', 'director', false],
  ] as const) {
    const created = await send<{ id: string }>('post', '/api/v1/users', {
      username: user(key),
      displayName: `${name}${stamp}`,
      roles: [role],
      password: PASSWORD,
      mustChangePassword: false,
      ...(inDepartment ? { departmentId: department.id } : {}),
    });
    ids[key] = created.id;
  }
  await send('patch', `/api/v1/departments/${department.id}`, { version: department.version, headUserId: ids.head });
  const body17 = `91320000${String(Date.now()).slice(-9)}`;
  await send('post', '/api/v1/vendors', {
    name: vendorName,
    uscc: `${body17}${usccCheckCharacter(body17) as string}`,
    type: 'software',
  });
  await send('post', '/api/v1/contract-templates', {
    name: templateName,
    type: 'maintenance',
    body: '第一条 服务内容\n第二条 服务水平\n第三条 保密',
  });
  for (const key of Object.keys(ids)) {
    const session = await playwrightRequest.newContext({ baseURL });
    const login = await session.post('/api/v1/auth/login', { data: { username: user(key), password: PASSWORD } });
    expect(login.ok(), await login.text()).toBeTruthy();
    sessions[key] = (await session.storageState()).cookies;
    await session.dispose();
  }
});

test('the project manager drafts from the template; the checklist blocks submission until it is complete', async ({
  page,
}) => {
  await signIn(page, user('pm'), PASSWORD);
  await page.goto('/contracts/new');
  const form = page.locator('form');
  await chooseOption(page, form.getByLabel('合同范本'), `${templateName}（v1）`);
  await form.getByLabel('合同名称').fill(title);
  await searchAndChoose(page, form.getByLabel('供应商', { exact: true }), stamp, vendorName);
  await chooseOption(page, form.getByLabel('归口部门'), departmentName, 'tree');
  await form.getByLabel('合同金额').fill('300000.00');
  await pickDate(form.getByLabel('开始日期'), '2026-01-01');
  await pickDate(form.getByLabel('结束日期'), '2027-12-31');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page).toHaveURL(/\/contracts\/[0-9a-f-]{36}$/);
  contractPath = new URL(page.url()).pathname;
  reference = (await page.getByTestId('contract-reference').textContent()) ?? '';
  expect(reference).toMatch(/^CT-\d{4}-\d{4}$/);
  await expect(tabpanel(page).getByText('范本版本 v1')).toBeVisible();

  // Submitting names the three reviewers; the server refuses while mandatory clauses are absent and lists them.
  const submit = async () => {
    await page.getByRole('button', { name: '提交审查' }).click();
    const dialog = page.getByRole('dialog', { name: '提交合同审查' });
    for (const [label, key] of [
      ['法务审查人', 'legal'],
      ['财务审查人', 'finance'],
      ['技术审查人', 'tech'],
    ] as const) {
      await searchAndChoose(page, dialog.getByLabel(label), user(key), user(key));
    }
    await dialog.getByRole('button', { name: '提交审查' }).click();
    return dialog;
  };
  const refused = await submit();
  const missing = refused.getByRole('alert').getByRole('listitem');
  await expect(missing.first()).toBeVisible();
  const absent = await missing.allTextContents();
  expect(absent.length).toBeGreaterThan(0);
  await refused.getByRole('button', { name: '取消' }).click();

  // The project manager marks where each missing clause is in the text.
  await page.getByRole('tab', { name: '条款清单' }).click();
  await expect(page.getByText(`还有 ${absent.length} 项必备条款未包含`)).toBeVisible();
  for (const [i, clause] of absent.entries()) {
    await chooseOption(page, page.getByLabel(`情况 ${clause}`), '已包含');
    await page.getByLabel(`条款位置 ${clause}`).fill(`第 ${i + 4} 条`);
  }
  await tabpanel(page).getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('必备条款均已包含')).toBeVisible();

  await submit();
  await expect(page.getByText('已提交审查（第 1 轮）')).toBeVisible();
  await expect(page.getByText('审查中', { exact: true })).toBeVisible();
});

test('legal, finance and technical reviewers each give their opinion from their own session', async ({ page }) => {
  for (const [key, kind, opinion, comments] of [
    ['legal', '法务', '同意', ''],
    ['finance', '财务', '有意见的同意', '付款节点须与验收挂钩'],
    ['tech', '技术', '同意', ''],
  ] as const) {
    await openContract(page, key, '审查');
    const round = tabpanel(page);
    await expect(round.getByText('第 1 轮审查')).toBeVisible();
    await round.getByRole('button', { name: '提交意见' }).click();
    const dialog = page.getByRole('dialog', { name: `提交${kind}审查意见` });
    await dialog.getByText(opinion, { exact: true }).click();
    if (comments) await dialog.getByLabel('说明').fill(comments);
    await dialog.getByRole('button', { name: '提交意见' }).click();
    await expect(page.getByText('审查意见已提交')).toBeVisible();
    await expect(round.getByRole('button', { name: '提交意见' })).toHaveCount(0);
  }
  await page.reload();
  await expect(page.getByText('审批中', { exact: true }).first()).toBeVisible();
  await page.getByRole('tab', { name: '审查', exact: true }).click();
  await expect(tabpanel(page).getByText('付款节点须与验收挂钩')).toBeVisible();
});

test('the department head and the director approve from 我的待办', async ({ page }) => {
  const subject = new RegExp(`合同审批：${reference} ${title}`);
  await approveFromInbox(page, 'head', subject, '同意，按期推进');
  await approveFromInbox(page, 'director', subject, '同意签署');
  await page.goto(contractPath);
  await expect(page.getByText('已批准', { exact: true }).first()).toBeVisible();
});

test('the director signs with the signed copy uploaded in the signing dialog', async ({ page }) => {
  await openContract(page, 'director');
  await page.getByRole('button', { name: '签署合同' }).click();
  const dialog = page.getByRole('dialog', { name: `签署合同 ${reference}` });
  await dialog.getByRole('button', { name: '上传文件' }).click();
  const upload = page.getByRole('dialog', { name: '上传合同文件' });
  await upload.locator('input[type=file]').setInputFiles(PDF);
  await upload.getByRole('button', { name: '上传文件' }).click();
  await expect(page.getByText('文件已上传并加密存储。')).toBeVisible();
  await expect(upload).toBeHidden();

  // The signed copy just uploaded is the one picked for signing.
  await expect(dialog.locator('.ant-select').filter({ has: page.getByLabel('签署版文件') })).toContainText(
    '签署版.pdf',
  );
  const names = dialog.getByLabel('姓名');
  const titles = dialog.getByLabel('职务');
  await names.nth(0).fill('陈总监');
  await titles.nth(0).fill('信息技术部总监');
  await names.nth(1).fill('李经理');
  await titles.nth(1).fill('总经理');
  await dialog.getByRole('button', { name: '签署合同' }).click();
  // The vendor is only a candidate: the conditions are listed, and the director may sign with a written reason.
  const blocked = dialog.getByRole('alert').filter({ hasText: '供应商不满足签署条件' });
  await expect(blocked).toContainText('供应商未处于“已准入”状态');
  await dialog.getByLabel('总监特批理由').fill('供应商准入审批在途，业务急需先行签署');
  await dialog.getByRole('button', { name: '签署合同' }).click();
  await expect(page.getByText('合同已签署并生效。')).toBeVisible();
  await expect(page.getByText('履行中', { exact: true }).first()).toBeVisible();
  await page.getByRole('tab', { name: '合同文件' }).click();
  await expect(tabpanel(page).getByRole('row', { name: /签署版\.pdf/ })).toContainText('签署版');
});

test('a milestone is accepted by the project manager and paid by finance', async ({ page }) => {
  await openContract(page, 'pm', '里程碑与验收');
  await tabpanel(page).getByRole('button', { name: '新增里程碑' }).click();
  const plan = page.getByRole('dialog', { name: '新增里程碑' });
  await plan.getByLabel('里程碑 / 交付物').fill('机房巡检系统上线');
  await pickDate(plan.getByLabel('计划交付日期'), TODAY);
  await plan.getByLabel('计划付款金额').fill('120000.00');
  await plan.getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(page.getByText('里程碑已保存')).toBeVisible();
  const row = tabpanel(page).getByRole('row', { name: /机房巡检系统上线/ });
  await expect(row).toContainText('待验收');

  await row.getByRole('button', { name: '记录验收' }).click();
  const accept = page.getByRole('dialog', { name: '记录验收 · 机房巡检系统上线' });
  await accept.getByLabel('原因 / 说明').fill('功能与性能均达标');
  await accept.getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(row).toContainText('验收通过');

  await openContract(page, 'finance', '付款记录');
  await tabpanel(page).getByRole('button', { name: '登记付款' }).click();
  const pay = page.getByRole('dialog', { name: '登记付款' });
  await chooseOption(page, pay.getByLabel('对应里程碑'), '机房巡检系统上线 · 验收通过');
  await pay.getByLabel('发票号').fill(`FP-${stamp}`);
  await pay.getByLabel('付款金额').fill('120000.00');
  await searchAndChoose(page, pay.getByLabel('批准人'), user('director'), user('director'));
  await pay.getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(page.getByText('付款已登记')).toBeVisible();
  await expect(tabpanel(page).getByRole('row', { name: new RegExp(`FP-${stamp}`) })).toContainText('120,000.00');
  await expect(tabpanel(page).getByText('180,000.00 CNY')).toBeVisible(); // remaining of 300 000
});

test('a variation is reviewed by legal and finance, approved, and becomes supplementary agreement S1', async ({
  page,
}) => {
  await openContract(page, 'pm', '变更');
  await tabpanel(page).getByRole('button', { name: '提出变更' }).click();
  const request = page.getByRole('dialog', { name: '提出变更' });
  await request.getByLabel('变更原因').fill('新增灾备机房巡检范围');
  await request.getByLabel('变更内容').fill('服务范围增加灾备机房，合同金额相应调整。');
  await request.getByLabel('新合同金额（CNY）').fill('360000.00');
  await request.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('变更申请已提交，等待法务和财务意见。')).toBeVisible();
  await expect(tabpanel(page).getByText('法务/财务审核中')).toBeVisible();

  for (const [key, kind] of [
    ['legal', '法务'],
    ['finance', '财务'],
  ] as const) {
    await openContract(page, key, '变更');
    await tabpanel(page)
      .getByRole('button', { name: `提交${kind}意见` })
      .click();
    const dialog = page.getByRole('dialog', { name: `提交${kind}意见` });
    await dialog.getByText('同意', { exact: true }).click();
    await dialog.getByLabel('意见说明').fill(`${kind}无异议`);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
  }
  await expect(tabpanel(page).getByText('审批中', { exact: true })).toBeVisible();

  await approveFromInbox(page, 'head', new RegExp(`合同变更：${reference} ${title}`), '同意变更');

  await openContract(page, 'pm', '变更');
  const card = tabpanel(page);
  await expect(card.getByText(`补充协议 ${reference}-S1`)).toBeVisible();
  await expect(card.getByText('已生效')).toBeVisible();
  const amount = card.getByRole('row', { name: /^金额/ });
  await expect(amount).toContainText('300,000.00 CNY');
  await expect(amount).toContainText('360,000.00 CNY');
  await expect(page.getByText('360,000.00 CNY').first()).toBeVisible();
});

test('the contract is terminated, its handover ticked off and its final report filed', async ({ page }) => {
  await openContract(page, 'pm');
  await page.getByRole('button', { name: '终止合同' }).first().click();
  const dialog = page.getByRole('dialog', { name: `终止合同 ${reference}` });
  await chooseOption(page, dialog.getByLabel('终止类型'), '双方协商终止');
  await dialog.getByLabel('终止原因').fill('业务调整，机房整体迁移至云上');
  await pickDate(dialog.getByLabel('生效日期'), TODAY);
  await dialog.getByLabel('应付供应商金额（CNY）').fill('20000.00');
  await dialog.getByRole('button', { name: '确认终止' }).click();
  await expect(page.getByText(/合同已终止，请完成移交清单/)).toBeVisible();
  await expect(page.getByText('已终止', { exact: true }).first()).toBeVisible();

  await page.getByRole('tab', { name: '终止与移交' }).click();
  const handover = tabpanel(page).locator('.ant-card').filter({ hasText: '退出移交清单' });
  const rows = handover.locator('tbody tr.ant-table-row');
  // The standard exit items are there from the termination on, none done yet.
  const progress = handover.getByText(/^已完成 0\/\d+$/);
  await expect(progress).toBeVisible();
  const total = Number((await progress.textContent())?.split('/')[1]);
  expect(total).toBeGreaterThan(0);
  await expect(rows).toHaveCount(total);
  for (let i = 0; i < total; i += 1) {
    const row = rows.nth(i);
    await row.getByRole('button', { name: '更新' }).click();
    const item = page.getByRole('dialog').filter({ has: page.getByRole('switch') });
    await item.getByRole('switch').click();
    if ((await row.textContent())?.includes('需上传证明')) {
      await item.locator('input[type=file]').setInputFiles({ ...PDF, name: `移交证明-${i + 1}.pdf` });
      await expect(item.getByText(`已上传：移交证明-${i + 1}.pdf`)).toBeVisible();
    }
    await item.getByRole('button', { name: '保存' }).click();
    await expect(item).toBeHidden();
    await expect(row).toContainText('已完成');
  }
  await expect(handover.getByText(`已完成 ${total}/${total}`)).toBeVisible();

  const report = tabpanel(page).locator('.ant-card').filter({ hasText: '终止总结报告' });
  await expect(report.getByText('待提交')).toBeVisible();
  await report.getByRole('button', { name: '提交总结报告' }).click();
  const form = page.getByRole('dialog', { name: '提交总结报告' });
  await form.getByLabel('终止总结报告').fill('服务已平稳过渡，数据已销毁并取得证明，结算 20,000.00 元。');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('总结报告已提交。')).toBeVisible();
  await expect(report.getByText('按时提交')).toBeVisible();
});
