import { expect, type Page } from '@playwright/test';

export const E2E_ADMIN_PASSWORD = 'Admin-e2e-Passw0rd';

/** Signs in through the Chinese sign-in form (after dropping any earlier session) and waits for the home page. */
export async function signIn(page: Page, username: string, password: string) {
  await page.context().clearCookies();
  await page.goto('/login');
  await page.getByLabel('用户名', { exact: true }).fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByRole('heading', { name: /欢迎/ })).toBeVisible();
}

/** Signs in as the e2e administrator. */
export async function signInAsAdmin(page: Page) {
  await signIn(page, 'admin', E2E_ADMIN_PASSWORD);
}
