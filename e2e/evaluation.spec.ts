import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { E2E_ADMIN_PASSWORD, signIn } from './support/sign-in';

/**
 * Evaluation journey (issue 7, R4.2), in the Chinese UI: a panel from two departments declares and scores
 * independently on their own score sheets; the chair closes scoring and sees the ranking with the radar chart;
 * the report PDF downloads. (Set-up of users, vendors and the draft evaluation goes through the API.)
 */
const PASSWORD = 'Evaluation-Journey-5183';
const stamp = Date.now().toString(36);
const vendors = [`甲方案科技${stamp}`, `乙运维服务${stamp}`];
/** Valid unified social credit codes (GB 32100 check characters), distinct from other journeys'. */
const usccOf = (i: number) => ['91440300MA5F0C1A0X', '91440300MA5F0C2B67'][i] as string;

async function api(request: APIRequestContext, username: string, password: string) {
  const login = await request.post('/api/v1/auth/login', { data: { username, password } });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return async <T>(method: 'post' | 'put', path: string, data: unknown) => {
    const res = await request[method](`/api/v1${path}`, { data, headers: { 'x-csrf-token': csrfToken } });
    expect(res.ok(), `${path}: ${await res.text()}`).toBeTruthy();
    return (await res.json()) as T;
  };
}

async function scoreSheet(page: Page, username: string, title: string, score: (vendor: number) => string) {
  await signIn(page, username, PASSWORD);
  await page.goto('/evaluations');
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('button', { name: '填写我的评分表' }).click();
  await page.getByRole('button', { name: '提交声明' }).click();
  await expect(page.getByText('已提交声明')).toBeVisible();
  for (const [v, name] of vendors.entries()) {
    for (const criterion of ['技术能力', '服务质量', '财务状况', '安全与合规', '性价比']) {
      await page.getByLabel(`${name} ${criterion}`, { exact: true }).fill(score(v));
    }
  }
  await page.getByRole('button', { name: '提交评分表' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /确\s*定|OK/ })
    .click();
  await expect(page.getByText('评分表已提交并锁定。')).toBeVisible();
}

test('a two-department panel scores independently, the chair closes and gets ranking, radar and PDF', async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  const admin = await api(request, 'admin', E2E_ADMIN_PASSWORD);
  const it = await admin<{ id: string }>('post', '/departments', { name: `信息技术部-${stamp}` });
  const fin = await admin<{ id: string }>('post', '/departments', { name: `财务部-${stamp}` });
  const user = (name: string, roles: string[], departmentId: string) =>
    admin<{ id: string }>('post', '/users', {
      username: `ev.${name}.${stamp}`,
      displayName: `${name}${stamp}`,
      roles,
      departmentId,
      password: PASSWORD,
      mustChangePassword: false,
    });
  await user('chair', ['project_manager'], it.id);
  const tech = await user('tech', ['technical_reviewer'], it.id);
  const finance = await user('finance', ['finance'], fin.id);
  const vendorIds: string[] = [];
  for (const [i, name] of vendors.entries()) {
    const v = await admin<{ id: string }>('post', '/vendors', {
      name,
      uscc: usccOf(i),
      type: 'software',
    });
    vendorIds.push(v.id);
  }
  const asChair = await api(request, `ev.chair.${stamp}`, PASSWORD);
  const templates = (await (await request.get('/api/v1/evaluation-templates')).json()) as {
    items: { id: string; code: string }[];
  };
  const title = `机房运维选型-${stamp}`;
  const evaluation = await asChair<{ id: string; version: number }>('post', '/evaluations', {
    title,
    templateId: templates.items.find((x) => x.code === 'sourcing-default')?.id,
    vendors: vendorIds.map((vendorId, i) => ({ vendorId, price: `${800000 + i * 100000}.00` })),
  });
  await asChair('put', `/evaluations/${evaluation.id}/panel`, { version: 1, evaluatorIds: [tech.id, finance.id] });
  await asChair('post', `/evaluations/${evaluation.id}/start`, { version: 2 });

  await scoreSheet(page, `ev.tech.${stamp}`, title, (v) => (v === 0 ? '90' : '80'));
  await scoreSheet(page, `ev.finance.${stamp}`, title, (v) => (v === 0 ? '88' : '70'));

  await signIn(page, `ev.chair.${stamp}`, PASSWORD);
  await page.goto(`/evaluations/${evaluation.id}`);
  await page.getByRole('button', { name: '结束评分' }).click();
  await expect(page.getByText('评分已结束').first()).toBeVisible();
  await page.getByRole('tab', { name: '评审结果' }).click();
  await expect(page.getByRole('cell', { name: vendors[0] as string })).toBeVisible();
  await expect(page.getByText('维度得分雷达图')).toBeVisible();
  await expect(page.locator('.recharts-polar-grid')).toBeVisible();
  const pdf = await page.request.get(`/api/v1/evaluations/${evaluation.id}/report`);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  await expect(page.getByRole('link', { name: '下载报告（PDF）' })).toBeVisible();
});
