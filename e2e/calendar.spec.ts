import { expect, test } from '@playwright/test';

/**
 * Working-day calendar (issue 5), in the Chinese UI: the administrator opens 工作日历, sees the seeded 2026 schedule
 * and computes a deadline across Spring Festival with its adjusted working day.
 */
const ADMIN_PASSWORD = 'Admin-e2e-Passw0rd';

test('the administrator sees the 2026 holidays and adds working days across Spring Festival', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('用户名', { exact: true }).fill('admin');
  await page.getByLabel('密码', { exact: true }).fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '工作日历' }).click();
  await expect(page.getByRole('heading', { name: '工作日历' })).toBeVisible();

  await page.getByLabel('年份').click();
  await page.locator('.ant-select-item-option[title="2026"]').click();
  const row = page.getByRole('row', { name: /2026-02-14/ });
  await expect(row).toContainText('上班（调休）');
  await expect(row).toContainText('春节调休上班');
  await expect(page.getByRole('row', { name: /2026-10-01/ })).toContainText('国庆节');

  const date = page.getByLabel('日期').first();
  await date.click();
  await date.fill('2026-02-12');
  await date.press('Enter');
  await page.getByLabel('工作日数').fill('3');
  await page.getByRole('button', { name: '计算' }).click();
  await expect(page.getByTestId('working-day-result')).toContainText('2026-02-24');
});
