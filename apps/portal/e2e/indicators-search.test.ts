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

describe("the indicators page", () => {
  it("shows each public indicator as a chart beside a table of the same numbers, and changes year", async () => {
    await page.goto(server.url + "/indicateurs");
    await page.getByRole("heading", { level: 1, name: "Indicateurs" }).waitFor();
    const table = page.getByRole("table", { name: /^Cellules commerciales rénovées, ensemble des communes/ });
    expect(await table.getByRole("columnheader").allTextContents()).toEqual([
      "Période",
      "Valeur publiée",
      "Cible",
      "Objectif",
      "Communes comptées",
    ]);
    // The drawing is hidden from assistive technologies; the table carries the numbers.
    expect(await page.locator("svg.chart-svg").first().getAttribute("aria-hidden")).toBe("true");
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel("Année", { exact: true }).selectOption("2021");
    await page.getByRole("button", { name: "Afficher" }).click();
    await page.waitForURL(/annee=2021/);
    await page.getByRole("heading", { level: 2, name: /l'année 2021/ }).waitFor();
    expect(await table.getByRole("row", { name: /^2021 \(année choisie\)/ }).count()).toBe(1);
  });

  it("works without JavaScript, from the form's address", async () => {
    const context = await browser.newContext({ locale: "fr-FR", javaScriptEnabled: false });
    const noScript = await context.newPage();
    await noScript.goto(server.url + "/indicateurs");
    await noScript.getByLabel("Année", { exact: true }).selectOption("2022");
    await noScript.getByRole("button", { name: "Afficher" }).click();
    await noScript.waitForURL(/programme=.*annee=2022/);
    expect(await noScript.getByRole("heading", { level: 2 }).first().textContent()).toMatch(/l'année 2022/);
    expect(await noScript.getByRole("table").count()).toBeGreaterThan(0);
    await context.close();
  });
});

describe("the search", () => {
  it("finds from the header's box, marks the matched words and counts the results", async () => {
    await page.goto(server.url + "/programmes");
    await page.getByRole("heading", { level: 1 }).waitFor();
    const box = page.getByRole("search", { name: "Rechercher sur le site" });
    await box.getByRole("searchbox").fill("BONDY");
    await box.getByRole("button", { name: "Rechercher" }).click();
    await page.waitForURL(/\/recherche\?q=BONDY$/);
    const main = page.getByRole("main");
    const count = main.getByText(/^\d+ résultats? pour «\sBONDY\s»\.$/);
    await count.waitFor();
    expect(await count.getAttribute("role")).toBe("status");
    await main.getByRole("heading", { level: 2, name: /^Communes/ }).waitFor();
    expect(await main.locator("mark").first().textContent()).toMatch(/bondy/i);
    expect(await accessibilityViolations(page)).toEqual([]);
    await main.getByRole("link", { name: "Bondy", exact: true }).click();
    await page.waitForURL(/\/communes\/93010$/);
  });

  it("says when nothing matches and what to try, and explains a refused query", async () => {
    await page.goto(server.url + "/recherche?q=zzzqqqxyz");
    await page.getByText(/^Aucun résultat pour «\szzzqqqxyz\s»\.$/).waitFor();
    await page.getByRole("heading", { level: 2, name: "Quelques pistes" }).waitFor();
    const response = await page.goto(server.url + "/recherche?q=a");
    expect(response?.status()).toBe(200);
    expect(await page.getByRole("alert").textContent()).toBe(
      "Saisissez au moins 2 caractères pour lancer la recherche.",
    );
  });

  it("works without JavaScript", async () => {
    const context = await browser.newContext({ locale: "fr-FR", javaScriptEnabled: false });
    const noScript = await context.newPage();
    await noScript.goto(server.url + "/");
    const box = noScript.getByRole("search", { name: "Rechercher sur le site" });
    await box.getByRole("searchbox").fill("creteil commerce");
    await box.getByRole("button", { name: "Rechercher" }).click();
    await noScript.waitForURL(/\/recherche\?q=/);
    await noScript
      .getByRole("main")
      .getByText(/pour «\screteil commerce\s»/)
      .waitFor();
    await context.close();
  });
});

describe("a project's timeline", () => {
  it("lists the plan's actions and milestones with their status in words", async () => {
    await page.goto(server.url + "/communes/93010");
    await page.getByRole("main").getByRole("link", { name: /Bondy/ }).first().click();
    await page.waitForURL(/\/projets\//);
    const timeline = page.getByRole("region", { name: "Calendrier des actions" });
    await timeline.getByRole("list").waitFor();
    expect(await timeline.getByRole("listitem").count()).toBeGreaterThan(0);
    expect(await timeline.textContent()).toMatch(/État\s:\s(Prévue|En cours|Terminée|Abandonnée|À venir|Atteint)/);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("raises no script error nor security-policy refusal on any page", () => {
    expect(pageErrors()).toEqual([]);
  });
});
