import { afterAll, beforeAll, expect } from "vitest";
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { accessibilityViolations, launchBrowser } from "@cvv/tooling/testing/browser";
import { startServer, type RunningServer } from "@cvv/tooling/testing/server";

export interface ServerAndBrowser {
  server: RunningServer;
  browser: Browser;
}

/**
 * The built server (on data of its own, with `env` added to its environment) and a browser for
 * the tests of one file. The hooks are registered here, at collection, so the file's own
 * `beforeAll`, written after this call, runs once both are up; and they are closed after the
 * tests even when a test or the start itself failed.
 */
export function startServerAndBrowser(env: Record<string, string> = {}): ServerAndBrowser {
  const started = {} as ServerAndBrowser;
  beforeAll(async () => {
    started.server = await startServer(env);
    started.browser = await launchBrowser();
  });
  afterAll(async () => {
    await started.browser?.close();
    await started.server?.stop();
  });
  return started;
}

/** A context in French, as the app's users browse: dates and numbers read as they expect them. */
export function frenchContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ locale: "fr-FR", ...options });
}

/** A page in a French context of its own, so that its session is not shared with another page. */
export async function frenchPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  return (await frenchContext(browser, options)).newPage();
}

/** A role whose demo account the server printed at first start. */
export type DemoRole = keyof ReturnType<RunningServer["demoAccounts"]>;

/** Signs in through the sign-in form, as a person would, and waits until the session is open. */
export async function signIn(page: Page, server: RunningServer, role: DemoRole) {
  const account = server.demoAccounts()[role];
  await page.goto(`${server.url}/admin/connexion`);
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
 * axe-core's violations by page type, gathered along the story and asserted by one test at the
 * end: a violation does not stop the story before the pages that follow, and the report names
 * every page type at fault at once.
 */
export function axeRecorder() {
  const violations: Record<string, string[]> = {};
  return {
    /** Waits until the page has settled: axe-core would otherwise judge a loading state. */
    async check(page: Page, pageType: string) {
      await settled(page);
      violations[pageType] = await accessibilityViolations(page);
    },

    /** For a page that is not the admin's (the portal's): its loading is not the admin's to wait for. */
    async checkNow(page: Page, pageType: string) {
      violations[pageType] = await accessibilityViolations(page);
    },

    /**
     * No page type checked has a violation. The count of page types catches checks the story no
     * longer reaches: with none recorded, there would be no violation either.
     */
    expectNoViolation(pageTypes: { exactly: number } | { atLeast: number }) {
      const checked = Object.keys(violations);
      if ("exactly" in pageTypes) expect(checked).toHaveLength(pageTypes.exactly);
      else expect(checked.length).toBeGreaterThanOrEqual(pageTypes.atLeast);
      expect(violations).toEqual(Object.fromEntries(checked.map((pageType) => [pageType, []])));
    },
  };
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
