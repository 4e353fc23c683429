import { expect, test } from '@playwright/test';
import { signInAsAdmin } from './support/sign-in';

/**
 * The bell (issue 5, notifications): a vendor qualification that expires within 60 days is due for a reminder; the
 * admin runs the reminder scan from 后台任务, the bell shows the unread reminder, it links to the vendor, and
 * marking all read clears the count. The vendor and its qualification are made through the API (the vendors
 * journey covers their forms); the notification comes from the real reminder scan run by the job queue.
 */

const VENDOR = { name: '云栖通知测试科技有限公司', uscc: '91330106MA2GL5XE34' };

/** YYYY-MM-DD some days after today (Shanghai). */
function daysAhead(days: number): string {
  return new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

test('a due reminder lights the bell, links to the record and is marked read', async ({ page }) => {
  await signInAsAdmin(page);
  const me = (await (await page.request.get('/api/v1/me')).json()) as { user: { id: string }; csrfToken: string };
  const headers = { 'x-csrf-token': me.csrfToken };
  const created = await page.request.post('/api/v1/vendors', {
    headers,
    data: { ...VENDOR, type: 'software', relationshipManagerId: me.user.id },
  });
  expect(created.status(), await created.text()).toBe(201);
  const vendor = (await created.json()) as { id: string };
  const qualification = await page.request.post(`/api/v1/vendors/${vendor.id}/qualifications`, {
    headers,
    data: { type: 'iso27001', name: 'ISO 27001', validTo: daysAhead(10), mandatory: true },
  });
  expect(qualification.status(), await qualification.text()).toBe(201);

  // Journeys that ran earlier (approvals) may have left the admin unread notifications: start from none.
  const cleared = await page.request.post('/api/v1/notifications/read-all', { headers });
  expect(cleared.ok(), await cleared.text()).toBeTruthy();
  await page.reload();
  const bell = page.getByTestId('notification-bell');
  await expect(bell).toHaveAccessibleName('通知');

  // 后台任务: run the reminder scan now.
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '后台任务' }).click();
  await page.getByRole('button', { name: '立即运行: 到期提醒扫描' }).click();
  await expect(page.getByText('已加入队列')).toBeVisible();

  // The bell polls every minute; reloading asks at once.
  await expect(async () => {
    await page.reload();
    await expect(bell).toHaveAccessibleName(/^通知：\d+ 条未读$/, { timeout: 2000 });
  }).toPass({ timeout: 30_000 });

  await bell.click();
  // Other journeys may have left reminders too: this one links to our vendor.
  const item = page.getByTestId('notification-item').filter({ has: page.locator(`a[href="/vendors/${vendor.id}"]`) });
  await expect(item).toContainText('供应商资质证书10 天后到期');
  await expect(item).toContainText('未读');
  await page.getByRole('button', { name: '全部标为已读' }).click();
  await expect(bell).toHaveAccessibleName('通知');
  await expect(item).not.toContainText('未读');

  // The list page shows it read.
  await page.getByRole('link', { name: '查看全部通知' }).click();
  await expect(page.getByRole('heading', { name: '通知' })).toBeVisible();
  const main = page.locator('#main');
  await expect(
    main.getByTestId('notification-item').filter({ has: page.locator(`a[href="/vendors/${vendor.id}"]`) }),
  ).toContainText('供应商资质证书10 天后到期');
  await expect(main.getByRole('button', { name: '标为已读', exact: true })).toHaveCount(0);
});
