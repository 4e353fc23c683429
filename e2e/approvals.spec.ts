import { readFile } from 'node:fs/promises';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { signIn } from './support/sign-in';
import { chooseOption } from './support/select';

/**
 * Acceptance journey of approvals (issue 5), in the Chinese UI: a vendor goes through the seeded three-stage
 * 'vendor-approval' flow. The request is first refused with the unmet condition listed; then the department head,
 * finance and the executive each decide from their own 我的待办 inbox, signed in as themselves. Finance returns it
 * once; the submitter resubmits from 我的申请 and it resumes at finance. The approved vendor shows 已批准 and the
 * approval form (审批单) downloads as a PDF with Chinese text.
 */

const ADMIN_PASSWORD = 'Admin-e2e-Passw0rd';
const PASSWORD = 'Approval-Journey-2741';
const stamp = Date.now().toString(36);
const vendorName = '云栈信息技术有限公司';
const vendorUscc = '91440300MA5F00001A';
const people = {
  head: { username: `head.${stamp}`, displayName: '王部长', roles: ['department_head'] },
  finance: { username: `finance.${stamp}`, displayName: '李会计', roles: ['finance'] },
  executive: { username: `ceo.${stamp}`, displayName: '赵总', roles: ['executive'] },
} as const;

const sidebar = (page: Page) => page.getByRole('navigation', { name: '主导航' });

/** Admin API session for the setup: cookie plus CSRF token. */
async function adminApi(request: APIRequestContext) {
  const login = await request.post('/api/v1/auth/login', { data: { username: 'admin', password: ADMIN_PASSWORD } });
  expect(login.ok()).toBeTruthy();
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const send = async <T>(method: 'post' | 'patch', path: string, data: unknown): Promise<T> => {
    const response = await request[method](`/api/v1${path}`, { data, headers: { 'x-csrf-token': csrfToken } });
    expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBeTruthy();
    return (await response.json()) as T;
  };
  return {
    post: <T>(path: string, data: unknown) => send<T>('post', path, data),
    patch: <T>(path: string, data: unknown) => send<T>('patch', path, data),
  };
}

/** Opens the one open task in the inbox (the badge says 1) and lands on the approval page. */
async function openMyTask(page: Page) {
  const entry = sidebar(page).getByRole('menuitem').filter({ hasText: '我的待办' });
  await expect(entry.getByTestId('task-count')).toContainText('1');
  await sidebar(page).getByRole('link', { name: '我的待办' }).click();
  await page.getByRole('link', { name: new RegExp(vendorName) }).click();
  await expect(page.getByRole('region', { name: '我的审批' })).toBeVisible();
}

async function decide(page: Page, decision: '同意' | '退回修改', comment: string) {
  const panel = page.getByRole('region', { name: '我的审批' });
  await panel.getByLabel('审批意见').fill(comment);
  await panel.getByRole('button', { name: decision, exact: true }).click();
  await expect(page.getByText(decision === '同意' ? '已同意' : '已退回修改').first()).toBeVisible();
  await expect(panel).toBeHidden();
}

const stage = (page: Page, name: string) => page.getByRole('region', { name });

