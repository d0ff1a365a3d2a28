import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { watchPageErrors } from "@cvv/tooling/testing/browser";
import { axeRecorder, confirmationHasFocus, frenchContext, frenchPage, signIn, startServerAndBrowser } from "./support";

/**
 * The indicator library and the programme's figures, in a real browser against the built server
 * with its demo data (an indicator library with approved values since 2019): an officer creates a
 * collected indicator, then a computed one whose formula first reads itself (refused, the French
 * message at the formula field) and then reads existing codes; adds a programme follow-up with a
 * trajectory, edits it and the indicator, adds and removes a project follow-up; reads the
 * programme's figures, then one indicator's series for a commune, whose values the table beside
 * the chart lists. A contributor reads, edits nothing and has no figures. axe-core checks each
 * new page type.
 */
const app = startServerAndBrowser();
let page: Page;
let pageErrors: () => string[];
const axe = axeRecorder();

const collected = { code: "surface_vente", name: "Surface de vente en rez-de-chaussée" };
const computed = { code: "surface_par_cellule", name: "Surface moyenne par cellule commerciale" };
const selfReference = "Formule : un indicateur ne peut pas se calculer à partir de lui-même.";

/** The new-indicator form's common fields; the formula is what differs. */
async function fillIndicator(fields: {
  code: string;
  name: string;
  unit: string;
  kind: string;
  aggregation: string;
  formula?: string;
}) {
  await page.getByLabel(/^Code/).fill(fields.code);
  await page.getByLabel(/^Nom/).fill(fields.name);
  await page.getByLabel(/^Unité/).fill(fields.unit);
  await page.getByLabel(/^Type/).selectOption({ label: fields.kind });
  await page.getByLabel(/^Sens souhaité/).selectOption({ label: "Plus c'est haut, mieux c'est" });
  await page.getByLabel(/^Fréquence de collecte/).selectOption({ label: "Annuelle" });
  await page.getByLabel(/^Agrégation/).selectOption({ label: fields.aggregation });
  await page.getByLabel(/^Formule/).fill(fields.formula ?? "");
}

beforeAll(async () => {
  page = await frenchPage(app.browser);
  pageErrors = watchPageErrors(page);
});

