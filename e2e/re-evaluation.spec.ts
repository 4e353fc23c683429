import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { usccCheckCharacter } from '../packages/shared/src/vendors/uscc';
import { chooseOption, searchAndChoose } from './support/select';
import { E2E_ADMIN_PASSWORD, signIn } from './support/sign-in';

/**
 * Annual re-evaluation and penalties (R4.4, R4.5), in the Chinese UI: a specialist starts a campaign for two hand-picked
 * vendors, their relationship manager scores one well and one badly, closing grades them A and D, the specialist raises
 * a suspension for the D from the progress view, the director approves it from 我的待办, and the D vendor is suspended
 * (its 评价 tab shows the D and the approved suspension) while the A vendor stays approved with its A.
 */

const PASSWORD = 'ReEvaluation-Journey-4271';
const stamp = Date.now().toString(36);
const manager = { username: `reeval.${stamp}`, displayName: '林专员', roles: ['specialist'] };
const rm = { username: `rm.${stamp}`, displayName: '赵经理', roles: ['project_manager'] };
const director = { username: `dir.${stamp}`, displayName: '钱总监', roles: ['director'] };
const vendorName = `评价旅程科技有限公司${stamp}`;
const goodVendorName = `优质服务科技有限公司${stamp}`;
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
  const digits = String(Date.now()).slice(-6);
  const approvedVendor = async (name: string, serial: string) => {
    const base17 = `9133010070${serial}${digits}`;
    const created = await request.post('/api/v1/vendors', {
      data: {
        name,
        uscc: `${base17}${usccCheckCharacter(base17) as string}`,
        type: 'software',
        relationshipManagerId: ids[rm.username],
      },
      headers,
    });
    expect(created.ok(), await created.text()).toBeTruthy();
    const vendorId = ((await created.json()) as { id: string }).id;
    for (const [path, data] of [
      ['transitions', { to: 'shortlisted', reason: '入围' }],
      ['due-diligence', { kind: 'site_visit', performedOn: new Date().toISOString().slice(0, 10), conclusion: 'pass' }],
      ['transitions', { to: 'approved', reason: '准入' }],
    ] as const) {
      const res = await request.post(`/api/v1/vendors/${vendorId}/${path}`, { data, headers });
      expect(res.ok(), await res.text()).toBeTruthy();
    }
    return vendorId;
  };
  return { poor: await approvedVendor(vendorName, '1'), good: await approvedVendor(goodVendorName, '2') };
}

/** The relationship manager opens the sheet of one vendor from 我的评分, gives every criterion `score` and submits. */
async function scoreVendor(page: Page, campaignUrl: string, name: string, score: string) {
  await page.goto(campaignUrl);
  await page.getByRole('tab', { name: '我的评分' }).click();
  await page.getByRole('row').filter({ hasText: name }).getByRole('link', { name: '去评分' }).click();
  const inputs = page.getByRole('spinbutton');
  await expect(inputs).toHaveCount(4);
  for (const input of await inputs.all()) await input.fill(score);
  await page.getByRole('button', { name: '提交评分' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '提交评分' }).click();
  await expect(page.getByText('评分已提交')).toBeVisible();
}

test('a campaign grades vendors A and D and an approved suspension suspends the D', async ({ page, request }) => {
  test.setTimeout(180_000);
  const vendorIds = await setUp(request);

  // The specialist starts a campaign for these two vendors.
  await signIn(page, manager.username, PASSWORD);
  await sidebar(page).getByRole('link', { name: '年度评价' }).click();
  await page.getByRole('button', { name: '发起年度评价' }).click();
  const drawer = page.getByRole('dialog', { name: '发起年度评价' });
  await drawer.getByLabel('名称').fill(campaignName);
  await chooseOption(page, drawer.getByLabel('评价范围'), '指定供应商');
  for (const name of [vendorName, goodVendorName]) {
    await searchAndChoose(page, drawer.getByLabel('供应商', { exact: true }), stamp, name);
  }
  await drawer.getByRole('button', { name: '保存' }).click();
  await expect(drawer).toBeHidden();
  await expect(page.getByRole('heading', { name: new RegExp(campaignName) })).toBeVisible();
  await expect(page.getByText('已提交 0 / 2').first()).toBeVisible();
  const campaignUrl = page.url();

  // The relationship manager scores one vendor well and the other badly.
  await signIn(page, rm.username, PASSWORD);
  await scoreVendor(page, campaignUrl, goodVendorName, '95');
  await scoreVendor(page, campaignUrl, vendorName, '50');

  // The specialist closes the campaign: 95 is an A, 50 is a D (which suggests a suspension among others).
  await signIn(page, manager.username, PASSWORD);
  await page.goto(campaignUrl);
  await page.getByRole('button', { name: '结束评价并定级' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '结束评价并定级' }).click();
  await expect(page.locator('.ant-tag').filter({ hasText: '已结束' })).toBeVisible();
  const grade = (name: string) => page.getByRole('row').filter({ hasText: name }).locator('.ant-tag');
  await expect(grade(goodVendorName).filter({ hasText: /^A$/ })).toBeVisible();
  await expect(grade(vendorName).filter({ hasText: /^D$/ })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: vendorName });
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

  // The D vendor is suspended, and its 评价 tab shows the D and the approved suspension.
  await page.goto(`/vendors/${vendorIds.poor}`);
  await expect(page.locator('.ant-tag').filter({ hasText: '已暂停' }).first()).toBeVisible();
  await page.getByRole('tab', { name: '评价' }).click();
  const yearRow = page.getByRole('row').filter({ hasText: campaignName });
  await expect(yearRow.getByRole('cell', { name: '50' })).toBeVisible();
  await expect(yearRow.locator('.ant-tag').filter({ hasText: /^D$/ })).toBeVisible();
  await expect(page.getByText('暂停合作').first()).toBeVisible();
  await expect(page.locator('.ant-tag').filter({ hasText: '已批准' }).first()).toBeVisible();

  // The A vendor stays approved; its 评价 tab shows the A.
  await page.goto(`/vendors/${vendorIds.good}`);
  await expect(page.locator('.ant-tag').filter({ hasText: '已批准' }).first()).toBeVisible();
  await expect(page.locator('.ant-tag').filter({ hasText: '已暂停' })).toHaveCount(0);
  await page.getByRole('tab', { name: '评价' }).click();
  const goodRow = page.getByRole('row').filter({ hasText: campaignName });
  await expect(goodRow.locator('.ant-tag').filter({ hasText: /^A$/ })).toBeVisible();
});
