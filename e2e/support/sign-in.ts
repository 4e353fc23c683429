import { expect, type Page } from '@playwright/test';

export const E2E_ADMIN_PASSWORD = 'Admin-e2e-Passw0rd';

/** Signs in as the e2e administrator through the Chinese sign-in form and waits for the home page. */
export async function signInAsAdmin(page: Page) {
  await page.goto('/login');
  await page.getByLabel('用户名', { exact: true }).fill('admin');
  await page.getByLabel('密码', { exact: true }).fill(E2E_ADMIN_PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByRole('heading', { name: /欢迎/ })).toBeVisible();
}
