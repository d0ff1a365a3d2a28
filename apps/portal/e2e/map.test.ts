import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { accessibilityViolations, launchBrowser, watchPageErrors } from "@cvv/tooling/testing/browser";
import { startServer, type RunningServer } from "@cvv/tooling/testing/server";

let server: RunningServer;
let browser: Browser;
let page: Page;
let pageErrors: () => string[];

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  pageErrors = watchPageErrors(page);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const map = () => page.locator("svg.metro-map-svg");

describe("the map of the métropole", () => {
  it("leads from a commune on the map to its page", async () => {
    await page.goto(server.url + "/carte");
    await page.getByRole("heading", { level: 1 }).waitFor();
    // The demo's 20 participating communes are links; the 110 others are drawn but not focusable.
    expect(await map().locator("a").count()).toBe(20);
    expect(await map().locator("path.metro-map-shape").count()).toBe(130);
    await map()
      .getByRole("link", { name: /^Bondy\s:\s1 projet/ })
      .click();
    await page.waitForURL(/\/communes\/93010$/);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Bondy");
  });

  it("follows a commune's link from the keyboard", async () => {
    await page.goto(server.url + "/carte");
    await page.getByRole("heading", { level: 1 }).waitFor();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      const inMap = await page.evaluate(() => Boolean(document.activeElement?.closest("svg.metro-map-svg")));
      if (inMap) break;
    }
    const href = await page.evaluate(() => document.activeElement?.getAttribute("href"));
    expect(href).toMatch(/^\/communes\/\d{5}$/);
    // The focused commune is redrawn on top, ringed.
    expect(await page.locator(".metro-map-focus-ring").count()).toBe(1);
    await page.keyboard.press("Enter");
    await page.waitForURL(new RegExp(`${href}$`));
  });

  it("colours the communes by a public indicator chosen in the form, with its legend in words", async () => {
    await page.goto(server.url + "/carte");
    await page.getByLabel("Indicateur", { exact: true }).selectOption({ label: "Taux de vacance commerciale (%)" });
    await page.getByRole("button", { name: "Afficher" }).click();
    await page.waitForURL(/indicateur=taux_vacance/);
    await page.getByText(/^Légende\s:\sTaux de vacance commerciale, \d{4}$/).waitFor();
    const table = page.getByRole("table", { name: /Communes participantes/ });
    await table.getByRole("columnheader", { name: /Taux de vacance commerciale/ }).waitFor();
    expect(await table.textContent()).toMatch(/classe \d sur \d/);
  });

  it("answers an unknown edition with a 404 page", async () => {
    const response = await page.goto(server.url + "/carte?edition=00000000-0000-4000-8000-000000000000");
    expect(response?.status()).toBe(404);
    await page.getByRole("heading", { level: 1, name: /introuvable/i }).waitFor();
  });

  it("is drawn in the first HTML, for readers without JavaScript", async () => {
    const html = await (await fetch(server.url + "/carte")).text();
    expect(html).toMatch(/<svg class="metro-map-svg"[^>]*aria-labelledby=/);
    expect(html).toMatch(/<a class="metro-map-link"[^>]*href="\/communes\/93010"/);
    // A form sent without JavaScript also sends its empty fields.
    const sent = await fetch(server.url + "/carte?edition=&indicateur=taux_vacance&annee=");
    expect(sent.status).toBe(200);
    expect(await sent.text()).toMatch(/Légende(\s|&nbsp;):(\s|&nbsp;)Taux de vacance commerciale/);
    const home = await (await fetch(server.url + "/")).text();
    expect(home).toContain('href="/carte"');
    expect(home).toMatch(/<a class="metro-map-link"[^>]*href="\/communes\/93010"/);
  });

  it("has no axe-core violation, with and without an indicator", async () => {
    const pages = ["/carte", "/carte?indicateur=taux_vacance", "/carte?indicateur=commerces_actifs&annee=2019", "/"];
    const report: Record<string, string[]> = {};
    for (const path of pages) {
      await page.goto(server.url + path);
      await page.getByRole("heading", { level: 1 }).waitFor();
      await page.waitForFunction(() => !document.body.innerText.includes("Chargement"));
      report[path] = await accessibilityViolations(page);
    }
    expect(report).toEqual(Object.fromEntries(pages.map((p) => [p, []])));
    expect(pageErrors()).toEqual([]);
  });
});
