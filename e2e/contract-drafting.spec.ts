import { expect, test } from '@playwright/test';
import { signInAsAdmin } from './support/sign-in';

/**
 * Contract drafting administration (R5.1, R5.8): the clause library is seeded with the key and regulatory clauses
 * and its mandatory rules are edited on 条款库; a standard text on 合同模板 keeps every version.
 */
test('the clause library is seeded and its mandatory rule can be changed', async ({ page }) => {
  await signInAsAdmin(page);
  await page.goto('/admin/clause-library');
  await expect(page.getByRole('heading', { name: '条款库' })).toBeVisible();
  const row = page.getByRole('row', { name: /backup-frequency/ });
  await expect(row.getByText('数据备份频率')).toBeVisible();
  await expect(page.getByRole('row', { name: /exit-plan/ }).getByText('支持关键职能时必备')).toBeVisible();

  await row.getByRole('button', { name: '编辑' }).click();
  const drawer = page.getByRole('dialog', { name: '编辑条款' });
  await drawer.getByRole('checkbox', { name: '维保合同' }).check();
  await drawer.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('条款已保存')).toBeVisible();
  await expect(row.getByText('维保合同')).toBeVisible();
});

test('a contract template keeps its old version when edited', async ({ page }) => {
  await signInAsAdmin(page);
  await page.goto('/admin/contract-templates');
  await expect(page.getByRole('heading', { name: '合同模板' })).toBeVisible();
  await page.getByRole('button', { name: '新增模板' }).click();
  const create = page.getByRole('dialog', { name: '新增模板' });
  await create.getByLabel('名称').fill('运维外包服务合同（标准版）');
  await create.getByLabel('合同文本').fill('第一条 服务内容');
  await create.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('模板已保存为 v1')).toBeVisible();

  const row = page.getByRole('row', { name: /运维外包服务合同/ });
  await row.getByRole('button', { name: '编辑' }).click();
  const edit = page.getByRole('dialog', { name: '编辑模板（保存为新版本）' });
  await edit.getByLabel('合同文本').fill('第一条 服务内容（修订）');
  await edit.getByLabel('修改说明').fill('法务修订');
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('模板已保存为 v2')).toBeVisible();
  await expect(row.getByText('v2')).toBeVisible();

  await row.getByRole('button', { name: '历史版本' }).click();
  const versions = page.getByRole('dialog', { name: '运维外包服务合同（标准版）' });
  await expect(versions.getByText('法务修订')).toBeVisible();
  await versions.getByRole('listitem').filter({ hasText: 'v1' }).getByRole('button', { name: '查看' }).click();
  await expect(versions.getByText('第一条 服务内容', { exact: true })).toBeVisible();
});
