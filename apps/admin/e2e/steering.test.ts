import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { accessibilityViolations } from "@cvv/tooling/testing/browser";
import { frenchPage, signIn, startServerAndBrowser } from "./support";

/**
 * The steering dashboard in a real browser against the built server and its demo data: it opens
 * from the navigation, its filters go into the address and narrow every view, and its export
 * links download what the screen shows.
 */
const app = startServerAndBrowser();
let page: Page;

beforeAll(async () => {
  page = await frenchPage(app.browser, { acceptDownloads: true });
  await signIn(page, app.server, "officer");
});

async function columnHeaders(caption: string): Promise<string[]> {
  const table = page.locator("table", { has: page.locator("caption", { hasText: caption }) });
  return table.locator("thead th").allTextContents();
}

describe("the steering dashboard", () => {
  it("opens from the navigation with every view", async () => {
    await page
      .getByRole("navigation", { name: "Navigation principale" })
      .getByRole("link", { name: "Pilotage" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Tableau de bord de pilotage" }).waitFor();
    for (const name of [
      "Projets par statut",
      "En retard",
      "Les 6 prochaines semaines",
      "Budget engagé et versé",
      "Missions en cours",
    ]) {
      await page.getByRole("heading", { level: 2, name }).waitFor();
    }
    const byTerritory = await columnHeaders("Projets par statut et par territoire (EPT)");
    expect(byTerritory.length).toBeGreaterThan(3);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("narrows every view to one EPT through the address, and the horizon to the weeks asked", async () => {
    await page.getByLabel("Territoire (EPT)", { exact: true }).selectOption({ label: "Est Ensemble" });
    await page.getByLabel("Horizon (semaines)", { exact: true }).fill("3");
    await page.getByRole("button", { name: "Appliquer les filtres" }).click();
    await page.waitForURL(/ept=200057875/);
    expect(page.url()).toContain("semaines=3");
    await page.getByRole("heading", { level: 2, name: "Les 3 prochaines semaines" }).waitFor();
    await expect
      .poll(() => columnHeaders("Projets par statut et par territoire (EPT)"))
      .toEqual(["Statut", "Est Ensemble", "Total"]);
  });

  it("downloads every view as a workbook and one view as CSV, under the same filters", async () => {
    const [workbook] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Exporter toutes les vues (XLSX)" }).click(),
    ]);
    expect(workbook.suggestedFilename()).toMatch(/^tableau-de-bord-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(workbook.url()).toContain("ept=200057875");

    const csvLink = page.getByRole("link", { name: "Exporter « Projets par statut » en CSV pour Excel" });
    const href = await csvLink.getAttribute("href");
    expect(href).toContain("ept=200057875");
    const response = await page.request.get(`${app.server.url}${href}`);
    expect(response.status()).toBe(200);
    const body = await response.body();
    // The BOM, then the header of the view as French Excel reads it.
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = body.subarray(3).toString("utf-8").split("\r\n");
    expect(lines[0]).toMatch(/^Statut;(Édition : .+;)*Total$/);
    // The second table of the view, by EPT: only the one chosen.
    expect(lines).toContain("Statut;EPT : Est Ensemble;Total");
  });

  it("is refused to a contributor", async () => {
    const contributor = await frenchPage(app.browser);
    await signIn(contributor, app.server, "contributor");
    expect(await contributor.getByRole("link", { name: "Pilotage" }).count()).toBe(0);
    const response = await contributor.request.get(`${app.server.url}/api/steering/tableau-de-bord.xlsx`);
    expect(response.status()).toBe(403);
  });
});
