import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { watchPageErrors } from "@cvv/tooling/testing/browser";
import { axeRecorder, frenchPage, signIn, startServerAndBrowser } from "./support";

/**
 * The annual report in a real browser against the built server: an officer creates the 2025
 * report of the demo programme (the active one: a draft programme is never on the portal), writes its introduction, generates it and watches the progress
 * reach the end, downloads the PDF, publishes that version, and the portal shows it (with the
 * introduction and the key figures) and lists it on the programme's page. axe-core checks the
 * list, the report's page and the portal's page.
 */
const app = startServerAndBrowser();
let officer: Page;
let officerErrors: () => string[];
const axe = axeRecorder();
const introduction = "Une année de réouvertures de commerces en centre-ville.";
let portalPath = "";

beforeAll(async () => {
  officer = await frenchPage(app.browser);
  officerErrors = watchPageErrors(officer);
});

describe("an officer produces the annual report", () => {
  it("1. creates the report of a programme and a year", async () => {
    await signIn(officer, app.server, "officer");
    await officer.getByRole("navigation").getByRole("link", { name: "Bilans annuels" }).click();
    await officer.getByRole("heading", { level: 1, name: "Bilans annuels" }).waitFor();
    await axe.check(officer, "liste des bilans");

    const form = officer.getByRole("region", { name: "Nouveau bilan" });
    await form.getByLabel(/^Programme/).selectOption({ label: "Centres-villes vivants" });
    await form.getByLabel(/^Année/).fill("2025");
    await form.getByRole("button", { name: "Créer le bilan" }).click();
    await officer.getByRole("heading", { level: 1, name: /^Bilan annuel 2025 — / }).waitFor();
    await officer.getByText("Aucune version générée").waitFor();
  });

  it("2. writes the introduction", async () => {
    const section = officer.getByRole("form", { name: "Introduction" });
    await section.getByLabel("Texte").fill(introduction);
    await section.getByRole("button", { name: "Enregistrer cette partie" }).click();
    await officer.getByRole("status").filter({ hasText: "Partie « Introduction » enregistrée." }).waitFor();
    await axe.check(officer, "bilan");
  });

  it("3. generates it: the progress reaches the end, the PDF downloads", async () => {
    await officer.getByRole("button", { name: "Générer une nouvelle version" }).click();
    await officer.getByRole("status").filter({ hasText: "Génération terminée" }).waitFor({ timeout: 60_000 });
    const pdfLink = officer.getByRole("link", { name: "PDF de la version 1" });
    const href = await pdfLink.getAttribute("href");
    const pdf = await officer.context().request.get(`${app.server.url}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
    await officer.getByRole("link", { name: "Word de la version 1" }).waitFor();
  });

  it("4. publishes that version, which the portal then shows", async () => {
    await officer.getByRole("button", { name: "Publier la version 1" }).click();
    await officer.getByRole("status").filter({ hasText: "Version 1 publiée sur le portail." }).waitFor();
    await officer.getByText("Publiée sur le portail", { exact: true }).waitFor();
    portalPath = (await officer.getByRole("link", { name: "Voir le bilan sur le portail" }).getAttribute("href")) ?? "";
    expect(portalPath).toMatch(/^\/bilans\/[a-z0-9-]+\/2025$/);

    const visitor = await frenchPage(app.browser);
    const response = await visitor.goto(`${app.server.url}${portalPath}`);
    expect(response?.status()).toBe(200);
    await visitor.getByRole("heading", { level: 1, name: /^Bilan annuel 2025 — / }).waitFor();
    await visitor.getByRole("heading", { level: 2, name: "Chiffres clés" }).waitFor();
    await visitor.getByText(introduction).waitFor();
    await visitor.getByRole("link", { name: /Télécharger le bilan 2025/ }).waitFor();
    await axe.checkNow(visitor, "portail : bilan annuel");

    await visitor.getByRole("link", { name: /^Retour au programme/ }).click();
    await visitor.getByRole("heading", { level: 2, name: "Bilans annuels" }).waitFor();
    await visitor.getByRole("link", { name: /^Bilan annuel 2025 — / }).waitFor();
  });

  it("5. raised no error and no accessibility violation", () => {
    expect(officerErrors()).toEqual([]);
    axe.expectNoViolation({ exactly: 3 });
  });
});
