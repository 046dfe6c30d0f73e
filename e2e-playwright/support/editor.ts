import { expect, type Page } from '@playwright/test';

/** Waits for CodeMirror (loaded lazily after first paint) and replaces the whole document. */
export async function setEditorCode(page: Page, code: string): Promise<void> {
  const editor = page.getByRole('textbox', { name: /code editor/ });
  await expect(page.locator('[data-editor-ready]')).toBeAttached();
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  // One input event, so auto-indent and bracket closing leave the text as it is.
  await page.keyboard.insertText(code);
  await expect(editor).toContainText(code.trim().split('\n')[0]!);
}

/** Picks a language and waits until the editor shows it (its grammar loads on demand). */
export async function chooseLanguage(page: Page, label: string): Promise<void> {
  await expect(page.locator('[data-editor-ready]')).toBeAttached();
  await page.getByLabel('Language', { exact: true }).selectOption({ label });
  await expect(page.getByRole('textbox', { name: `${label} code editor`, exact: true })).toBeVisible();
}