describe("indicators and programme figures, in the browser", () => {
  let computedUrl = "";

  it("1. an officer signs in and opens the indicator library, which filters by kind and text", async () => {
    await signIn(page, app.server, "officer");

    const nav = page.getByRole("navigation", { name: "Navigation principale" });
    await nav.getByRole("link", { name: "Chiffres du programme" }).waitFor();
    await nav.getByRole("link", { name: "Indicateurs" }).click();
    await page.getByRole("heading", { level: 1, name: "Indicateurs" }).waitFor();
    const table = page.getByRole("table", { name: /^Bibliothèque des indicateurs/ });
    await table.getByRole("rowheader", { name: "taux_vacance" }).waitFor();
    await axe.check(page, "bibliothèque des indicateurs");

    await page.getByLabel("Type", { exact: true }).selectOption({ label: "Impact" });
    await page.getByLabel("Code ou nom").fill("vacance");
    await page.waitForURL(/type=impact&q=vacance/);
    await table.getByRole("rowheader", { name: "taux_vacance" }).waitFor();
    const codes = await table.getByRole("rowheader").allTextContents();
    expect(codes).toContain("taux_vacance");
    expect(codes).not.toContain("cellules_commerciales"); // a performance indicator
    const row = table.getByRole("row", { name: /taux_vacance/ });
    expect(await row.getByRole("cell").allTextContents()).toEqual([
      "Taux de vacance commerciale",
      "Impact",
      "%",
      "Annuelle",
      "Moyenne pondérée par la population",
      "Calculé",
      "Oui",
    ]);
    await page.getByText(/^\d+ indicateurs? sur \d+$/).waitFor();
    await page.getByRole("button", { name: "Effacer les filtres" }).click();
    await page.waitForURL(/\/admin\/indicateurs$/);
  });

  it("2. creates a collected indicator", async () => {
    await page.getByRole("link", { name: "Nouvel indicateur" }).click();
    await page.getByRole("heading", { level: 1, name: "Nouvel indicateur" }).waitFor();
    await axe.check(page, "nouvel indicateur");
    await fillIndicator({ ...collected, unit: "m²", kind: "Performance", aggregation: "Somme" });
    await page.getByRole("button", { name: "Créer l'indicateur" }).click();
    await page.getByRole("heading", { level: 1, name: collected.name }).waitFor();
    await page.getByText(`L'indicateur « ${collected.name} » a été créé.`).waitFor();
    const sheet = page.getByRole("region", { name: "Fiche de l'indicateur" });
    await sheet.getByText("Collecté", { exact: true }).waitFor();
  });

  it("3. a computed indicator whose formula reads itself is refused, with the French message at the formula field", async () => {
    await page.goto(`${app.server.url}/admin/indicateurs/nouveau`);
    await page.getByRole("heading", { level: 1, name: "Nouvel indicateur" }).waitFor();
    await fillIndicator({
      ...computed,
      unit: "m²",
      kind: "Impact",
      aggregation: "Médiane",
      formula: `${computed.code} / cellules_commerciales`,
    });
    await page.getByRole("button", { name: "Créer l'indicateur" }).click();

    const formula = page.getByLabel(/^Formule/);
    await page.locator("#nouvel-indicateur-formula-error").getByText(selfReference).waitFor();
    expect(await formula.getAttribute("aria-invalid")).toBe("true");
    expect(await formula.getAttribute("aria-describedby")).toContain("nouvel-indicateur-formula-error");
    expect(await page.locator("#nouvel-indicateur-formula-hint").textContent()).toBe(
      "ex. cellules_vacantes / cellules_commerciales * 100 ; laissez vide pour un indicateur collecté",
    );
    // The error summary takes the focus and links to the field.
    const summary = page.getByRole("alert").filter({ hasText: "Le formulaire n'a pas pu être envoyé" });
    await expect.poll(() => summary.evaluate((node) => node === document.activeElement)).toBe(true);
    await summary.getByRole("link", { name: `Formule : ${selfReference}` }).click();
    await expect.poll(() => formula.evaluate((node) => node === document.activeElement)).toBe(true);
    expect(page.url()).toMatch(/\/admin\/indicateurs\/nouveau$/);
    await axe.check(page, "nouvel indicateur (formule refusée)");
  });

  it("4. with a formula on existing codes, it is saved, and its page links to what it reads", async () => {
    await page.getByLabel(/^Formule/).fill(`${collected.code} / cellules_commerciales`);
    await page.getByRole("button", { name: "Créer l'indicateur" }).click();
    await page.getByRole("heading", { level: 1, name: computed.name }).waitFor();
    computedUrl = page.url();
    const sheet = page.getByRole("region", { name: "Fiche de l'indicateur" });
    await sheet.getByText("Calculé", { exact: true }).waitFor();
    await sheet.getByRole("link", { name: `${collected.name} (${collected.code})` }).waitFor();
    await sheet
      .getByRole("link", { name: "Cellules commerciales en rez-de-chaussée (cellules_commerciales)" })
      .waitFor();
    await axe.check(page, "indicateur");

    // And the collected one now says it is used by the computed one.
    await sheet.getByRole("link", { name: `${collected.name} (${collected.code})` }).click();
    await page.getByRole("heading", { level: 1, name: collected.name }).waitFor();
    await page
      .getByRole("region", { name: "Fiche de l'indicateur" })
      .getByRole("link", { name: `${computed.name} (${computed.code})` })
      .waitFor();
  });

  it("5. adds a programme follow-up with a baseline, a threshold and a trajectory of targets", async () => {
    await page.goto(computedUrl);
    await page.getByRole("heading", { level: 1, name: computed.name }).waitFor();
    await page.getByText("Cet indicateur n'est suivi par aucun programme ni projet.").waitFor();
    const form = page.getByRole("region", { name: "Ajouter un suivi" });
    await form.getByLabel(/^Programme/).selectOption({ label: "Centres-villes vivants" });
    await form.getByLabel(/^Projet/).waitFor();
    await form.getByLabel("Valeur de référence", { exact: true }).fill("42,5");
    await form.getByLabel("Date de la valeur de référence").fill("2019-10-01");
    await form.getByLabel("Seuil d'alerte").fill("30");

    await form.getByRole("button", { name: "Ajouter une ligne" }).click();
    // The new row's period field takes the focus.
    await expect
      .poll(() => form.getByLabel("Période, ligne 1").evaluate((n) => n === document.activeElement))
      .toBe(true);
    await page.keyboard.type("2025");
    await form.getByLabel("Cible, ligne 1").fill("45");
    await form.getByRole("button", { name: "Ajouter une ligne" }).click();
    await form.getByLabel("Période, ligne 2").fill("2026");
    await form.getByLabel("Cible, ligne 2").fill("48,5");
    await form.getByRole("button", { name: "Ajouter une ligne" }).click();
    await form.getByRole("button", { name: "Supprimer la ligne 3" }).click();
    await expect.poll(() => form.getByLabel("Période, ligne 3").count()).toBe(0);
    await axe.check(page, "indicateur (ajout d'un suivi)");

    await form.getByRole("button", { name: "Ajouter le suivi" }).click();
    await confirmationHasFocus(page, "Suivi ajouté : Programme « Centres-villes vivants ».");

    const followUp = page.getByRole("region", { name: "Programme « Centres-villes vivants »" });
    expect(await followUp.getByLabel("Valeur de référence", { exact: true }).inputValue()).toBe("42,5");
    expect(await followUp.getByLabel("Seuil d'alerte").inputValue()).toBe("30");
    expect(await followUp.getByLabel("Période, ligne 1").inputValue()).toBe("2025");
    expect(await followUp.getByLabel("Cible, ligne 2").inputValue()).toBe("48,5");
    await axe.check(page, "indicateur (suivi du programme)");
  });

  it("6. edits the follow-up's trajectory (only the targets are sent) and the indicator's definition", async () => {
    const followUp = page.getByRole("region", { name: "Programme « Centres-villes vivants »" });
    await followUp.getByRole("button", { name: "Ajouter une ligne" }).click();
    await followUp.getByLabel("Période, ligne 3").fill("2027");
    await followUp.getByLabel("Cible, ligne 3").fill("52");
    await followUp.getByLabel("Cible, ligne 1").fill("46");
    const sent = page.waitForRequest((r) => r.url().includes("indicators.updateAssignment"));
    await followUp.getByRole("button", { name: "Enregistrer le suivi" }).click();
    const input = ((await sent).postDataJSON() as Record<string, Record<string, unknown>>)["0"] ?? {};
    expect(Object.keys(input).sort()).toEqual(["id", "targets", "version"]);
    expect(input["targets"]).toEqual([
      { period: "2025", value: 46 },
      { period: "2026", value: 48.5 },
      { period: "2027", value: 52 },
    ]);
    await confirmationHasFocus(page, "Suivi enregistré : Programme « Centres-villes vivants ».");
    expect(await followUp.getByLabel("Cible, ligne 3").inputValue()).toBe("52");

    const edit = page.getByRole("region", { name: "Modifier l'indicateur" });
    await edit.getByLabel(/^Unité/).fill("m² par cellule");
    await edit.getByRole("button", { name: "Enregistrer les modifications" }).click();
    await confirmationHasFocus(page, "Les modifications de l'indicateur sont enregistrées.");
    await page.getByRole("region", { name: "Fiche de l'indicateur" }).getByText("m² par cellule").waitFor();
    await edit.getByLabel(/^Unité/).fill("m²");
    await edit.getByRole("button", { name: "Enregistrer les modifications" }).click();
    await page.getByRole("region", { name: "Fiche de l'indicateur" }).getByText("m²", { exact: true }).waitFor();
  });

  it("7. a project follow-up is added, then removed in two steps", async () => {
    const form = page.getByRole("region", { name: "Ajouter un suivi" });
    await form.getByLabel(/^Programme/).selectOption({ label: "Centres-villes vivants" });
    const project = form.getByLabel(/^Projet/);
    await project.waitFor();
    const bondy = (await project.locator("option").allTextContents()).find((o) => o.includes("Bondy (93)"))!;
    await project.selectOption({ label: bondy });
    await form.getByRole("button", { name: "Ajouter le suivi" }).click();
    await confirmationHasFocus(page, "Suivi ajouté : Projet « ");
    const projectFollowUp = page.getByRole("region", {
      name: /^Projet « .* \(programme « Centres-villes vivants »\)$/,
    });
    await projectFollowUp.getByRole("button", { name: "Retirer ce suivi" }).click();
    const confirm = projectFollowUp.getByRole("button", { name: "Confirmer le retrait" });
    await expect.poll(() => confirm.evaluate((node) => node === document.activeElement)).toBe(true);
    await confirm.click();
    await confirmationHasFocus(page, "Suivi retiré : Projet « ");
    await projectFollowUp.waitFor({ state: "detached" });
    await page.getByRole("region", { name: "Programme « Centres-villes vivants »" }).waitFor();
  });

  it("8. the programme's figures show a card per indicator, with target, alert and breakdowns", async () => {
    await page.getByRole("navigation").getByRole("link", { name: "Chiffres du programme" }).click();
    await page.getByRole("heading", { level: 1, name: "Chiffres du programme" }).waitFor();
    await page.getByRole("heading", { level: 2, name: /^Indicateurs du programme en \d{4}$/ }).waitFor();
    // The first programme under way is shown, and the year the API chose is the one selected.
    expect(await page.getByLabel("Programme", { exact: true }).locator("option:checked").textContent()).toContain(
      "Centres-villes vivants",
    );
    const year = (await page
      .getByRole("heading", { level: 2, name: /^Indicateurs du programme en/ })
      .textContent())!.slice(-4);
    expect(await page.getByLabel("Année", { exact: true }).inputValue()).toBe(year);
    // The events' indicators are counted for the current year, so the latest year may hold only
    // them: the demo's collected figures are published up to 2024.
    await page.getByLabel("Année", { exact: true }).selectOption("2024");
    await page.getByRole("button", { name: "Afficher" }).click();
    await page.getByRole("heading", { level: 2, name: "Indicateurs du programme en 2024" }).waitFor();

    const card = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: "Taux de vacance commerciale" }) });
    await card.getByText(/^Chiffre du programme/).waitFor();
    expect(await card.locator(".figure-card__value").textContent()).toMatch(/^\d+(,\d+)?\u00a0%$/);
    await card.getByText(/^Cible$/).waitFor();
    await card.getByText("Détail par EPT, par département et par édition").click();
    await card.getByRole("table", { name: /par établissement public territorial \(EPT\)/ }).waitFor();
    await card.getByRole("table", { name: /par département/ }).waitFor();
    // Alerts, where there are any, are said in words.
    for (const badge of await page.locator(".badge--alert").all()) {
      expect(await badge.textContent()).toContain("Seuil d'alerte dépassé");
    }

    // The new follow-up shows too, with no value for its components yet.
    const own = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: computed.name }) });
    await own.waitFor();
    await axe.check(page, "chiffres du programme");
  });

  it("9. the series of an indicator, with a commune: the table beside the chart lists the commune's values", async () => {
    await page.getByRole("link", { name: "Voir l'évolution de « Taux de vacance commerciale »" }).click();
    await page.getByRole("heading", { level: 1, name: "Taux de vacance commerciale" }).waitFor();
    await page.getByRole("table", { name: /^Taux de vacance commerciale \(%\) par période/ }).waitFor();
    await axe.check(page, "série d'un indicateur");

    await page.getByLabel("Commune", { exact: true }).selectOption({ label: "Bondy (93)" });
    await page.getByRole("button", { name: "Afficher" }).click();
    await page.waitForURL(/\?commune=93010$/);
    const table = page.getByRole("table", { name: /programme, cible et Bondy$/ });
    await table.waitFor();
    const headers = await table.getByRole("columnheader").allTextContents();
    expect(headers.slice(0, 4)).toEqual(["Période", "Programme", "Cible", "Bondy"]);
    const bondy = headers.indexOf("Bondy");
    const row2019 = table.getByRole("row", { name: /^2019/ });
    const cells = await row2019.getByRole("cell").allTextContents();
    expect(cells[bondy - 1]).toMatch(/^\d+(,\d+)?\u00a0%$/);
    // Every year of the demo's approved values has Bondy's figure.
    for (const period of ["2019", "2020", "2021", "2022", "2023", "2024"]) {
      const values = await table
        .getByRole("row", { name: new RegExp(`^${period}`) })
        .getByRole("cell")
        .allTextContents();
      expect(values[bondy - 1], period).toMatch(/%$/);
    }
    // The chart, loaded on demand, is an image named by a summary of what it draws.
    const chart = page.getByRole("img", { name: /^Graphique en courbes : Taux de vacance commerciale/ });
    await chart.waitFor();
    expect(await chart.getAttribute("aria-label")).toContain("Bondy :");
    await page.getByRole("heading", { level: 2, name: "Communes de comparaison" }).waitFor();
    await axe.check(page, "série d'un indicateur pour une commune");
  });

  it("10. a commune contributor reads the library and the follow-ups, but neither edits them nor sees the figures", async () => {
    // A context of its own (axe-core needs one): the officer's session is not shared.
    const contributorContext = await frenchContext(app.browser);
    const contributor = await contributorContext.newPage();
    const contributorErrors = watchPageErrors(contributor);
    await signIn(contributor, app.server, "contributor");
    const nav = contributor.getByRole("navigation", { name: "Navigation principale" });
    await nav.getByRole("link", { name: "Indicateurs" }).click();
    await contributor.getByRole("heading", { level: 1, name: "Indicateurs" }).waitFor();
    expect(await nav.getByRole("link", { name: "Chiffres du programme" }).count()).toBe(0);
    expect(await contributor.getByRole("link", { name: "Nouvel indicateur" }).count()).toBe(0);

    await contributor.getByRole("link", { name: computed.name }).click();
    await contributor.getByRole("heading", { level: 1, name: computed.name }).waitFor();
    const followUp = contributor.getByRole("region", { name: "Programme « Centres-villes vivants »" });
    const targets = followUp.getByRole("table", { name: "Cibles par période : Programme « Centres-villes vivants »" });
    expect(await targets.getByRole("row").allTextContents()).toEqual([
      "PériodeCible",
      "202546\u00a0m²",
      "202648,5\u00a0m²",
      "202752\u00a0m²",
    ]);
    expect(await contributor.getByRole("textbox").count()).toBe(0);
    await axe.check(contributor, "indicateur (contributeur)");

    await contributor.goto(`${app.server.url}/admin/chiffres`);
    await contributor.getByRole("heading", { level: 1, name: "Accès refusé" }).waitFor();
    expect(contributorErrors()).toEqual([]);
    await contributorContext.close();
  });

  it("raised no script error nor security-policy refusal on the way", () => {
    expect(pageErrors()).toEqual([]);
  });

  it("has no axe-core violation on any page type visited", () => {
    axe.expectNoViolation({ atLeast: 10 });
  });
});
