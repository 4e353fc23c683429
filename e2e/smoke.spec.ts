import { expect, test } from '@playwright/test';

test('the web app loads in Chinese', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('第三方与外包治理平台')).toBeVisible();
});
