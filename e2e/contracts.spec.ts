import { expect, test, type Locator, type Page } from '@playwright/test';
import { usccCheckCharacter } from '../packages/shared/src/vendors/uscc';
import { chooseOption, searchAndChoose } from './support/select';
import { E2E_ADMIN_PASSWORD, signIn } from './support/sign-in';

/**
 * The contract record (R5), in the Chinese UI: a project manager drafts a contract for a registered vendor (the
 * form refuses an end date before the start), sees it on its page with reference, status and overview, and
 * changes the draft.
 */

const PASSWORD = 'Contract-Journey-7291';
const stamp = Date.now().toString(36);
const pm = { username: `ct.pm.${stamp}`, displayName: '孙项目', roles: ['project_manager'] };
const vendorName = `华东数据服务有限公司${stamp}`;
const department = `合同测试部${stamp}`;
const title = `核心系统运维服务合同-${stamp}`;

const usccOf = (body: string) => `${body}${usccCheckCharacter(body) as string}`;

async function pickDate(field: Locator, date: string) {
  await field.click();
  await field.fill(date);
  await field.press('Enter');
}

async function setUp(page: Page) {
  const request = page.request;
  const login = await request.post('/api/v1/auth/login', { data: { username: 'admin', password: E2E_ADMIN_PASSWORD } });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const headers = { 'x-csrf-token': csrfToken };
  const dept = await request.post('/api/v1/departments', { data: { name: department }, headers });
  expect(dept.ok(), await dept.text()).toBeTruthy();
  const vendor = await request.post('/api/v1/vendors', {
    data: { name: vendorName, uscc: usccOf(`91310000${String(Date.now()).slice(-9)}`), type: 'software' },
    headers,
  });
  expect(vendor.ok(), await vendor.text()).toBeTruthy();
  const user = await request.post('/api/v1/users', {
    data: { ...pm, password: PASSWORD, mustChangePassword: false },
    headers,
  });
  expect(user.ok(), await user.text()).toBeTruthy();
}

test('a project manager drafts a contract and sees it on its page', async ({ page }) => {
  test.setTimeout(120_000);
  await setUp(page);
  await signIn(page, pm.username, PASSWORD);

  await page.goto('/contracts/new');
  const form = page.locator('form');
  await form.getByLabel('合同名称').fill(title);
  await chooseOption(page, form.getByLabel('合同类型'), '外包服务合同');
  await searchAndChoose(page, form.getByLabel('供应商', { exact: true }), stamp, vendorName);
  await chooseOption(page, form.getByLabel('归口部门'), department, 'tree');
  await form.getByLabel('合同金额').fill('1200000.00');
  await form.getByLabel('税率（%）').fill('6');
  await pickDate(form.getByLabel('开始日期'), '2027-01-01');
  await pickDate(form.getByLabel('结束日期'), '2026-12-01');
  await form.getByLabel('通知期（天）').fill('60');
  await form.getByLabel('重要外包').check();
  await page.getByRole('button', { name: '保存' }).click();
  // The shared rule runs in the browser before anything is sent.
  await expect(page.getByText('不能早于开始日期。')).toBeVisible();
  await form.getByLabel('结束日期').clear();
  await pickDate(form.getByLabel('结束日期'), '2027-12-31');
  await page.getByRole('button', { name: '保存' }).click();

  await expect(page).toHaveURL(/\/contracts\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(page.getByText('草稿', { exact: true })).toBeVisible();
  await expect(page.getByTestId('contract-reference')).toHaveText(/^CT-\d{4}-\d{4}$/);
  const overview = page.getByRole('tabpanel');
  await expect(overview.getByRole('link', { name: vendorName })).toBeVisible();
  await expect(overview.getByText('1,200,000.00 CNY')).toBeVisible();
  await expect(overview.getByText('2027-11-01')).toBeVisible(); // the notice deadline: 60 days before the end

  // The draft can still be changed; the history shows both steps.
  await page.getByRole('button', { name: '编辑' }).click();
  const drawer = page.getByRole('dialog', { name: '编辑合同' });
  await drawer.getByLabel('合同金额').fill('980000.50');
  await drawer.getByRole('button', { name: '保存' }).click();
  await expect(drawer).toBeHidden();
  await expect(page.getByText('980,000.50 CNY').first()).toBeVisible();
  await page.getByRole('tab', { name: '变更历史' }).click();
  await expect(page.getByText('修改合同')).toBeVisible();
  await expect(page.getByText('起草合同')).toBeVisible();
});
