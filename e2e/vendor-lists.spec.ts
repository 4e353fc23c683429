import { expect, test } from '@playwright/test';
import { chooseOption } from './support/select';
import { signInAsAdmin } from './support/sign-in';

/**
 * Configurable vendor lists (R3.2): the administrator adds a vendor type on 供应商分类设置 and it is offered at once
 * in the vendor form's type select; a default value cannot be removed there (no remove button), only deactivated.
 */
test('an added vendor type appears in the vendor form', async ({ page }) => {
  await signInAsAdmin(page);
  await page.goto('/admin/vendor-lists');
  await expect(page.getByRole('heading', { name: '供应商分类设置' })).toBeVisible();
  const table = page.getByRole('tabpanel', { name: '供应商类型' });
  await expect(table.getByText('software', { exact: true })).toBeVisible();
  await expect(table.getByRole('button', { name: '删除' })).toHaveCount(0);

  await table.getByRole('button', { name: '新增值' }).click();
  await table.getByPlaceholder('小写字母开头').fill('data_services');
  await table.getByLabel('中文名称').last().fill('数据服务商');
  await table.getByLabel('英文名称').last().fill('Data services');
  await table.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已保存')).toBeVisible();
  await expect(table.getByText('data_services', { exact: true })).toBeVisible();

  await page.goto('/vendors');
  await page.getByRole('button', { name: '新建供应商' }).click();
  const drawer = page.getByRole('dialog', { name: '新建供应商' });
  // The type select is searchable (the list may be longer than its drop-down shows).
  await drawer.getByLabel('供应商类型').fill('数据服务');
  await chooseOption(page, drawer.getByLabel('供应商类型'), '数据服务商');
});
