import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Picks an option of an antd select (or tree select) and checks it took. On a loaded machine a click can land while
 * the drop-down is still animating and be lost; each retry opens the drop-down only when it is not already open, so a
 * retry never closes it again.
 */
export async function chooseOption(page: Page, field: Locator, option: string, kind: 'select' | 'tree' = 'select') {
  const select = field.locator('xpath=ancestor::*[contains(concat(" ", @class, " "), " ant-select ")][1]');
  const optionClass = kind === 'tree' ? '.ant-select-tree-node-content-wrapper' : '.ant-select-item-option';
  const item = page.locator(`.ant-select-dropdown:visible ${optionClass}[title="${option}"]`);
  await expect(async () => {
    if (await select.getByTitle(option, { exact: true }).isVisible()) return;
    if (!(await item.isVisible())) await field.click({ timeout: 3000 });
    await item.click({ timeout: 3000 });
    await expect(select.getByTitle(option, { exact: true })).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 30_000 });
}

/**
 * Types `search` into a searching select (e.g. the vendor picker, whose options come from the server), picks the
 * option containing `text` and checks it took. Options re-render when the search answer arrives, so a click can hit
 * a list that is being replaced; each retry searches afresh.
 */
export async function searchAndChoose(page: Page, field: Locator, search: string, text: string) {
  const select = field.locator('xpath=ancestor::*[contains(concat(" ", @class, " "), " ant-select ")][1]');
  const chosen = select.getByTitle(text).first();
  await expect(async () => {
    if (await chosen.isVisible()) return;
    await field.click({ timeout: 3000 });
    await field.fill(search, { timeout: 3000 });
    const item = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text });
    await expect(item).toBeVisible({ timeout: 5000 });
    await item.click({ timeout: 3000 });
    await expect(chosen).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 30_000 });
}
