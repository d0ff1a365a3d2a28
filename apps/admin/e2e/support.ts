import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import type { Account } from "@cvv/tooling/testing/server";

/** A context in French, as the app's users browse: dates and numbers read as they expect them. */
export function frenchContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ locale: "fr-FR", ...options });
}

/** A page in a French context of its own, so that its session is not shared with another page. */
export async function frenchPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  return (await frenchContext(browser, options)).newPage();
}

/** Signs in through the sign-in form, as a person would, and waits until the session is open. */
export async function signIn(page: Page, serverUrl: string, account: Account) {
  await page.goto(`${serverUrl}/admin/connexion`);
  await page.getByLabel("Adresse électronique").fill(account.email);
  await page.getByLabel("Mot de passe").fill(account.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.getByRole("button", { name: "Se déconnecter" }).waitFor();
}

/** The page has its title and no longer says it is loading: what it shows is what it will show. */
export async function settled(page: Page) {
  await page.getByRole("heading", { level: 1 }).waitFor();
  await page.waitForFunction(() => !document.body.innerText.includes("Chargement"));
}

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
