import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { usccCheckCharacter } from '../packages/shared/src/vendors/uscc';
import { chooseOption, searchAndChoose } from './support/select';
import { E2E_ADMIN_PASSWORD, signIn } from './support/sign-in';

/**
 * Annual re-evaluation and penalties (R4.4, R4.5), in the Chinese UI: a specialist starts a campaign for one vendor,
 * its relationship manager scores it, closing grades it D, the specialist raises a suspension from the progress
 * view, the director approves it from 我的待办, and the vendor is suspended with its D on the 评价 tab.
 */

const PASSWORD = 'ReEvaluation-Journey-4271';
const stamp = Date.now().toString(36);
const manager = { username: `reeval.${stamp}`, displayName: '林专员', roles: ['specialist'] };
const rm = { username: `rm.${stamp}`, displayName: '赵经理', roles: ['project_manager'] };
const director = { username: `dir.${stamp}`, displayName: '钱总监', roles: ['director'] };
const vendorName = `评价旅程科技有限公司${stamp}`;
const campaignName = `年度评价旅程-${stamp}`;

const sidebar = (page: Page) => page.getByRole('navigation', { name: '主导航' });

async function setUp(request: APIRequestContext) {
  const login = await request.post('/api/v1/auth/login', { data: { username: 'admin', password: E2E_ADMIN_PASSWORD } });
  const headers = { 'x-csrf-token': ((await login.json()) as { csrfToken: string }).csrfToken };
  const ids: Record<string, string> = {};
  for (const person of [manager, rm, director]) {
    const res = await request.post('/api/v1/users', {
      data: { ...person, password: PASSWORD, mustChangePassword: false },
      headers,
    });
    expect(res.ok(), await res.text()).toBeTruthy();
    ids[person.username] = ((await res.json()) as { id: string }).id;
  }
  const digits = String(Date.now()).slice(-7);
  const created = await request.post('/api/v1/vendors', {
    data: {
      name: vendorName,
      uscc: `9133010070${digits}${usccCheckCharacter(`9133010070${digits}`) as string}`,
      type: 'software',
      relationshipManagerId: ids[rm.username],
    },
    headers,
  });
  expect(created.ok(), await created.text()).toBeTruthy();
  const vendorId = ((await created.json()) as { id: string }).id;
  const base = `/api/v1/vendors/${vendorId}`;
  for (const [path, data] of [
    ['transitions', { to: 'shortlisted', reason: '入围' }],
    ['due-diligence', { kind: 'site_visit', performedOn: new Date().toISOString().slice(0, 10), conclusion: 'pass' }],
    ['transitions', { to: 'approved', reason: '准入' }],
  ] as const) {
    const res = await request.post(`${base}/${path}`, { data, headers });
    expect(res.ok(), await res.text()).toBeTruthy();
  }
  return vendorId;
}

test('a campaign grades a vendor D and an approved suspension suspends it', async ({ page, request }) => {
  test.setTimeout(180_000);
  const vendorId = await setUp(request);

  // The specialist starts a campaign for this one vendor.
  await signIn(page, manager.username, PASSWORD);
  await sidebar(page).getByRole('link', { name: '年度评价' }).click();
  await page.getByRole('button', { name: '发起年度评价' }).click();
  const drawer = page.getByRole('dialog', { name: '发起年度评价' });
  await drawer.getByLabel('名称').fill(campaignName);
  await chooseOption(page, drawer.getByLabel('评价范围'), '指定供应商');
  await searchAndChoose(page, drawer.getByLabel('供应商', { exact: true }), stamp, vendorName);
  await drawer.getByRole('button', { name: '保存' }).click();
  await expect(drawer).toBeHidden();
  await expect(page.getByRole('heading', { name: new RegExp(campaignName) })).toBeVisible();
  await expect(page.getByText('已提交 0 / 1').first()).toBeVisible();
  const campaignUrl = page.url();

  // The relationship manager scores the vendor low and submits.
  await signIn(page, rm.username, PASSWORD);
  await page.goto(campaignUrl);
  await page.getByRole('tab', { name: '我的评分' }).click();
  await page.getByRole('link', { name: '去评分' }).click();
  const inputs = page.getByRole('spinbutton');
  await expect(inputs).toHaveCount(4);
  for (const input of await inputs.all()) await input.fill('50');
  await page.getByRole('button', { name: '提交评分' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '提交评分' }).click();
  await expect(page.getByText('评分已提交')).toBeVisible();

  // The specialist closes the campaign: 50 is a D, which suggests a suspension among others.
  await signIn(page, manager.username, PASSWORD);
  await page.goto(campaignUrl);
  await page.getByRole('button', { name: '结束评价并定级' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '结束评价并定级' }).click();
  await expect(page.locator('.ant-tag').filter({ hasText: '已结束' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: vendorName });
  await expect(row.locator('.ant-tag').filter({ hasText: 'D' })).toBeVisible();
  await row.getByRole('button', { name: '发起措施' }).click();
  const actionDrawer = page.getByRole('dialog', { name: '发起奖惩措施' });
  await chooseOption(page, actionDrawer.getByLabel('措施'), '暂停合作');
  await actionDrawer.getByLabel('原因').fill('年度评价为 D 级，暂停合作至整改完成。');
  await actionDrawer.getByRole('button', { name: '保存' }).click();
  await expect(actionDrawer).toBeHidden();

  // The director approves it from the inbox.
  await signIn(page, director.username, PASSWORD);
  await sidebar(page).getByRole('link', { name: '我的待办' }).click();
  await page.getByRole('link', { name: new RegExp(vendorName) }).click();
  const panel = page.getByRole('region', { name: '我的审批' });
  await panel.getByLabel('审批意见').fill('同意暂停。');
  await panel.getByRole('button', { name: '同意', exact: true }).click();
  await expect(panel).toBeHidden();

  // The vendor is suspended, and its 评价 tab shows the D and the approved suspension.
  await page.goto(`/vendors/${vendorId}`);
  await expect(page.locator('.ant-tag').filter({ hasText: '已暂停' }).first()).toBeVisible();
  await page.getByRole('tab', { name: '评价' }).click();
  await expect(page.getByRole('cell', { name: campaignName })).toBeVisible();
  await expect(page.getByText('暂停合作').first()).toBeVisible();
  await expect(page.locator('.ant-tag').filter({ hasText: '已批准' }).first()).toBeVisible();
});
