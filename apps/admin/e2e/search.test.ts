import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { accessibilityViolations } from "@cvv/tooling/testing/browser";
import { frenchPage, signIn, startServerAndBrowser } from "./support";

/**
 * The search box of the header, in a real browser against the built server and its demo data:
 * words typed without accents find records written with them, results lead to the records, and
 * a contributor never finds another commune's project.
 */
const app = startServerAndBrowser();
let officer: Page;
let contributor: Page;

async function searchFor(page: Page, words: string) {
  const box = page.getByRole("search").getByLabel("Rechercher");
  await box.fill(words);
  await box.press("Enter");
  await page.getByRole("heading", { level: 1, name: `Recherche : « ${words} »` }).waitFor();
  await page
    .getByRole("status")
    .filter({ hasText: /résultat|Aucun résultat/ })
    .waitFor();
}

beforeAll(async () => {
  officer = await frenchPage(app.browser);
  contributor = await frenchPage(app.browser);
  await signIn(officer, app.server, "officer");
  await signIn(contributor, app.server, "contributor");
});

describe("the search box", () => {
  it("finds a project by words typed without accents or capitals, and leads to it", async () => {
    await searchFor(officer, "metiers d'art saint-ouen");
    const projects = officer.getByRole("region", { name: /^Projet \(\d+\)$/ });
    const link = projects.getByRole("link", { name: "Saint-Ouen : parcours des métiers d'art" });
    await expect.poll(() => link.isVisible()).toBe(true);
    // The matched words of the excerpt are marked (a word's beginning is enough: "art" marks "artisans").
    const marked = await officer.locator("mark").allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every((word) => /^(m[ée]tiers?|d|art|saint|ouen)/i.test(word))).toBe(true);
    await link.click();
    await officer.getByRole("heading", { level: 1, name: "Saint-Ouen : parcours des métiers d'art" }).waitFor();
  });

  it("finds a commune and lists its projects", async () => {
    await searchFor(officer, "gennevilliers");
    const communes = officer.getByRole("region", { name: "Commune (1)" });
    await communes.getByRole("link", { name: "Gennevilliers" }).click();
    await officer.waitForURL(/\/admin\/projets\?commune=92036/);
    await expect
      .poll(() =>
        officer.getByRole("link", { name: "Centre-ville de Gennevilliers : boutiques à l'essai" }).isVisible(),
      )
      .toBe(true);
    await expect
      .poll(() => officer.getByRole("link", { name: "Revitalisation de la rue Sadi-Carnot" }).count())
      .toBe(0);
  });

  it("says so in words when nothing matches, and the results page is accessible", async () => {
    await searchFor(officer, "zyxwvu");
    expect(await officer.getByRole("status").filter({ hasText: "Aucun résultat" }).textContent()).toBe(
      "Aucun résultat pour « zyxwvu ». Essayez un autre mot ou moins de mots.",
    );
    await searchFor(officer, "centre-ville");
    expect(await accessibilityViolations(officer)).toEqual([]);
  });

  it("never shows a contributor another commune's project", async () => {
    await searchFor(contributor, "gennevilliers boutiques");
    await expect
      .poll(() =>
        contributor.getByRole("link", { name: "Centre-ville de Gennevilliers : boutiques à l'essai" }).count(),
      )
      .toBe(0);
    await searchFor(contributor, "bondy");
    await expect
      .poll(() =>
        contributor.getByRole("link", { name: "Cœur de ville de Bondy : commerces et espaces publics" }).isVisible(),
      )
      .toBe(true);
  });
});
