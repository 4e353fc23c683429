import { expect, test, type Locator, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { chooseOption, searchAndChoose } from './support/select';

/**
 * Acceptance journey of the vendor registry (issue 4), in the Chinese UI: admin registers a vendor; a second one
 * with a similar name shows the duplicate warning (and a taken USCC is refused on the field); the first vendor gets
 * a mandatory qualification, is refused approval without due diligence, passes after a passing due-diligence
 * record and shows 已批准; a subcontractor link appears in the subcontractor tree.
 * A second journey imports a workbook: a row with an error is reported, the fixed file imports and commits.
 */

const ADMIN_PASSWORD = 'Admin-e2e-Passw0rd';
const first = { name: '星河云数据科技有限公司', uscc: '91110000100001138J' };
const second = { name: '星河云数据科技股份有限公司', uscc: '91310000607216596U' };

const sidebar = (page: Page) => page.getByRole('navigation', { name: '主导航' });

async function signIn(page: Page) {
  await page.goto('/login');
  await page.getByLabel('用户名', { exact: true }).fill('admin');
  await page.getByLabel('密码', { exact: true }).fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByRole('heading', { name: /欢迎/ })).toBeVisible();
}

async function pickDate(field: Locator, date: string) {
  await field.click();
  await field.fill(date);
  await field.press('Enter');
}

/** YYYY-MM-DD some days before today. */
function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

test('register vendors, qualify, approve and link a subcontractor', async ({ page }) => {
  await signIn(page);

  // The first vendor.
  await sidebar(page).getByRole('link', { name: '供应商', exact: true }).click();
  // Journeys that run earlier (approvals, emergency, notifications) may already have registered vendors.
  await expect(page.getByRole('heading', { name: '供应商', exact: true })).toBeVisible();
  await page.getByRole('button', { name: '新建供应商' }).click();
  let drawer = page.getByRole('dialog', { name: '新建供应商' });
  await drawer.getByLabel('供应商名称').fill(first.name);
  await drawer.getByLabel('统一社会信用代码').fill('91110000100001138K');
  await expect(drawer.getByText('统一社会信用代码无效')).toBeVisible();
  await drawer.getByLabel('统一社会信用代码').fill(first.uscc);
  await chooseOption(page, drawer.getByLabel('供应商类型'), '云服务商');
  await drawer.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('供应商已创建')).toBeVisible();
  await expect(page.getByRole('heading', { name: first.name })).toBeVisible();
  await expect(page.getByText('候选').first()).toBeVisible();

  // A second vendor with a similar name: the likely duplicate is shown before saving; a taken USCC is refused.
  await sidebar(page).getByRole('link', { name: '供应商', exact: true }).click();
  await page.getByRole('button', { name: '新建供应商' }).click();
  drawer = page.getByRole('dialog', { name: '新建供应商' });
  await drawer.getByLabel('供应商名称').fill(second.name);
  const warning = drawer.getByRole('alert').filter({ hasText: '可能重复' });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText(first.name);
  await drawer.getByLabel('统一社会信用代码').fill(first.uscc);
  await chooseOption(page, drawer.getByLabel('供应商类型'), '系统集成商');
  await drawer.getByRole('button', { name: '保存' }).click();
  await expect(drawer.getByText(`已被 V-`).first()).toBeVisible();
  await expect(drawer.getByText(first.name).last()).toBeVisible();
  await drawer.getByLabel('统一社会信用代码').fill(second.uscc);
  await drawer.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: second.name })).toBeVisible();

  // Back to the first vendor.
  await sidebar(page).getByRole('link', { name: '供应商', exact: true }).click();
  await page.getByRole('link', { name: first.name, exact: true }).click();
  await expect(page.getByRole('heading', { name: first.name })).toBeVisible();

  // A mandatory qualification (business licence, no end date).
  await page.getByRole('tab', { name: '资质证书' }).click();
  await page.getByRole('button', { name: '新增资质证书' }).click();
  drawer = page.getByRole('dialog', { name: '新增 · 资质证书' });
  await chooseOption(page, drawer.getByLabel('资质类型'), '营业执照');
  await drawer.getByLabel('证书编号').fill(first.uscc);
  await pickDate(drawer.getByLabel('生效日期'), '2020-03-01');
  await drawer.getByLabel('必备资质').check();
  await drawer.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已添加')).toBeVisible();
  const qualificationRow = page.getByRole('row').filter({ hasText: '营业执照' });
  await expect(qualificationRow).toContainText('有效');
  await expect(qualificationRow).toContainText('是');

  // Shortlist, then approving without due diligence is refused with the unmet condition listed.
  await page.getByRole('button', { name: '变更为“入围”' }).click();
  let dialog = page.getByRole('dialog', { name: '变更为“入围”' });
  await dialog.getByLabel('原因').fill('资质齐全，进入入围名单');
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(page.getByText('状态已变更为“入围”')).toBeVisible();
  await page.getByRole('button', { name: '变更为“已批准”' }).click();
  dialog = page.getByRole('dialog', { name: '变更为“已批准”' });
  await dialog.getByLabel('原因').fill('年度准入评审通过');
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(dialog.getByRole('alert')).toContainText('不满足批准条件');
  await expect(dialog.getByRole('alert')).toContainText('没有结论为“通过”且仍在有效期内的尽职调查记录');
  await dialog.getByRole('button', { name: '取消' }).click();

  // A passing due-diligence record.
  await page.getByRole('tab', { name: '尽职调查' }).click();
  await page.getByRole('button', { name: '新增尽职调查' }).click();
  drawer = page.getByRole('dialog', { name: '新增 · 尽职调查' });
  await chooseOption(page, drawer.getByLabel('调查类型'), '现场考察');
  await pickDate(drawer.getByLabel('调查日期'), daysAgo(10));
  await drawer.getByLabel('执行人').fill('李娜');
  await chooseOption(page, drawer.getByLabel('结论'), '通过');
  await drawer.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('row').filter({ hasText: '现场考察' })).toContainText('通过');

  // Now approval passes.
  await page.getByRole('button', { name: '变更为“已批准”' }).click();
  dialog = page.getByRole('dialog', { name: '变更为“已批准”' });
  await dialog.getByLabel('原因').fill('尽职调查通过，批准准入');
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(page.getByText('状态已变更为“已批准”')).toBeVisible();
  await expect(page.locator('.ant-tag').filter({ hasText: '已批准' }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: '变更为“已暂停”' })).toBeVisible();

  // The second vendor as a subcontractor; the chain shows it.
  await page.getByRole('tab', { name: '分包商' }).click();
  await page.getByRole('button', { name: '添加分包商' }).click();
  drawer = page.getByRole('dialog', { name: '添加分包商' });
  await searchAndChoose(page, drawer.getByLabel('分包商'), '股份', second.name);
  await drawer.getByLabel('提供的服务').fill('机房运维');
  await drawer.getByLabel('支撑关键服务').check();
  await drawer.getByRole('button', { name: '保存' }).click();
  // The due-diligence toast ("已添加") may still be showing: the drawer closing is what says this save worked.
  await expect(drawer).toBeHidden();
  const tree = page.getByRole('tree');
  await expect(tree).toContainText(first.name);
  await expect(tree).toContainText(second.name);
  await expect(tree).toContainText('机房运维');
  await page.screenshot({ path: '/tmp/vendors-e2e-tree.png', fullPage: true });

  // The history tab records the approval.
  await page.getByRole('tab', { name: '变更历史' }).click();
  await expect(page.getByText('批准供应商')).toBeVisible();
});

