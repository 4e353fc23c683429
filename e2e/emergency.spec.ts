import { expect, test, type Page } from '@playwright/test';
import { E2E_ADMIN_PASSWORD, signIn } from './support/sign-in';

/**
 * Emergency act-first (R1.3), in the Chinese UI: a project manager records an action taken before approval, sees
 * the report deadline, files the written report; the director acknowledges it from 我的待办 and the action shows
 * 已确认 with the director's name.
 */

const PASSWORD = 'Emergency-Journey-5813';
const stamp = Date.now().toString(36);
const pm = { username: `pm.${stamp}`, displayName: '周项目', roles: ['project_manager'] };
const director = { username: `director.${stamp}`, displayName: '陈总监', roles: ['director'] };
const title = `核心交换机故障临时切换-${stamp}`;

interface Definition {
  id: string;
  code: string;
  version: number;
  name: unknown;
  enabled: boolean;
  stages: unknown[];
}

const sidebar = (page: Page) => page.getByRole('navigation', { name: '主导航' });

test('a project manager reports an emergency action and the director acknowledges it', async ({ page, request }) => {
  test.setTimeout(120_000);
  const login = await request.post('/api/v1/auth/login', { data: { username: 'admin', password: E2E_ADMIN_PASSWORD } });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  // The approvals journey edits this flow (adds a stage); this journey needs the seeded one-stage flow back.
  const definitions = await request.get('/api/v1/workflow-definitions');
  const { items } = (await definitions.json()) as { items: Definition[] };
  const flow = items.find((d) => d.code === 'emergency-report');
  expect(flow).toBeDefined();
  if (flow && flow.stages.length > 1) {
    const { version, name, enabled, stages } = flow;
    const restored = await request.put(`/api/v1/workflow-definitions/${flow.id}`, {
      data: { version, name, enabled, stages: stages.slice(0, 1) },
      headers: { 'x-csrf-token': csrfToken },
    });
    expect(restored.ok(), await restored.text()).toBeTruthy();
  }
  for (const person of [pm, director]) {
    const created = await request.post('/api/v1/users', {
      data: { ...person, password: PASSWORD, mustChangePassword: false },
      headers: { 'x-csrf-token': csrfToken },
    });
    expect(created.ok(), await created.text()).toBeTruthy();
  }

  // The project manager records what was done and why; the deadline for the written report follows.
  await signIn(page, pm.username, PASSWORD);
  await sidebar(page).getByRole('link', { name: '紧急处置' }).click();
  await page.getByRole('button', { name: '记录紧急处置' }).click();
  const drawer = page.getByRole('dialog', { name: '记录紧急处置' });
  await drawer.getByLabel('事项').fill(title);
  await drawer.getByLabel('处置内容').fill('启用备用运营商线路，临时扩容带宽。');
  await drawer.getByLabel('先行处置的原因').fill('生产系统中断，无法等待审批。');
  await drawer.getByRole('button', { name: '保存' }).click();
  await expect(drawer).toBeHidden();
  await expect(page.getByRole('heading', { name: new RegExp(title) })).toBeVisible();
  await expect(page.locator('.ant-tag').filter({ hasText: '待提交报告' })).toBeVisible();

  // The written report goes to the director after a confirmation.
  await page.getByLabel('书面报告').fill('故障原因为光模块损坏，已更换并恢复主线路。');
  await page.getByRole('button', { name: '提交书面报告' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '提交书面报告' }).click();
  await expect(page.locator('.ant-tag').filter({ hasText: '待总监确认' })).toBeVisible();

  // The director acknowledges it from the inbox.
  await signIn(page, director.username, PASSWORD);
  await sidebar(page).getByRole('link', { name: '我的待办' }).click();
  await page.getByRole('link', { name: new RegExp(title) }).click();
  const panel = page.getByRole('region', { name: '我的审批' });
  await panel.getByLabel('审批意见').fill('已阅，注意复盘。');
  await panel.getByRole('button', { name: '同意', exact: true }).click();
  await expect(panel).toBeHidden();

  await sidebar(page).getByRole('link', { name: '紧急处置' }).click();
  const row = page.getByRole('row').filter({ hasText: title });
  await expect(row).toContainText('已确认');
  await row.getByRole('link', { name: title }).click();
  await expect(page.getByText(`${director.displayName} ·`)).toBeVisible();
});
