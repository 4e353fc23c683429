import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { usccCheckCharacter } from '../packages/shared/src/vendors/uscc';
import { chooseOption } from './support/select';
import { E2E_ADMIN_PASSWORD, signInAsAdmin } from './support/sign-in';

/**
 * The contract ledger 合同台账 (R5.4) in the Chinese UI: the search, type and amount filters narrow the list, the
 * totals card sums amount/paid/unpaid per currency for the whole filter, and 导出 Excel downloads the same filter as
 * an xlsx workbook. Three contracts (two in CNY, one in USD) are drafted through the API.
 */

const stamp = Date.now().toString(36);
const contracts = [
  { title: `台账测试运维合同-${stamp}`, type: 'maintenance', amount: '100000.00', currency: 'CNY' },
  { title: `台账测试外包合同-${stamp}`, type: 'outsourcing', amount: '250000.50', currency: 'CNY' },
  { title: `台账测试云服务合同-${stamp}`, type: 'maintenance', amount: '80000.00', currency: 'USD' },
] as const;

async function setUp(page: Page) {
  const request = page.request;
  const login = await request.post('/api/v1/auth/login', { data: { username: 'admin', password: E2E_ADMIN_PASSWORD } });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const post = async (url: string, data: object) => {
    const res = await request.post(url, { data, headers: { 'x-csrf-token': csrfToken } });
    expect(res.ok(), await res.text()).toBeTruthy();
    return (await res.json()) as { id: string };
  };
  const department = await post('/api/v1/departments', { name: `台账测试部${stamp}` });
  const body17 = `91330000${String(Date.now()).slice(-9)}`;
  const vendor = await post('/api/v1/vendors', {
    name: `台账测试供应商${stamp}`,
    uscc: `${body17}${usccCheckCharacter(body17) as string}`,
    type: 'software',
  });
  for (const c of contracts) {
    await post('/api/v1/contracts', {
      ...c,
      vendorId: vendor.id,
      departmentId: department.id,
      startDate: '2027-01-01',
      endDate: '2027-12-31',
    });
  }
}

test('the ledger filters, totals per currency and exports the filter to Excel', async ({ page }) => {
  test.setTimeout(120_000);
  await setUp(page);
  await signInAsAdmin(page);
  await page.goto('/contracts');
  await expect(page.getByRole('heading', { name: '合同台账' })).toBeVisible();

  const table = page.locator('.ant-table-tbody');
  const totals = page.getByLabel('合计（按当前筛选）');
  const currencyRow = (currency: string) => totals.locator('.ant-row').filter({ hasText: currency });

  // Search: only this test's three contracts; totals per currency.
  await page.getByLabel('搜索').fill(stamp);
  await page.getByLabel('搜索').press('Enter');
  await expect(page).toHaveURL(new RegExp(`q=${stamp}`));
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(currencyRow('CNY')).toContainText('2 份合同');
  await expect(currencyRow('CNY')).toContainText('350,000.50');
  await expect(currencyRow('USD')).toContainText('1 份合同');
  await expect(currencyRow('USD')).toContainText('80,000.00');

  // Type: maintenance contracts only (one per currency).
  await chooseOption(page, page.getByLabel('合同类型'), '维保合同');
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).not.toContainText(contracts[1].title);
  await expect(currencyRow('CNY')).toContainText('1 份合同');
  await expect(currencyRow('CNY')).toContainText('100,000.00');

  // Amount from 90 000: the USD contract (80 000) drops out, and with it its totals row.
  await page.getByLabel('金额不低于').fill('90000');
  await page.getByLabel('金额不低于').press('Enter');
  await expect(page).toHaveURL(/amountMin=90000/);
  await expect(table.getByRole('row')).toHaveCount(1);
  await expect(table).toContainText(contracts[0].title);
  await expect(currencyRow('USD')).toHaveCount(0);

  // The export carries the same filter: one contract, in an xlsx workbook.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /导出 Excel/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const cells: string[] = [];
  sheet?.eachRow((row) => cells.push(JSON.stringify(row.values)));
  const text = cells.join('\n');
  expect(text).toContain(contracts[0].title);
  expect(text).not.toContain(contracts[1].title);
  expect(text).not.toContain(contracts[2].title);
});