const IMPORT_HEADERS = ['名称*', '统一社会信用代码*', '供应商类型*', '外包类别', '重要性等级', '联系人', '联系邮箱'];

async function vendorWorkbook(rows: string[][]): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('供应商');
  sheet.addRow(IMPORT_HEADERS);
  for (const row of rows) sheet.addRow(row);
  return {
    name: 'vendors.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer),
  };
}

test('import a vendor workbook: see the error, fix the file, import and commit', async ({ page }) => {
  await signIn(page);
  await sidebar(page).getByRole('link', { name: '供应商', exact: true }).click();
  await page.getByRole('button', { name: '批量导入' }).click();
  const wizard = page.getByRole('dialog', { name: '批量导入供应商' });
  const download = page.waitForEvent('download');
  await wizard.getByRole('link', { name: '下载导入模板' }).click();
  expect((await download).suggestedFilename()).toBe('供应商导入模板.xlsx');

  const good = [
    '深圳导入示例科技有限公司',
    '91440300MA5DC12341',
    '软件供应商',
    '开发测试、运行维护',
    '高',
    '王五',
    'ww@example.com',
  ];
  const bad = ['南京导入示例信息有限公司', '91320100MA1MX5678C', '系统集成商', '', '中', '', ''];
  await wizard.locator('input[type=file]').setInputFiles(await vendorWorkbook([good, bad]));
  await expect(wizard.getByText('1 行有问题')).toBeVisible();
  const errorRow = wizard.getByRole('row').filter({ hasText: '统一社会信用代码校验位错误' });
  await expect(errorRow).toContainText('3');
  await expect(errorRow).toContainText('统一社会信用代码');
  await expect(wizard.getByRole('button', { name: '导入 2 家供应商' })).toBeDisabled();
  await expect(wizard.getByRole('link', { name: '下载标注错误的工作簿' })).toBeVisible();

  // Fix the file and upload it again.
  await wizard.getByRole('button', { name: '重新上传' }).click();
  const fixed = [...bad];
  fixed[1] = '91320100MA1MX5678B';
  await wizard.locator('input[type=file]').setInputFiles(await vendorWorkbook([good, fixed]));
  await expect(wizard.getByText('全部 2 行校验通过，可以导入。')).toBeVisible();
  await wizard.getByRole('button', { name: '导入 2 家供应商' }).click();
  await page
    .locator('.ant-popconfirm')
    .getByRole('button', { name: /确\s*定/ })
    .click();
  await expect(wizard.getByText('已导入 2 家供应商')).toBeVisible();
  await wizard.locator('.ant-result').getByRole('button', { name: '关闭' }).click();

  await page.getByRole('link', { name: bad[0] as string, exact: true }).click();
  await expect(page.getByRole('heading', { name: bad[0] as string })).toBeVisible();
  await expect(page.getByText('91320100MA1MX5678B').first()).toBeVisible();
});
