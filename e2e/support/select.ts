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
