import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { chooseOption, searchAndChoose } from './support/select';
import { E2E_ADMIN_PASSWORD, signIn } from './support/sign-in';

/**
 * Sourcing journey (issue 7, R2 and R4), in the Chinese UI, every step by the user whose job it is: a project manager
 * raises a sourcing request; the department head, finance and the executive approve it from their own 我的待办; the
 * requirements go from v1 to v2 with a diff; two registry vendors are invited and their proposals recorded; the
 * project manager starts the evaluation FROM the request with its candidates and chairs it; a panel from two
 * departments declares and scores independently (neither sees the other's sheet, nor results, before the close);
 * the chair closes, gets the ranking, the radar chart and the report PDF, and recommends the winner; the director
 * and the executive approve the recommendation from 我的待办; the request is awarded with the vendor linked, and a
 * draft contract is created from the award, prefilled. Set-up of users and vendors goes through the admin API.
 */

const PASSWORD = 'Sourcing-Journey-2741';
const stamp = Date.now().toString(36);
const title = `机房运维外包-${stamp}`;
const vendors = [
  { name: `驻场运维服务有限公司${stamp}`, uscc: '91440300MA5F0C0011', price: '280000', scores: ['90', '88'] },
  { name: `云端运维科技有限公司${stamp}`, uscc: '91440300MA5F0C1A0X', price: '320000', scores: ['75', '70'] },
] as const;
const [winner, runnerUp] = vendors;
const people = {
  head: { username: `sr.head.${stamp}`, displayName: '孙部长', roles: ['department_head'], dept: 'it' },
  pm: { username: `sr.pm.${stamp}`, displayName: '周经理', roles: ['project_manager'], dept: 'it' },
  tech: { username: `sr.tech.${stamp}`, displayName: '郑工程师', roles: ['technical_reviewer'], dept: 'it' },
  finance: { username: `sr.finance.${stamp}`, displayName: '钱会计', roles: ['finance'], dept: 'finance' },
  director: { username: `sr.director.${stamp}`, displayName: '冯总监', roles: ['director'], dept: 'finance' },
  executive: { username: `sr.ceo.${stamp}`, displayName: '吴总', roles: ['executive'], dept: 'finance' },
} as const;
type Who = keyof typeof people;
const CRITERIA = ['技术能力', '服务质量', '财务状况', '安全与合规', '性价比'];

/** Shared by the steps below (they run in order). */
let requestUrl = '';
let evaluationUrl = '';

