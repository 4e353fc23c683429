import { expect, test, type Page } from '@playwright/test';
import { chooseOption, searchAndChoose } from './support/select';
import { E2E_ADMIN_PASSWORD, signIn } from './support/sign-in';

/**
 * Sourcing journey (issue 7, R2), in the Chinese UI: a project manager raises a sourcing request and submits it;
 * the department head, finance and the executive approve it from their own 我的待办 inboxes; the requirements go
 * from v1 to v2 and the diff shows what changed; sourcing starts, a registry vendor is invited with a response
 * deadline and its proposal is recorded (on time).
 */

const PASSWORD = 'Sourcing-Journey-2741';
const stamp = Date.now().toString(36);
const title = `机房运维外包-${stamp}`;
const vendorName = `驻场运维服务有限公司${stamp}`;
const people = {
  head: { username: `sr.head.${stamp}`, displayName: '孙部长', roles: ['department_head'] },
  pm: { username: `sr.pm.${stamp}`, displayName: '周经理', roles: ['project_manager'] },
  finance: { username: `sr.finance.${stamp}`, displayName: '钱会计', roles: ['finance'] },
  executive: { username: `sr.ceo.${stamp}`, displayName: '吴总', roles: ['executive'] },
} as const;

const sidebar = (page: Page) => page.getByRole('navigation', { name: '主导航' });
const inDays = (days: number) => {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

async function approveFromInbox(page: Page, username: string) {
  await signIn(page, username, PASSWORD);
  await sidebar(page).getByRole('link', { name: '我的待办' }).click();
  await page.getByRole('link', { name: new RegExp(title) }).click();
  const panel = page.getByRole('region', { name: '我的审批' });
  await panel.getByLabel('审批意见').fill('同意立项');
  await panel.getByRole('button', { name: '同意', exact: true }).click();
  await expect(panel).toBeHidden();
}

async function fillRequirement(page: Page, row: number, description: string, acceptance: string) {
  await page.getByLabel(`需求描述 ${row}`, { exact: true }).fill(description);
  await page.getByLabel(`验收标准 ${row}`, { exact: true }).fill(acceptance);
}

test('a sourcing request passes three approvals, gets requirements v1 → v2 and a candidate’s proposal', async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);

  // Set-up through the admin API: a department with its head, a project manager in it, finance, executive, a vendor.
  const login = await request.post('/api/v1/auth/login', { data: { username: 'admin', password: E2E_ADMIN_PASSWORD } });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const post = async <T>(path: string, data: unknown, method: 'post' | 'patch' = 'post') => {
    const res = await request[method](`/api/v1${path}`, { data, headers: { 'x-csrf-token': csrfToken } });
    expect(res.ok(), `${path}: ${await res.text()}`).toBeTruthy();
    return (await res.json()) as T;
  };
  const department = await post<{ id: string; version: number }>('/departments', { name: `基础架构部-${stamp}` });
  const ids: Record<string, string> = {};
  for (const [key, p] of Object.entries(people)) {
    const user = await post<{ id: string }>('/users', {
      ...p,
      roles: [...p.roles],
      departmentId: department.id,
      password: PASSWORD,
      mustChangePassword: false,
    });
    ids[key] = user.id;
  }
  await post(`/departments/${department.id}`, { version: department.version, headUserId: ids.head }, 'patch');
  await post('/vendors', { name: vendorName, uscc: '91440300MA5F0C0011', type: 'software' });

  // The project manager raises the request.
  await signIn(page, people.pm.username, PASSWORD);
  await sidebar(page).getByRole('link', { name: '采购需求' }).click();
  await expect(page.getByRole('heading', { name: '采购需求' })).toBeVisible();
  await page.getByRole('button', { name: '新建采购需求' }).click();
  const drawer = page.getByRole('dialog', { name: '新建采购需求' });
  await drawer.getByLabel('需求名称').fill(title);
  await drawer.getByLabel('项目背景').fill('现有运维团队无法覆盖夜间值守。');
  await drawer.getByLabel('项目目标').fill('7×24 小时运维覆盖。');
  await drawer.getByLabel('预期成果').fill('全年可用性 99.95%。');
  await drawer.getByLabel('预算金额').fill('300000');
  await chooseOption(page, drawer.getByLabel('外包类别'), '运行维护');
  await chooseOption(page, drawer.getByLabel('紧急程度'), '紧急');
  await drawer.getByLabel('服务水平需求').fill('P1 故障 15 分钟响应');
  await drawer.getByRole('button', { name: '保存' }).click();
  await expect(drawer).toBeHidden();
  await expect(page.getByRole('heading', { name: new RegExp(`SR-\\d{4}-\\d{4} ${title}`) })).toBeVisible();
  await expect(page.locator('.ant-tag').filter({ hasText: '草稿' })).toBeVisible();
  const requestUrl = new URL(page.url()).pathname;

  await page.getByRole('button', { name: '提交立项审批' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '提交立项审批' }).click();
  await expect(page.locator('.ant-tag').filter({ hasText: '立项审批中' })).toBeVisible();
  await expect(page.getByRole('link', { name: '查看立项审批' })).toBeVisible();

  // Department head → finance → executive, each from their own inbox.
  for (const who of [people.head, people.finance, people.executive]) await approveFromInbox(page, who.username);

  await signIn(page, people.pm.username, PASSWORD);
  await page.goto(requestUrl);
  await expect(page.locator('.ant-tag').filter({ hasText: '已立项' })).toBeVisible();

  // Requirements v1, then v2 with one item changed and one added; the diff shows both.
  await page.getByRole('tab', { name: '需求规格' }).click();
  await page.getByRole('button', { name: '编辑需求（保存为新版本）' }).click();
  await fillRequirement(page, 1, '7×24 监控告警', '告警 5 分钟内送达值班人');
  await page.getByRole('button', { name: '添加需求条目' }).click();
  await chooseOption(page, page.getByLabel('类型 2', { exact: true }), '非功能需求');
  await fillRequirement(page, 2, '符合等保三级要求', '通过等保测评');
  await page.getByRole('button', { name: '保存为新版本' }).click();
  await expect(page.getByText('已保存为 v1')).toBeVisible();
  await expect(page.getByText('待部门负责人确认')).toBeVisible();

  await page.getByRole('button', { name: '编辑需求（保存为新版本）' }).click();
  await chooseOption(page, page.getByLabel('优先级 2', { exact: true }), '应该');
  await page.getByRole('button', { name: '添加需求条目' }).click();
  await fillRequirement(page, 3, '每月提交运维报告', '报告按月归档');
  await page.getByLabel('版本说明').fill('补充月报要求');
  await page.getByRole('button', { name: '保存为新版本' }).click();
  await expect(page.getByText('已保存为 v2')).toBeVisible();
  const diff = page.getByTestId('requirements-diff');
  await expect(diff).toContainText('新增');
  await expect(diff).toContainText('R3');
  await expect(diff).toContainText('修改');
  await expect(diff).toContainText('优先级: 必须 → 应该');

  // Sourcing starts; a registry vendor is invited and its proposal recorded on time.
  await page.getByRole('button', { name: '开始寻源' }).click();
  await expect(page.locator('.ant-tag').filter({ hasText: '寻源中' })).toBeVisible();
  await page.getByRole('tab', { name: '候选供应商与方案' }).click();
  await page.getByRole('button', { name: '邀请候选供应商' }).click();
  let dialog = page.getByRole('dialog', { name: '邀请候选供应商' });
  await searchAndChoose(page, dialog.getByLabel('供应商'), stamp, vendorName);
  const deadline = dialog.getByLabel('响应截止日期');
  await deadline.click();
  await deadline.fill(inDays(7));
  await deadline.press('Enter');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('row', { name: new RegExp(vendorName) });
  await expect(row).toContainText(inDays(7));
  await expect(row).toContainText('未收到方案');

  await page.getByRole('button', { name: '登记方案' }).click();
  dialog = page.getByRole('dialog', { name: '登记方案' });
  await chooseOption(page, dialog.getByLabel('供应商'), vendorName);
  await dialog.getByLabel('报价').fill('280000');
  await dialog.getByLabel('方案说明').fill('含驻场 2 人');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(row.getByTestId('proposal')).toContainText('CNY 280,000.00');
  await expect(row.getByTestId('proposal')).toContainText('按时');
});
