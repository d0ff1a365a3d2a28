import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { watchPageErrors } from "@cvv/tooling/testing/browser";
import { axeRecorder, frenchPage, signIn, startServerAndBrowser } from "./support";

/**
 * Content in a real browser against the built server. An officer writes a publication, is refused
 * an image without a text alternative, adds it with one, submits the text to review and publishes
 * it: the portal shows it with its image and alternative. A partner proposes a change to a chapter
 * of the guide; the officer accepts it and the portal's chapter shows the new text. axe-core
 * checks each page type.
 */
const app = startServerAndBrowser();
let officer: Page;
let partner: Page;
let visitor: Page;
let officerErrors: () => string[];
const axe = axeRecorder();

const title = "Une ressourcerie ouvre rue de Paris (e2e)";
const png = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64",
);
const proposedLine = "Installer des détecteurs de présence dans les réserves (proposition e2e).";

beforeAll(async () => {
  officer = await frenchPage(app.browser);
  partner = await frenchPage(app.browser);
  visitor = await frenchPage(app.browser);
  officerErrors = watchPageErrors(officer);
});

describe("an officer publishes, a partner contributes to the guide", () => {
  it("1. writes a publication with an image whose alternative is required", async () => {
    await signIn(officer, app.server, "officer");
    await officer.getByRole("navigation").getByRole("link", { name: "Publications" }).click();
    await officer.getByRole("heading", { level: 1, name: "Publications" }).waitFor();
    await axe.check(officer, "liste des publications");
    await officer.getByRole("link", { name: "Nouvelle publication" }).click();
    await officer.getByRole("heading", { level: 1, name: "Nouvelle publication" }).waitFor();
    await axe.check(officer, "nouvelle publication");
    await officer.getByLabel("Titre").fill(title);
    await officer.getByLabel("Texte (Markdown)").fill("La **ressourcerie** ouvre ses portes samedi.");
    await officer.getByRole("button", { name: "Nouvelle publication" }).click();
    await officer.getByRole("heading", { level: 1, name: title }).waitFor();

    await officer.getByLabel("Fichier image (PNG, JPEG ou WebP, 5 Mo au plus)").setInputFiles({
      name: "vitrine.png",
      mimeType: "image/png",
      buffer: png,
    });
    await officer.getByRole("button", { name: "Ajouter l'image" }).click();
    await officer.getByRole("alert").filter({ hasText: "Le texte alternatif de l'image est obligatoire" }).waitFor();
    await officer.getByLabel("Texte alternatif (obligatoire)").fill("La vitrine de la ressourcerie");
    await officer.getByRole("button", { name: "Ajouter l'image" }).click();
    await officer.getByRole("status").filter({ hasText: "Image ajoutée." }).waitFor();
    await officer.getByRole("img", { name: "La vitrine de la ressourcerie" }).waitFor();

    // A script in the text is kept as typed, the officer is warned that it will not be shown.
    const body = officer.getByLabel("Texte (Markdown)");
    await body.fill("La **ressourcerie** ouvre ses portes samedi. <script>alert(1)</script>");
    await officer.getByRole("button", { name: "Enregistrer", exact: true }).click();
    const warning = officer.getByRole("alert").filter({ hasText: "balise <script>" });
    await warning.waitFor();
    // The save moves the publication to a new version, which reloads the form: the warning stays.
    await officer.getByRole("status").filter({ hasText: "Publication enregistrée." }).waitFor();
    expect(await warning.isVisible()).toBe(true);
    await officer.getByRole("button", { name: "Afficher l'aperçu" }).click();
    await officer.getByRole("region", { name: "Aperçu" }).getByText("ouvre ses portes samedi.").waitFor();
    expect(
      await officer
        .getByRole("table", { name: /Versions enregistrées/ })
        .getByRole("row")
        .count(),
    ).toBe(3);
    await axe.check(officer, "publication");

    // Restoring the first version, written without the script, drops the warning about it.
    await officer.getByRole("button", { name: "Restaurer la version 1" }).click();
    await officer.getByRole("status").filter({ hasText: "Version restaurée" }).waitFor();
    await warning.waitFor({ state: "detached" });
    expect(await officer.getByLabel("Texte (Markdown)").inputValue()).toBe(
      "La **ressourcerie** ouvre ses portes samedi.",
    );
  });

  it("2. submits it to review and publishes it: the portal shows it with its image", async () => {
    await officer.getByRole("button", { name: "Soumettre à la relecture" }).click();
    await officer.getByText("Statut actuel : En relecture").waitFor();
    await officer.getByRole("button", { name: "Publier", exact: true }).click();
    await officer.getByText("Statut actuel : Publiée").waitFor();

    await visitor.goto(`${app.server.url}/actualites`);
    await visitor.getByRole("link", { name: title }).click();
    await visitor.getByRole("heading", { level: 1, name: title }).waitFor();
    const image = visitor.getByRole("img", { name: "La vitrine de la ressourcerie" });
    await image.waitFor();
    expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);
  });

  it("3. a partner sees only the guide and proposes a change to a chapter", async () => {
    await signIn(partner, app.server, "partner");
    const nav = partner.getByRole("navigation", { name: /principale|Navigation/ });
    await nav.getByRole("link", { name: "Guide" }).click();
    await partner.getByRole("heading", { level: 1, name: "Guide du commerce responsable" }).waitFor();
    expect(await nav.getByRole("link").allTextContents()).toEqual(["Accueil", "Guide"]);
    await axe.check(partner, "guide (partenaire)");
    await partner.getByRole("link", { name: "Sobriété énergétique des boutiques" }).click();
    await partner.getByRole("heading", { level: 1, name: "Sobriété énergétique des boutiques" }).waitFor();
    await axe.check(partner, "chapitre (partenaire)");
    const body = partner.getByLabel("Texte (Markdown)");
    await body.fill(`${await body.inputValue()}\n- ${proposedLine}`);
    await partner.getByRole("button", { name: "Proposer une modification" }).click();
    await partner
      .getByRole("heading", { level: 1, name: "Proposition sur « Sobriété énergétique des boutiques »" })
      .waitFor();
  });

  it("4. the officer accepts it, and the portal's chapter shows the new text", async () => {
    await officer.getByRole("navigation").getByRole("link", { name: "Guide" }).click();
    await officer.getByRole("heading", { level: 1, name: "Guide du commerce responsable" }).waitFor();
    await axe.check(officer, "guide");
    await officer
      .getByRole("table", { name: "Propositions de modification" })
      .getByRole("link", { name: "Sobriété énergétique des boutiques" })
      .click();
    await officer.getByRole("heading", { level: 1, name: /Proposition sur/ }).waitFor();
    await axe.check(officer, "proposition");
    await officer.getByRole("button", { name: "Accepter et appliquer" }).click();
    await officer.getByText("Statut : Acceptée", { exact: false }).waitFor();

    await visitor.goto(`${app.server.url}/guide`);
    await visitor.getByRole("link", { name: "Sobriété énergétique des boutiques" }).click();
    await visitor.getByText(proposedLine).waitFor();
    expect(officerErrors()).toEqual([]);
  });

  it("has no axe-core violation on any page type visited", () => {
    axe.expectNoViolation({ exactly: 7 });
  });
});
