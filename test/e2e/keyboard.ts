/** Moving the focus the way a keyboard user does, for the browser tests. */
import type { Locator, Page } from "playwright-core";

async function pressUntilFocused(
  page: Page,
  target: Locator,
  key: "Tab" | "Shift+Tab",
  most: number,
): Promise<void> {
  for (let i = 0; i < most; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached the control`);
}

/** Presses Tab, as a keyboard user would, until `target` has the focus. */
export function tabTo(page: Page, target: Locator, most = 60): Promise<void> {
  return pressUntilFocused(page, target, "Tab", most);
}

/** Presses Shift+Tab until `target` has the focus. */
export function shiftTabTo(page: Page, target: Locator, most = 60): Promise<void> {
  return pressUntilFocused(page, target, "Shift+Tab", most);
}
