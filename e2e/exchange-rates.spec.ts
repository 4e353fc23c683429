import { expect, test } from '@playwright/test';
import { E2E_ADMIN_PASSWORD, signInAsAdmin } from './support/sign-in';

/**
 * Reference exchange rates to CNY (issue 7, approval thresholds for budgets in other currencies), in the Chinese UI:
 * the administrator changes the USD rate and clears the JPY rate on 组织设置; both stay after a reload; a USD
 * sourcing request submitted afterwards shows its CNY equivalent at the new rate.
 */
test('the administrator sets the USD rate and clears the JPY rate on the settings page', async ({ page }) => {
  await signInAsAdmin(page);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '组织设置' }).click();
  await expect(page.getByRole('heading', { name: '参考汇率（兑人民币）' })).toBeVisible();

  const usd = page.getByLabel('USD 兑人民币汇率');
  await expect(usd).toHaveValue('7.100000');
  await usd.fill('7.2x');
  const usdRow = page.getByRole('row', { name: /USD/ });
  await expect(usdRow.getByRole('button', { name: /保\s*存/ })).toBeDisabled();
  await usd.fill('7.2');
  await usdRow.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByText('已保存')).toBeVisible();

  const jpyRow = page.getByRole('row', { name: /JPY/ });
  await jpyRow.getByRole('button', { name: /清\s*除/ }).click();
  await expect(page.getByText('清除 JPY 的汇率？', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: /确\s*定/ }).click();
  await expect(jpyRow.getByRole('button', { name: /清\s*除/ })).toBeDisabled();

  await page.reload();
  await expect(page.getByLabel('USD 兑人民币汇率')).toHaveValue('7.200000');
  await expect(page.getByLabel('JPY 兑人民币汇率')).toHaveValue('');
  await expect(page.getByLabel('JPY 兑人民币汇率')).toHaveAttribute('placeholder', '未设置');

  // A USD budget submitted now is compared (and shown) by its CNY equivalent at 7.2.
  const login = await page.request.post('/api/v1/auth/login', {
    data: { username: 'admin', password: E2E_ADMIN_PASSWORD },
  });
  const headers = { 'x-csrf-token': ((await login.json()) as { csrfToken: string }).csrfToken };
  const department = await page.request.post('/api/v1/departments', {
    data: { name: `汇率测试部-${Date.now()}` },
    headers,
  });
  const created = await page.request.post('/api/v1/sourcing-requests', {
    headers,
    data: {
      title: '海外云服务采购',
      departmentId: ((await department.json()) as { id: string }).id,
      background: '业务出海',
      goals: '海外节点',
      expectedOutcome: '上线',
      budgetAmount: '80000',
      budgetCurrency: 'USD',
      outsourcingCategory: 'operations',
    },
  });
  expect(created.ok(), await created.text()).toBeTruthy();
  const request = (await created.json()) as { id: string; version: number };
  const submitted = await page.request.post(`/api/v1/sourcing-requests/${request.id}/submit`, {
    headers,
    data: { version: request.version },
  });
  expect(submitted.ok(), await submitted.text()).toBeTruthy();
  await page.goto(`/sourcing-requests/${request.id}`);
  await expect(page.getByTestId('cny-equivalent')).toHaveText('（折合人民币 576,000.00，汇率 7.200000）');
});