test('a vendor passes the three-stage approval with one return, and the approval form downloads', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);

  // Set-up through the admin API: a department whose head decides, finance and executive users, a shortlisted vendor.
  const admin = await adminApi(request);
  const department = await admin.post<{ id: string; version: number }>('/departments', { name: `审批中心-${stamp}` });
  const ids: Record<string, string> = {};
  for (const [key, p] of Object.entries(people)) {
    const user = await admin.post<{ id: string }>('/users', {
      ...p,
      roles: [...p.roles],
      departmentId: department.id,
      password: PASSWORD,
      mustChangePassword: false,
    });
    ids[key] = user.id;
  }
  await admin.patch(`/departments/${department.id}`, { version: department.version, headUserId: ids.head });
  const vendor = await admin.post<{ id: string; version: number }>('/vendors', {
    name: vendorName,
    uscc: vendorUscc,
    type: 'software',
    departmentId: department.id,
  });
  await admin.post(`/vendors/${vendor.id}/transitions`, {
    to: 'shortlisted',
    reason: '进入入围名单',
    version: vendor.version,
  });

  // The submitter (admin) asks for approval; without due diligence the request is refused with the reason.
  await signIn(page, 'admin', ADMIN_PASSWORD);
  await page.goto(`/vendors/${vendor.id}`);
  await expect(page.getByRole('heading', { name: vendorName })).toBeVisible();
  await page.getByRole('button', { name: '提交审批' }).click();
  let dialog = page.getByRole('dialog', { name: '提交审批' });
  await dialog.getByRole('button', { name: '提交', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('没有结论为“通过”且仍在有效期内的尽职调查记录');
  await dialog.getByRole('button', { name: '取消' }).click();

  await admin.post(`/vendors/${vendor.id}/due-diligence`, {
    kind: 'site_visit',
    performedOn: new Date(Date.now() - 5 * 86_400_000).toISOString().slice(0, 10),
    performedBy: '李娜',
    conclusion: 'pass',
  });
  await page.reload();
  await page.getByRole('button', { name: '提交审批' }).click();
  dialog = page.getByRole('dialog', { name: '提交审批' });
  await dialog.getByLabel('申请说明（可选）').fill('年度准入，请审批');
  await dialog.getByRole('button', { name: '提交', exact: true }).click();
  await expect(page).toHaveURL(/\/approvals\/[0-9a-f-]{36}$/);
  const approvalUrl = new URL(page.url()).pathname;
  await expect(page.getByRole('heading', { name: new RegExp(vendorName) })).toBeVisible();
  await expect(page.locator('.ant-tag').filter({ hasText: '审批中' }).first()).toBeVisible();
  await expect(stage(page, '部门负责人审批')).toContainText('进行中');
  await expect(stage(page, '部门负责人审批')).toContainText(people.head.displayName);
  // A workflow manager could move the open task to someone else (改派).
  await expect(page.getByRole('button', { name: `改派 ${people.head.displayName}` })).toBeVisible();
  await page.goto(`/vendors/${vendor.id}`);
  await expect(page.getByRole('link', { name: /准入审批进行中/ })).toBeVisible();

  // 1. The department head approves from the inbox.
  await signIn(page, people.head.username, PASSWORD);
  await openMyTask(page);
  await decide(page, '同意', '同意引入，业务需要');
  await expect(stage(page, '部门负责人审批')).toContainText('已通过');
  await expect(stage(page, '财务审核')).toContainText('进行中');

  // 2. Finance returns it for changes; a comment is required.
  await signIn(page, people.finance.username, PASSWORD);
  await openMyTask(page);
  const panel = page.getByRole('region', { name: '我的审批' });
  await panel.getByRole('button', { name: '退回修改', exact: true }).click();
  await expect(panel.getByText('请填写审批意见')).toBeVisible();
  await decide(page, '退回修改', '请补充近三年财务报表');
  await expect(page.locator('.ant-tag').filter({ hasText: '已退回修改' }).first()).toBeVisible();

  // The submitter sees it in 我的申请 and resubmits; it resumes at finance.
  await signIn(page, 'admin', ADMIN_PASSWORD);
  await sidebar(page).getByRole('link', { name: '我的申请' }).click();
  const row = page.getByRole('row').filter({ hasText: vendorName });
  await expect(row).toContainText('已退回修改');
  await row.getByRole('link', { name: new RegExp(vendorName) }).click();
  await page.getByRole('tab', { name: '处理记录' }).click();
  await expect(page.getByText('请补充近三年财务报表')).toBeVisible();
  await page.getByRole('button', { name: '重新提交' }).click();
  dialog = page.getByRole('dialog', { name: '重新提交' });
  await dialog.getByLabel('说明（可选）').fill('已补充财务报表');
  await dialog.getByRole('button', { name: '重新提交' }).click();
  await expect(page.getByText('已重新提交')).toBeVisible();
  await page.getByRole('tab', { name: '审批进度' }).click();
  await expect(stage(page, '财务审核')).toContainText('进行中');
  await expect(stage(page, '部门负责人审批')).toContainText('已通过');

  // 3. Finance approves this time; 4. the executive approves last.
  await signIn(page, people.finance.username, PASSWORD);
  await openMyTask(page);
  await decide(page, '同意', '财务资料齐全');
  await signIn(page, people.executive.username, PASSWORD);
  await openMyTask(page);
  await decide(page, '同意', '批准准入');
  await expect(page.locator('.ant-tag').filter({ hasText: '已通过' }).first()).toBeVisible();
  await sidebar(page).getByRole('link', { name: '我的待办' }).click();
  await expect(page.getByText('没有待处理的审批任务。')).toBeVisible();
  await page.getByRole('tab', { name: '已处理' }).click();
  await expect(page.getByRole('row').filter({ hasText: vendorName })).toContainText('已同意');

  // The vendor is approved; the approval form downloads as a PDF with Chinese text.
  await signIn(page, 'admin', ADMIN_PASSWORD);
  await page.goto(`/vendors/${vendor.id}`);
  await expect(page.locator('.ant-tag').filter({ hasText: '已批准' }).first()).toBeVisible();
  await page.goto(approvalUrl);
  await page.getByRole('tab', { name: '处理记录' }).click();
  await expect(page.getByText('批准准入')).toBeVisible();
  await page.screenshot({ path: '/tmp/approvals-e2e-timeline.png', fullPage: true });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载审批单' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const pdf = await readFile(await download.path());
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = await pdfText(pdf);
  expect(text).toContain(vendorName);
  expect(text).toContain('财务资料齐全');
  expect(text).toContain(people.executive.displayName);
});

