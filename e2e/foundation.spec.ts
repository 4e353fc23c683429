import { expect, test, type Page } from '@playwright/test';
import { chooseOption } from './support/select';

/**
 * Acceptance journey of the platform foundation (issue 3), in the Chinese UI:
 * admin creates a department and a project manager in it; the new user must change the password at first
 * sign-in, then sees only what a project manager may use, and a forbidden URL shows the 403 page.
 */

const ADMIN_PASSWORD = 'Admin-e2e-Passw0rd';
const stamp = Date.now().toString(36);
const department = `交付中心-${stamp}`;
const username = `pm.${stamp}`;
const displayName = '张伟';
const initialPassword = 'Initial-Lantern-2718';
const newPassword = 'Bridge-Harbour-9431';

async function signIn(page: Page, user: string, password: string) {
  await page.goto('/login');
  await page.getByLabel('用户名', { exact: true }).fill(user);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
}

async function signOut(page: Page) {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await expect(page.getByText('您已安全退出。')).toBeVisible();
}

const sidebar = (page: Page) => page.getByRole('navigation', { name: '主导航' });

test('admin sets up a project manager who signs in, changes the password and sees only what they may use', async ({
  page,
}) => {
  // Admin signs in; wrong password first gives the Chinese message.
  await signIn(page, 'admin', 'not-the-password');
  await expect(page.getByRole('alert')).toContainText('用户名或密码错误');
  await signIn(page, 'admin', ADMIN_PASSWORD);
  await expect(page.getByRole('heading', { name: /欢迎/ })).toBeVisible();
  await expect(sidebar(page).getByRole('link', { name: '用户管理' })).toBeVisible();
  await expect(sidebar(page).getByRole('link', { name: '审计日志' })).toBeVisible();

  // Creates a department.
  await sidebar(page).getByRole('link', { name: '部门管理' }).click();
  await page.getByRole('button', { name: '新建部门' }).click();
  const deptDrawer = page.getByRole('dialog', { name: '新建部门' });
  await deptDrawer.getByLabel('部门名称').fill(department);
  await deptDrawer.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('部门已创建')).toBeVisible();
  await expect(page.getByRole('tree').getByText(department)).toBeVisible();

  // Creates a user with role 项目经理 in it, explicit password, must change it at first sign-in.
  await sidebar(page).getByRole('link', { name: '用户管理' }).click();
  await page.getByRole('button', { name: '新建用户' }).click();
  const userDrawer = page.getByRole('dialog', { name: '新建用户' });
  await userDrawer.getByLabel('用户名', { exact: true }).fill(username);
  await userDrawer.getByLabel('姓名', { exact: true }).fill(displayName);
  await chooseOption(page, userDrawer.getByLabel('部门', { exact: true }), department, 'tree');
  await chooseOption(page, userDrawer.getByLabel('角色', { exact: true }), '项目经理');
  await userDrawer.getByLabel('初始密码', { exact: true }).fill(initialPassword);
  await expect(userDrawer.getByRole('switch', { name: '首次登录时必须修改密码' })).toBeChecked();
  await userDrawer.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('用户已创建')).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(username) });
  await expect(row).toContainText('项目经理');
  await expect(row).toContainText(department);
  await expect(row).toContainText('待修改密码');

  await signOut(page);

  // The new user signs in and is made to change the password first.
  await signIn(page, username, initialPassword);
  await expect(page).toHaveURL(/\/change-password/);
  await expect(page.getByText('请先设置新密码')).toBeVisible();
  await expect(page.getByText('至少 10 个字符')).toBeVisible();
  await page.getByLabel('当前密码', { exact: true }).fill(initialPassword);
  await page.getByLabel('新密码', { exact: true }).fill(newPassword);
  await page.getByLabel('确认新密码', { exact: true }).fill(newPassword);
  await page.getByRole('button', { name: '修改密码' }).click();
  await expect(page.getByRole('heading', { name: `欢迎，${displayName}` })).toBeVisible();

  // Only permitted menu entries.
  await expect(sidebar(page).getByRole('link', { name: '首页' })).toBeVisible();
  await expect(sidebar(page).getByRole('link', { name: '用户管理' })).toHaveCount(0);
  await expect(sidebar(page).getByRole('link', { name: '审计日志' })).toHaveCount(0);
  await expect(sidebar(page).getByRole('link', { name: '组织设置' })).toHaveCount(0);

  // A forbidden URL shows the 403 page; an unknown one the 404 page.
  await page.goto('/admin/users');
  await expect(page.getByText('无权访问', { exact: true })).toBeVisible();
  await page.goto('/admin/audit');
  await expect(page.getByText('无权访问', { exact: true })).toBeVisible();
  await page.goto('/no/such/page');
  await expect(page.getByText('页面不存在', { exact: true })).toBeVisible();

  // Switching to English changes the menu text, and the choice is kept for the user.
  await page.goto('/');
  await page.getByRole('button', { name: /切换语言/ }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  const englishSidebar = page.getByRole('navigation', { name: 'Main navigation' });
  await expect(englishSidebar.getByRole('link', { name: 'Home' })).toBeVisible();
  await expect(englishSidebar.getByRole('link', { name: 'Departments' })).toBeVisible();
  await expect(page.getByRole('link', { name: '首页' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: `Welcome, ${displayName}` })).toBeVisible();
  await page.reload();
  await expect(englishSidebar.getByRole('link', { name: 'Home' })).toBeVisible();
});

test('an expired session sends the user to sign in and back to the page they were on', async ({ page, context }) => {
  await signIn(page, 'admin', ADMIN_PASSWORD);
  await expect(page.getByRole('heading', { name: /欢迎/ })).toBeVisible();
  await page.goto('/admin/roles');
  await expect(page.getByRole('cell', { name: /查看组织信息/ })).toBeVisible();
  await context.clearCookies();
  await sidebar(page).getByRole('link', { name: '部门管理' }).click();
  await expect(page.getByText('会话已过期，请重新登录')).toBeVisible();
  await page.getByLabel('用户名', { exact: true }).fill('admin');
  await page.getByLabel('密码', { exact: true }).fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/departments$/);
});
