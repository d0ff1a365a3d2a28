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

async function firstProjectSlug(): Promise<{ slug: string; commune: string }> {
  const res = await fetch(`${server.url}/api/public/projects`);
  const body = (await res.json()) as { result: { data: { slug: string; communeInseeCode: string }[] } };
  const first = body.result.data[0]!;
  return { slug: first.slug, commune: first.communeInseeCode };
}

describe("the public portal", () => {
  it("leads a visitor from the home page to a project's approved progress", async () => {
    await page.goto(server.url + "/");
    expect(await page.locator("html").getAttribute("lang")).toBe("fr");
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(await page.title()).toContain("Centres-villes vivants");
    await page.getByText("Données de démonstration").first().waitFor();

    // Every demo project has an approved "Lancement du projet" update.
    await page
      .getByRole("region", { name: "Les projets, commune par commune" })
      .getByRole("link", { name: /Bondy/ })
      .first()
      .click();
    await page.getByRole("heading", { level: 1 }).waitFor();
    const main = page.getByRole("main");
    await main.getByText("Lancement du projet").first().waitFor();
    expect(await main.textContent()).not.toContain("Brouillon : bilan annuel");
  });

  it("shows a commune's approved figures only, with the public trace of a correction", async () => {
    await page.goto(server.url + "/communes/93006");
    const figures = page.getByRole("region", { name: "Chiffres clés" });
    const vacant = figures.getByRole("table", { name: "Cellules commerciales vacantes à Bagnolet, par période" });
    // The demo's 2023 survey was published as 17 and corrected to 16 on 12 June 2024.
    const row2023 = vacant.getByRole("row", { name: /^2023/ });
    expect(await row2023.textContent()).toContain("16");
    expect(await row2023.textContent()).toMatch(/Publiée le .* 2024, corrigée le 12 juin 2024/);

    // Bondy's 2025 vacancy figure was returned for correction: it is not public.
    await page.goto(server.url + "/communes/93010");
    const bondy = page
      .getByRole("region", { name: "Chiffres clés" })
      .getByRole("table", { name: "Cellules commerciales vacantes à Bondy, par période" });
    await bondy.getByRole("row", { name: /^2024/ }).waitFor();
    expect(await bondy.getByRole("row", { name: /^2025/ }).count()).toBe(0);
  });

  it("has no axe-core violation on any page type", async () => {
    const { slug, commune } = await firstProjectSlug();
    const pages = [
      "/",
      "/programmes/centres-villes-vivants",
      `/projets/${slug}`,
      `/communes/${commune}`,
      "/accessibilite",
      "/mentions-legales",
      "/donnees-personnelles",
      "/donnees",
      "/donnees/api",
      "/actualites",
      "/actualites/retour-sur-les-assises-metropolitaines-du-centre-ville",
      "/evenements",
      "/evenements/visite-de-site-les-boutiques-a-l-essai-de-gennevilliers",
      "/page-qui-n-existe-pas",
      "/projets/projet-inconnu",
    ];
    const report: Record<string, string[]> = {};
    for (const path of pages) {
      await page.goto(server.url + path);
      await page.getByRole("heading", { level: 1 }).waitFor();
      await page.waitForFunction(() => !document.body.innerText.includes("Chargement"));
      report[path] = await accessibilityViolations(page);
    }
    expect(report).toEqual(Object.fromEntries(pages.map((p) => [p, []])));
  });

  it("links the accessibility statement, legal notices and personal data page from every footer", async () => {
    for (const path of ["/", "/accessibilite", "/page-qui-n-existe-pas"]) {
      await page.goto(server.url + path);
      const footer = page.getByRole("contentinfo");
      await footer.getByRole("link", { name: /Accessibilité/ }).waitFor();
      await footer.getByRole("link", { name: /Mentions légales/ }).waitFor();
      await footer.getByRole("link", { name: /Données personnelles/ }).waitFor();
    }
  });

  it("can be walked with the keyboard: skip link first, then into the content", async () => {
    await page.goto(server.url + "/");
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.keyboard.press("Tab");
    const first = await page.evaluate(() => document.activeElement?.textContent?.trim());
    expect(first).toBe("Aller au contenu");
    await page.keyboard.press("Enter");
    const inMain = await page.evaluate(() =>
      Boolean(document.activeElement?.closest("main") || document.activeElement?.id === "contenu"),
    );
    expect(inMain).toBe(true);

    // Tab to a project link and follow it with Enter alone.
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press("Tab");
      const href = await page.evaluate(
        () => (document.activeElement as HTMLAnchorElement | null)?.getAttribute?.("href") ?? "",
      );
      if (href.startsWith("/projets/")) break;
    }
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/projets\//);
    // After a client-side navigation, focus lands on the new page's title, as a page load would.
    await page.waitForFunction(() => document.activeElement?.tagName === "H1", null, { timeout: 5000 });
  });

  it("can be walked with the keyboard alone through the main pages, with a visible focus", async () => {
    await page.goto(server.url + "/");
    await page.getByRole("heading", { level: 1 }).waitFor();
    for (const name of ["Programmes", "Actualités", "Événements", "Indicateurs", "Carte", "Données ouvertes"]) {
      let reached = false;
      for (let i = 0; i < 80 && !reached; i++) {
        await page.keyboard.press("Tab");
        reached = await page.evaluate(
          (label) => document.activeElement?.tagName === "A" && document.activeElement.textContent?.trim() === label,
          name,
        );
      }
      expect(reached, `lien « ${name} » atteint au clavier`).toBe(true);
      // The focus must show: an outline (or a ring drawn with box-shadow) on the focused link.
      const visible = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement!);
        return (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== "none";
      });
      expect(visible, `focus visible sur « ${name} »`).toBe(true);
      const before = page.url();
      await page.keyboard.press("Enter");
      await page.waitForURL((url) => url.href !== before);
      await page.waitForFunction(() => document.activeElement?.tagName === "H1", null, { timeout: 5000 });
    }
  });

  it("gives every page type its own title and description in the first HTML response", async () => {
    const { slug, commune } = await firstProjectSlug();
    const paths = [
      "/",
      "/programmes",
      "/programmes/centres-villes-vivants",
      `/projets/${slug}`,
      `/communes/${commune}`,
      "/carte",
      "/indicateurs",
      "/actualites",
      "/evenements",
      "/donnees",
      "/donnees/api",
      "/recherche?q=commerce",
      "/accessibilite",
    ];
    const seen = new Map<string, string>();
    for (const path of paths) {
      const res = await fetch(server.url + path);
      expect(res.status, path).toBe(200);
      const html = await res.text();
      const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? "";
      const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? "";
      expect(title, path).toMatch(/– Centres-villes vivants$/);
      expect(description.length, path).toBeGreaterThan(20);
      expect(html, path).toMatch(/<h1[^>]*>/);
      for (const [key, value] of [
        [`titre ${title}`, path],
        [`description ${description}`, path],
      ] as const) {
        expect(seen.get(key), `${path} partage ${key} avec ${seen.get(key)}`).toBeUndefined();
        seen.set(key, value);
      }
    }
  });

  it("leads from the open-data page to the API's documentation, loaded only when asked for", async () => {
    await page.goto(server.url + "/donnees");
    await page.getByRole("heading", { level: 1, name: "Données ouvertes" }).waitFor();
    const documentationChunk = page.waitForResponse((r) => /\/assets\/public-api-[^/]*\.js$/.test(r.url()));
    await page.getByRole("link", { name: "documentation complète de l'API" }).click();
    await page.getByRole("heading", { level: 1, name: "Documentation de l'API de données ouvertes" }).waitFor();
    expect((await documentationChunk).ok()).toBe(true);
    await page.getByRole("heading", { level: 4, name: "Champs de subventions" }).waitFor();
    await page.getByRole("cell", { name: "pourcentageSubvention", exact: true }).waitFor();
    expect(await page.title()).toBe("Documentation de l'API de données ouvertes – Centres-villes vivants");
  });

  it("answers unknown pages with a real 404 status and a French page", async () => {
    const response = await page.goto(server.url + "/nulle-part");
    expect(response?.status()).toBe(404);
    await page.getByRole("heading", { level: 1, name: /introuvable/i }).waitFor();
  });

  it("raises no script error nor security-policy refusal on any page", () => {
    expect(pageErrors()).toEqual([]);
  });

  it("reads without JavaScript: from the home page to a project's approved progress", async () => {
    const context = await browser.newContext({ locale: "fr-FR", javaScriptEnabled: false });
    const noScript = await context.newPage();
    await noScript.goto(server.url + "/");
    await noScript
      .getByRole("region", { name: "Les projets, commune par commune" })
      .getByRole("link", { name: /Bondy/ })
      .first()
      .click();
    await noScript.waitForURL(/\/(projets|communes)\//);
    expect(await noScript.getByRole("heading", { level: 1 }).textContent()).toMatch(/Bondy/);
    if (noScript.url().includes("/communes/")) {
      await noScript.getByRole("main").getByRole("link").filter({ hasText: /Bondy/ }).first().click();
      await noScript.waitForURL(/\/projets\//);
    }
    expect(await noScript.getByRole("main").textContent()).toContain("Lancement du projet");
    expect(await noScript.title()).toMatch(/– Centres-villes vivants$/);
    await context.close();
  });

  it("sets no cookie", async () => {
    await page.context().clearCookies();
    await page.goto(server.url + "/");
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.waitForLoadState("networkidle");
    expect(await page.context().cookies()).toEqual([]);
  });
});