/** The text of every page of a PDF (pdf.js, as the server's own tests read it). */
async function pdfText(pdf: Buffer): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const parts: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    for (const item of content.items) if ('str' in item) parts.push(item.str);
  }
  return parts.join('');
}

test('an administrator edits a flow: a stage nobody can decide is refused with the reason, a valid edit saves', async ({
  page,
  request,
}) => {
  const admin = await adminApi(request);
  await admin.post('/users', {
    username: `director.${stamp}`,
    displayName: '周总监',
    roles: ['director'],
    password: PASSWORD,
    mustChangePassword: false,
  });

  await signIn(page, 'admin', ADMIN_PASSWORD);
  await sidebar(page).getByRole('link', { name: '审批流程' }).click();
  await page.getByRole('button', { name: '编辑 紧急事项报告确认' }).click();
  const drawer = page.getByRole('dialog', { name: /编辑审批流程/ });
  const first = drawer.getByRole('group', { name: '环节 1' });
  await expect(first.getByLabel('环节 1 · 中文名称')).toHaveValue('总监确认');

  // Legal instead of the director: nobody holds the role, so the server refuses and says where.
  await first.locator('.ant-select-selection-item-remove').first().click();
  await chooseOption(page, first.getByLabel('环节 1 · 处理人规则 · 角色'), '法务');
  await drawer.getByRole('button', { name: '保存' }).click();
  const alert = drawer.getByRole('alert');
  await expect(alert).toContainText('环节 1 · 处理人规则 · 角色');
  await expect(first.getByText('No active user has the role "legal".')).toBeVisible();

  // Back to the director, a shorter due time and a second stage; it saves.
  await first.locator('.ant-select-selection-item-remove').first().click();
  await chooseOption(page, first.getByLabel('环节 1 · 处理人规则 · 角色'), '总监');
  await first.getByLabel('环节 1 · 办理时限').fill('12');
  await drawer.getByRole('button', { name: '添加环节' }).click();
  const second = drawer.getByRole('group', { name: '环节 2' });
  await second.getByLabel('环节 2 · 中文名称').fill('总经理知悉');
  await second.getByLabel('环节 2 · 英文名称').fill('Executive notes');
  await chooseOption(page, second.getByLabel('环节 2 · 审批方式'), '或签（任一人同意）');
  await chooseOption(page, second.getByLabel('环节 2 · 处理人规则 · 角色'), '总监');
  await drawer.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('审批流程已保存')).toBeVisible();
  await expect(drawer).toBeHidden();
  const row = page.getByRole('row').filter({ hasText: '紧急事项报告确认' });
  await expect(row).toContainText('1. 总监确认');
  await expect(row).toContainText('2. 总经理知悉');
});
