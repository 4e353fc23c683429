import { expect, test, type Page } from '@playwright/test';
import { usccCheckCharacter } from '../packages/shared/src/vendors/uscc';
import { chooseOption, searchAndChoose } from './support/select';
import { E2E_ADMIN_PASSWORD, signIn, signInAsAdmin } from './support/sign-in';

const usccOf = (body: string) => `${body}${usccCheckCharacter(body) as string}`;

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

const stamp = Date.now().toString(36);
const PASSWORD = 'Drafting-Journey-5173';

/** A department, a vendor, three reviewers and an NDA draft (only confidentiality and breach are mandatory). */
async function draftWithReviewers(page: Page) {
  const request = page.request;
  const login = await request.post('/api/v1/auth/login', { data: { username: 'admin', password: E2E_ADMIN_PASSWORD } });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const headers = { 'x-csrf-token': csrfToken };
  const post = async (url: string, data: object) => {
    const res = await request.post(url, { data, headers });
    expect(res.ok(), await res.text()).toBeTruthy();
    return (await res.json()) as { id: string };
  };
  const dept = await post('/api/v1/departments', { name: `起草测试部${stamp}` });
  const vendor = await post('/api/v1/vendors', {
    name: `起草测试供应商${stamp}`,
    uscc: usccOf(`91320000${String(Date.now()).slice(-9)}`),
    type: 'software',
  });
  for (const [key, role, name] of [
    ['legal', 'legal', '赵法务'],
    ['fin', 'finance', '钱财务'],
    ['tech', 'technical_reviewer', '孙技术'],
  ] as const) {
    await post('/api/v1/users', {
      username: `dr.${key}.${stamp}`,
      displayName: `${name}${stamp}`,
      roles: [role],
      password: PASSWORD,
      mustChangePassword: false,
    });
  }
  return post('/api/v1/contracts', {
    title: `保密协议-${stamp}`,
    vendorId: vendor.id,
    type: 'nda',
    departmentId: dept.id,
    amount: '0.00',
    startDate: '2027-01-01',
    endDate: '2027-12-31',
  });
}

test('the checklist blocks submission until the mandatory clauses are present; reviewers then see their round', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const contract = await draftWithReviewers(page);
  await signInAsAdmin(page);
  await page.goto(`/contracts/${contract.id}`);

  const submitFor = async () => {
    await page.getByRole('button', { name: '提交审查' }).click();
    const dialog = page.getByRole('dialog', { name: '提交合同审查' });
    for (const [label, key] of [
      ['法务审查人', 'legal'],
      ['财务审查人', 'fin'],
      ['技术审查人', 'tech'],
    ] as const) {
      await searchAndChoose(page, dialog.getByLabel(label), `dr.${key}.${stamp}`, `dr.${key}.${stamp}`);
    }
    await dialog.getByRole('button', { name: '提交审查' }).click();
    return dialog;
  };
  const refused = await submitFor();
  await expect(refused.getByRole('alert')).toContainText('保密条款');
  await expect(refused.getByRole('alert')).toContainText('违约责任');
  await refused.getByRole('button', { name: '取消' }).click();

  await page.getByRole('tab', { name: '条款清单' }).click();
  await expect(page.getByText('还有 2 项必备条款未包含')).toBeVisible();
  for (const [title, reference] of [
    ['保密条款', '第三条'],
    ['违约责任', '第五条'],
  ] as const) {
    await chooseOption(page, page.getByLabel(`情况 ${title}`), '已包含');
    await page.getByLabel(`条款位置 ${title}`).fill(reference);
  }
  await page.getByRole('tabpanel').getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('必备条款均已包含')).toBeVisible();

  await submitFor();
  await expect(page.getByText('已提交审查（第 1 轮）')).toBeVisible();
  await page.getByRole('tab', { name: '审查' }).click();
  await expect(page.getByText('第 1 轮审查')).toBeVisible();
  await expect(page.getByRole('tabpanel').getByText('待审查')).toHaveCount(3);

  // The legal reviewer disagrees: the round closes and the contract is a draft again.
  await signIn(page, `dr.legal.${stamp}`, PASSWORD);
  await page.goto(`/contracts/${contract.id}`);
  await page.getByRole('tab', { name: '审查' }).click();
  await page.getByRole('button', { name: '提交意见' }).click();
  const opinion = page.getByRole('dialog', { name: '提交法务审查意见' });
  await opinion.getByText('不同意', { exact: true }).click();
  await opinion.getByLabel('说明').fill('第三条保密期限过短');
  await opinion.getByRole('button', { name: '提交意见' }).click();
  await expect(page.getByText('审查意见已提交')).toBeVisible();
  await expect(page.getByText('未通过', { exact: true })).toBeVisible();
  await expect(page.getByText('草稿', { exact: true })).toBeVisible();
});
