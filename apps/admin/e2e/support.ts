import type { Page } from "playwright-core";

/**
 * After an action whose form goes away (re-keyed by the new version, or no longer offered), the
 * focus is on its confirmation rather than lost to <body> (whose text would contain it too).
 */
export async function confirmationHasFocus(page: Page, text: string) {
  await page.waitForFunction(
    (expected) => {
      const focused = document.activeElement;
      return focused?.getAttribute("role") === "status" && (focused.textContent ?? "").includes(expected);
    },
    text,
    { timeout: 10_000 },
  );
}