const sidebar = (page: Page) => page.getByRole('navigation', { name: '主导航' });
const tag = (page: Page, text: string) => page.locator('.ant-tag').filter({ hasText: text });
const as = (page: Page, who: Who) => signIn(page, people[who].username, PASSWORD);
const inDays = (days: number) => {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

async function setUp(request: APIRequestContext) {
  const login = await request.post('/api/v1/auth/login', { data: { username: 'admin', password: E2E_ADMIN_PASSWORD } });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const send = async <T>(path: string, data: unknown, method: 'post' | 'patch' = 'post') => {
    const res = await request[method](`/api/v1${path}`, { data, headers: { 'x-csrf-token': csrfToken } });
    expect(res.ok(), `${path}: ${await res.text()}`).toBeTruthy();
    return (await res.json()) as T;
  };
  const it = await send<{ id: string; version: number }>('/departments', { name: `基础架构部-${stamp}` });
  const fin = await send<{ id: string }>('/departments', { name: `财务部-${stamp}` });
  const ids: Partial<Record<Who, string>> = {};
  for (const [key, { dept, ...p }] of Object.entries(people)) {
    const user = await send<{ id: string }>('/users', {
      ...p,
      roles: [...p.roles],
      departmentId: dept === 'it' ? it.id : fin.id,
      password: PASSWORD,
      mustChangePassword: false,
    });
    ids[key as Who] = user.id;
  }
  await send(`/departments/${it.id}`, { version: it.version, headUserId: ids.head }, 'patch');
  for (const v of vendors) await send('/vendors', { name: v.name, uscc: v.uscc, type: 'software' });
}

/** Opens the open task whose title matches in 我的待办 and approves it with a comment. */
async function approveFromInbox(page: Page, who: Who, task: RegExp, comment: string) {
  await as(page, who);
  await sidebar(page).getByRole('link', { name: '我的待办' }).click();
  await page.getByRole('link', { name: task }).click();
  const panel = page.getByRole('region', { name: '我的审批' });
  await panel.getByLabel('审批意见').fill(comment);
  await panel.getByRole('button', { name: '同意', exact: true }).click();
  await expect(panel).toBeHidden();
}

async function fillRequirement(page: Page, row: number, description: string, acceptance: string) {
  await page.getByLabel(`需求描述 ${row}`, { exact: true }).fill(description);
  await page.getByLabel(`验收标准 ${row}`, { exact: true }).fill(acceptance);
}

async function invite(page: Page, vendorName: string) {
  await page.getByRole('button', { name: '邀请候选供应商' }).click();
  const dialog = page.getByRole('dialog', { name: '邀请候选供应商' });
  await searchAndChoose(page, dialog.getByLabel('供应商'), vendorName.slice(-8), vendorName);
  const deadline = dialog.getByLabel('响应截止日期');
  await deadline.click();
  await deadline.fill(inDays(7));
  await deadline.press('Enter');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('row', { name: new RegExp(vendorName) });
  await expect(row).toContainText(inDays(7));
  await expect(row).toContainText('未收到方案');
}

async function recordProposal(page: Page, vendor: (typeof vendors)[number], file?: string) {
  await page.getByRole('button', { name: '登记方案' }).click();
  const dialog = page.getByRole('dialog', { name: '登记方案' });
  await chooseOption(page, dialog.getByLabel('供应商'), vendor.name);
  await dialog.getByLabel('报价').fill(vendor.price);
  await dialog.getByLabel('方案说明').fill('含驻场 2 人');
  if (file) {
    await dialog.locator('input[type=file]').setInputFiles({
      name: file,
      mimeType: 'text/plain',
      buffer: Buffer.from(`报价 ${vendor.price} 元，含驻场 2 人`),
    });
    await expect(dialog.getByText(file)).toBeVisible();
    await expect(dialog.locator('.ant-upload-list-item-uploading')).toHaveCount(0);
  }
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  const proposal = page.getByRole('row', { name: new RegExp(vendor.name) }).getByTestId('proposal');
  await expect(proposal).toContainText(`CNY ${Number(vendor.price).toLocaleString('en')}.00`);
  await expect(proposal).toContainText('按时');
}

/** An evaluator declares no conflicts and scores every criterion of both vendors, then submits the locked sheet. */
async function scoreMySheet(page: Page, who: 'tech' | 'finance', index: 0 | 1) {
  await as(page, who);
  await page.goto(evaluationUrl);
  await page.getByRole('button', { name: '填写我的评分表' }).click();
  await page.getByRole('button', { name: '提交声明' }).click();
  await expect(page.getByText('已提交声明')).toBeVisible();
  for (const v of vendors) {
    for (const criterion of CRITERIA) {
      await page.getByLabel(`${v.name} ${criterion}`, { exact: true }).fill(v.scores[index]);
    }
  }
  await page.getByRole('button', { name: '提交评分表' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /确\s*定|OK/ })
    .click();
  await expect(page.getByText('评分表已提交并锁定。')).toBeVisible();
}

test.describe.serial('sourcing request to awarded vendor (issue 7)', () => {
  test('a request passes department head, finance and executive from their inboxes', async ({ page, request }) => {
    await setUp(request);
    await as(page, 'pm');
    await sidebar(page).getByRole('link', { name: '采购需求' }).click();
    await expect(page.getByRole('heading', { name: '采购需求' })).toBeVisible();
    await page.getByRole('button', { name: '新建采购需求' }).click();
    const drawer = page.getByRole('dialog', { name: '新建采购需求' });
    await drawer.getByLabel('需求名称').fill(title);
    await drawer.getByLabel('项目背景').fill('现有运维团队无法覆盖夜间值守。');
    await drawer.getByLabel('项目目标').fill('7×24 小时运维覆盖。');
    await drawer.getByLabel('预期成果').fill('全年可用性 99.95%。');
    await drawer.getByLabel('预算金额').fill('300000');
    await chooseOption(page, drawer.getByLabel('外包类别'), '运行维护');
    await chooseOption(page, drawer.getByLabel('紧急程度'), '紧急');
    await drawer.getByLabel('服务水平需求').fill('P1 故障 15 分钟响应');
    await drawer.getByRole('button', { name: '保存' }).click();
    await expect(drawer).toBeHidden();
    await expect(page.getByRole('heading', { name: new RegExp(`SR-\\d{4}-\\d{4} ${title}`) })).toBeVisible();
    await expect(tag(page, '草稿')).toBeVisible();
    requestUrl = new URL(page.url()).pathname;

    await page.getByRole('button', { name: '提交立项审批' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '提交立项审批' }).click();
    await expect(tag(page, '立项审批中')).toBeVisible();
    await expect(page.getByRole('link', { name: '查看立项审批' })).toBeVisible();

    for (const who of ['head', 'finance', 'executive'] as const) {
      await approveFromInbox(page, who, new RegExp(title), '同意立项');
    }
    await as(page, 'pm');
    await page.goto(requestUrl);
    await expect(tag(page, '已立项')).toBeVisible();
  });

  test('requirements go v1 → v2, sourcing starts, two candidates send proposals', async ({ page }) => {
    await as(page, 'pm');
    await page.goto(requestUrl);
    await page.getByRole('tab', { name: '需求规格' }).click();
    await page.getByRole('button', { name: '编辑需求（保存为新版本）' }).click();
    await fillRequirement(page, 1, '7×24 监控告警', '告警 5 分钟内送达值班人');
    await page.getByRole('button', { name: '添加需求条目' }).click();
    await chooseOption(page, page.getByLabel('类型 2', { exact: true }), '非功能需求');
    await fillRequirement(page, 2, '符合等保三级要求', '通过等保测评');
    await page.getByRole('button', { name: '保存为新版本' }).click();
    await expect(page.getByText('已保存为 v1')).toBeVisible();
    await expect(page.getByText('待部门负责人确认')).toBeVisible();

    await page.getByRole('button', { name: '编辑需求（保存为新版本）' }).click();
    await chooseOption(page, page.getByLabel('优先级 2', { exact: true }), '应该');
    await page.getByRole('button', { name: '添加需求条目' }).click();
    await fillRequirement(page, 3, '每月提交运维报告', '报告按月归档');
    await page.getByLabel('版本说明').fill('补充月报要求');
    await page.getByRole('button', { name: '保存为新版本' }).click();
    await expect(page.getByText('已保存为 v2')).toBeVisible();
    const diff = page.getByTestId('requirements-diff');
    await expect(diff).toContainText('新增');
    await expect(diff).toContainText('R3');
    await expect(diff).toContainText('修改');
    await expect(diff).toContainText('优先级: 必须 → 应该');

    await page.getByRole('button', { name: '开始寻源' }).click();
    await expect(tag(page, '寻源中')).toBeVisible();
    await page.getByRole('tab', { name: '候选供应商与方案' }).click();
    for (const v of vendors) await invite(page, v.name);
    await recordProposal(page, winner, '报价书.txt');
    await recordProposal(page, runnerUp);
    await expect(
      page.getByRole('row', { name: new RegExp(winner.name) }).getByRole('link', { name: '报价书.txt' }),
    ).toBeVisible();
  });

  test('the evaluation starts from the request with its candidates and a two-department panel', async ({ page }) => {
    await as(page, 'pm');
    await page.goto(requestUrl);
    await page.getByRole('button', { name: '发起评审' }).click();
    const drawer = page.getByRole('dialog', { name: '发起评审' });
    await expect(drawer.getByRole('alert')).toContainText(title);
    await expect(drawer.getByLabel('事项')).toHaveValue(title);
    await expect(drawer.getByTitle(/^供应商选型评审（默认）/)).toBeVisible();
    for (const v of vendors) await expect(drawer.getByTitle(v.name)).toBeVisible();
    await expect(drawer.getByLabel('报价').first()).toHaveValue(/^280000(\.00)?$/);
    await expect(drawer.getByLabel('报价').nth(1)).toHaveValue(/^320000(\.00)?$/);
    await drawer.getByRole('button', { name: '保存' }).click();
    await expect(page).toHaveURL(/\/evaluations\/[0-9a-f-]{36}$/);
    evaluationUrl = new URL(page.url()).pathname;
    await expect(page.getByRole('heading', { name: new RegExp(`EV-\\d{4}-\\d{4} ${title}`) })).toBeVisible();
    await expect(page.getByRole('link', { name: '查看采购需求' })).toHaveAttribute('href', requestUrl);

    await page.getByRole('tab', { name: '评审小组' }).click();
    const evaluators = page.getByLabel('评审人');
    for (const who of ['tech', 'finance'] as const) {
      await searchAndChoose(page, evaluators, people[who].username, people[who].username);
    }
    await page.getByRole('button', { name: '保存评审小组' }).click();
    await expect(page.getByRole('cell', { name: `财务部-${stamp}` })).toBeVisible();
    await expect(page.getByRole('cell', { name: `基础架构部-${stamp}` })).toBeVisible();
    await page.getByRole('button', { name: '开始评分' }).click();
    await expect(tag(page, '评分中')).toBeVisible();

    // The request links its evaluation.
    await page.goto(requestUrl);
    await expect(page.getByRole('link', { name: /查看评审 EV-\d{4}-\d{4}/ })).toHaveAttribute('href', evaluationUrl);
  });

  test('the panel scores independently; nobody sees another sheet or results before the close', async ({ page }) => {
    await scoreMySheet(page, 'tech', 0);
    await page.goto(evaluationUrl);
    await page.getByRole('tab', { name: '评审结果' }).click();
    await expect(page.getByText('评审组长结束评分后，这里显示排名、统计与雷达图。')).toBeVisible();

    // Finance, still scoring, cannot open the technical reviewer's submitted sheet (404) nor the results.
    await as(page, 'finance');
    const evaluationApi = `/api/v1${evaluationUrl}`;
    const panel = (await (await page.request.get(`${evaluationApi}/panel`)).json()) as {
      members: { sheetId: string; evaluator: { displayName: string } }[];
    };
    const techSheet = panel.members.find((m) => m.evaluator.displayName === people.tech.displayName);
    expect(techSheet).toBeDefined();
    expect((await page.request.get(`${evaluationApi}/score-sheets/${techSheet?.sheetId}`)).status()).toBe(404);
    expect((await page.request.get(`${evaluationApi}/results`)).status()).toBeGreaterThanOrEqual(400);
    await scoreMySheet(page, 'finance', 1);
  });

  test('the chair closes, gets ranking, radar chart and PDF report, and recommends the winner', async ({ page }) => {
    await as(page, 'pm');
    await page.goto(evaluationUrl);
    await page.getByRole('button', { name: '结束评分' }).click();
    await expect(tag(page, '评分已结束')).toBeVisible();
    await page.getByRole('tab', { name: '评审结果' }).click();
    const first = page.getByRole('row').filter({ hasText: winner.name }).first();
    await expect(first.getByRole('cell').nth(1)).toHaveText('1'); // after the expand-icon cell
    await expect(page.getByText('维度得分雷达图')).toBeVisible();
    await expect(page.locator('.recharts-polar-grid')).toBeVisible();
    await expect(page.locator('.recharts-radar')).toHaveCount(2);

    const pdfLink = page.getByRole('link', { name: '下载报告（PDF）' });
    await expect(pdfLink).toBeVisible();
    const pdf = await page.request.get((await pdfLink.getAttribute('href')) as string);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    const xlsxLink = page.getByRole('link', { name: '下载报告（Excel）' });
    const xlsx = await page.request.get((await xlsxLink.getAttribute('href')) as string);
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
    expect((await xlsx.body()).subarray(0, 2).toString()).toBe('PK');

    await expect(page.getByRole('combobox', { name: '推荐供应商' })).toBeVisible();
    await expect(page.getByTitle(new RegExp(`${winner.name}`))).toBeVisible();
    await page.getByLabel('推荐理由').fill('综合得分第一，报价最低。');
    await page.getByRole('button', { name: '提交推荐意见' }).click();
    await expect(tag(page, '推荐审批中')).toBeVisible();
    await expect(page.getByRole('link', { name: '查看审批' })).toBeVisible();
  });

  test('management approves from 我的待办; the request is awarded and a prefilled draft contract follows', async ({
    page,
  }) => {
    const task = new RegExp(`评审结果审批.*${title}`);
    await approveFromInbox(page, 'director', task, '同意推荐');
    await approveFromInbox(page, 'executive', task, '同意授标');

    await as(page, 'pm');
    await page.goto(evaluationUrl);
    await expect(tag(page, '推荐已批准')).toBeVisible();
    await page.goto(requestUrl);
    await expect(tag(page, '已定标')).toBeVisible();
    await expect(page.getByRole('link', { name: winner.name })).toHaveAttribute('href', /\/vendors\/[0-9a-f-]{36}$/);

    await page.getByRole('button', { name: '生成合同草稿' }).click();
    const dialog = page.getByRole('dialog', { name: '生成合同草稿' });
    await expect(dialog.getByRole('alert')).toContainText(winner.name);
    for (const [label, date] of [
      ['合同开始日期', inDays(30)],
      ['合同结束日期', inDays(395)],
    ] as const) {
      const picker = dialog.getByLabel(label);
      await picker.click();
      await picker.fill(date);
      await picker.press('Enter');
    }
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(page).toHaveURL(/\/contracts\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
    // Prefilled from the award: vendor, proposal price, category, department, goals; dates as entered.
    await expect(page.getByRole('link', { name: winner.name }).first()).toBeVisible();
    await expect(page.getByText('280,000.00 CNY').first()).toBeVisible();
    await expect(page.getByText(`${inDays(30)} ~ ${inDays(395)}`).first()).toBeVisible();
    await expect(page.getByRole('cell', { name: '运行维护', exact: true })).toBeVisible();
    await expect(page.getByRole('cell', { name: '外包服务合同', exact: true })).toBeVisible();
    await expect(page.getByRole('cell', { name: `基础架构部-${stamp}` })).toBeVisible();
    await expect(page.getByRole('cell', { name: '7×24 小时运维覆盖。' })).toBeVisible();
    await expect(tag(page, '草稿')).toBeVisible();
  });
});
