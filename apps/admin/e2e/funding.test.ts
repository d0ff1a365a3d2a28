import { beforeAll, describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { watchPageErrors } from "@cvv/tooling/testing/browser";
import { axeRecorder, confirmationHasFocus, frenchPage, signIn, startServerAndBrowser } from "./support";

/**
 * A project's budget in a real browser against the built server. An officer opens the funding
 * page of a demo project that has none, adds a line to its funding plan and edits it (after a
 * colleague's save brought the conflict notice), adds a grant (a wrong SIRET first, refused in
 * French at its field), records a payment and sees paid and remaining change in the grant and
 * the summary; a payment above what remains is refused with both figures. The officer downloads the programme's grants in the SCDL schema. Bondy's referent
 * sees the demo funding of Bondy's project, read-only. axe-core checks each state.
 */
const app = startServerAndBrowser();
let officer: Page;
let contributor: Page;
let officerErrors: () => string[];
let contributorErrors: () => string[] = () => [];
const axe = axeRecorder();

const projectTitle = "Stains : redynamisation du centre-ville";
const purpose = "Acquisition de deux locaux vacants pour des artisans";
const grantHeading = `Métropole du Grand Paris : ${purpose}`;

/** From the projects list to a project's funding page, through the links people follow. */
async function openFunding(page: Page, title: string) {
  await page.getByRole("navigation").getByRole("link", { name: "Projets" }).click();
  await page.getByRole("heading", { level: 1, name: "Projets" }).waitFor();
  await page.getByRole("link", { name: title }).click();
  await page.getByRole("heading", { level: 1, name: title }).waitFor();
  await page.getByRole("link", { name: "Budget et financements" }).click();
  await page.waitForURL(/\/admin\/projets\/[0-9a-f-]{36}\/financement$/);
  await page.getByRole("heading", { level: 1, name: `Budget et financements : ${title}` }).waitFor();
}

/** A row's cells, spaces normalised (amounts use no-break spaces). */
async function cells(row: Locator): Promise<string[]> {
  return (await row.getByRole("cell").allTextContents()).map((text) => text.replace(/\s+/g, " ").trim());
}

function grant(page: Page): Locator {
  return page.getByRole("region", { name: grantHeading });
}

/** The value of a fact of the grant (a term of its description list). */
async function fact(page: Page, term: string): Promise<string> {
  const text = await grant(page).locator("dt", { hasText: term }).locator("xpath=following-sibling::dd").textContent();
  return (text ?? "").replace(/\s+/g, " ").trim();
}

beforeAll(async () => {
  officer = await frenchPage(app.browser);
  officerErrors = watchPageErrors(officer);
});

describe("an officer records a project's funding", () => {
  it("1. opens the funding page of a project that has none", async () => {
    await signIn(officer, app.server, "officer");
    await openFunding(officer, projectTitle);
    await officer.getByText("Aucun financement n'est encore enregistré pour ce projet.").waitFor();
    await officer.getByText("Le plan de financement ne compte encore aucune ligne.").waitFor();
    expect(await officer.getByRole("link", { name: `Retour au projet « ${projectTitle} »` }).count()).toBe(1);
    await axe.check(officer, "financement (vide)");
  });

  it("2. adds a line to the funding plan", async () => {
    const form = officer.getByRole("region", { name: "Ajouter une ligne de financement" });
    await form.getByLabel("Type de financeur").selectOption({ label: "Métropole du Grand Paris" });
    await form.getByLabel(/^Financeur/).fill("Métropole du Grand Paris");
    await form.getByLabel("Montant (€)").fill("500 000");
    await form.getByLabel("Statut").selectOption({ label: "Acquis" });
    await form.getByRole("button", { name: "Ajouter la ligne" }).click();
    await confirmationHasFocus(officer, "La ligne « Métropole du Grand Paris » est ajoutée au plan de financement.");

    const lines = officer.getByRole("table", { name: "Lignes du plan de financement" });
    expect(await cells(lines.getByRole("row", { name: /Métropole du Grand Paris/ }))).toEqual([
      "Métropole du Grand Paris",
      "500 000,00 €",
      "Acquis",
      "—",
      "Modifier",
    ]);
  });

  it("3. edits the line, after a colleague's save brought the conflict notice", async () => {
    await officer.getByRole("button", { name: "Modifier la ligne : Métropole du Grand Paris" }).click();
    const edit = officer.getByRole("region", { name: "Modifier la ligne « Métropole du Grand Paris »" });
    await expect
      .poll(() => edit.getByRole("heading").evaluate((element) => element === document.activeElement))
      .toBe(true);

    // A colleague saves the same line first, from another tab.
    const colleague = await officer.context().newPage();
    await colleague.goto(officer.url());
    await colleague.getByRole("button", { name: "Modifier la ligne : Métropole du Grand Paris" }).click();
    const theirs = colleague.getByRole("region", { name: "Modifier la ligne « Métropole du Grand Paris »" });
    await theirs.getByLabel(/^Note/).fill("Délibération du conseil métropolitain du 14 mars 2025.");
    await theirs.getByRole("button", { name: "Enregistrer les modifications" }).click();
    await confirmationHasFocus(colleague, "La ligne « Métropole du Grand Paris » est enregistrée.");
    await colleague.close();

    await edit.getByLabel("Statut").selectOption({ label: "Sollicité" });
    await edit.getByRole("button", { name: "Enregistrer les modifications" }).click();
    const conflict = edit.getByRole("alert").filter({ hasText: "Quelqu'un d'autre a enregistré avant vous" });
    await conflict.getByText("Rechargez la page", { exact: false }).waitFor();
    await axe.check(officer, "financement (conflit)");
    await conflict.getByRole("button", { name: "Recharger la version actuelle" }).click();
    await confirmationHasFocus(officer, "La version actuelle est chargée");
    expect(await edit.getByLabel(/^Note/).inputValue()).toBe("Délibération du conseil métropolitain du 14 mars 2025.");

    await edit.getByLabel("Statut").selectOption({ label: "Sollicité" });
    await edit.getByRole("button", { name: "Enregistrer les modifications" }).click();
    await confirmationHasFocus(officer, "La ligne « Métropole du Grand Paris » est enregistrée.");
    const lines = officer.getByRole("table", { name: "Lignes du plan de financement" });
    expect(await cells(lines.getByRole("row", { name: /Métropole du Grand Paris/ }))).toEqual([
      "Métropole du Grand Paris",
      "500 000,00 €",
      "Sollicité",
      "Délibération du conseil métropolitain du 14 mars 2025.",
      "Modifier",
    ]);
  });

  it("4. adds a grant: a wrong SIRET is refused in French at its field, then the grant is recorded", async () => {
    const form = officer.getByRole("region", { name: "Ajouter une subvention" });
    await form
      .getByLabel("Ligne du plan de financement")
      .selectOption({ label: "Métropole du Grand Paris (Métropole du Grand Paris)" });
    await form.getByLabel(/^Attribuant/).fill("Métropole du Grand Paris");
    await form.getByLabel("SIRET de l'attribuant").fill("200 054 781 00022");
    await form.getByLabel(/^Bénéficiaire/).fill("Commune de Stains");
    await form.getByLabel("SIRET du bénéficiaire").fill("219 300 720 00015");
    await form.getByLabel("Objet").fill(purpose);
    await form.getByLabel("Référence de la décision").fill("CM2025/03/14-022");
    await form.getByLabel("Date de la convention").fill("2025-03-14");
    await form.getByLabel("Montant (€)").fill("500 000");
    await form.getByLabel(/^Conditions de versement/).selectOption({ label: "Versement échelonné" });
    await form.getByRole("button", { name: "Ajouter la subvention" }).click();

    const summary = form.getByRole("alert");
    await summary.getByText("Le formulaire n'a pas pu être envoyé").waitFor();
    const link = summary.getByRole("link", {
      name: /SIRET du bénéficiaire : Le SIRET « 21930072000015 » n'est pas valide : sa clé de contrôle est fausse/,
    });
    await link.waitFor();
    const siret = form.getByLabel("SIRET du bénéficiaire");
    expect(await siret.getAttribute("aria-invalid")).toBe("true");
    await axe.check(officer, "financement (subvention refusée)");
    await link.click();
    await expect.poll(() => siret.evaluate((element) => element === document.activeElement)).toBe(true);

    await siret.fill("219 300 720 00014");
    await form.getByRole("button", { name: "Ajouter la subvention" }).click();
    await confirmationHasFocus(officer, `La subvention « ${purpose} » est enregistrée.`);
    await grant(officer).waitFor();
    expect(await fact(officer, "Montant")).toBe("500 000,00 €");
    expect(await fact(officer, "Versé")).toBe("0,00 €");
    expect(await fact(officer, "Reste à verser")).toBe("500 000,00 €");
  });

  it("5. records a payment and sees paid and remaining change, in the grant and the summary", async () => {
    const card = grant(officer);
    await card.getByLabel("Date du versement").fill("2025-06-02");
    await card.getByLabel("Montant du versement (€)").fill("200 000");
    await card.getByLabel("Référence", { exact: true }).fill("Mandat 2025-06021");
    await card.getByRole("button", { name: "Enregistrer le versement" }).click();
    await confirmationHasFocus(officer, "Le versement de");
    await officer
      .getByRole("status")
      .getByText(/^Le versement de 200\s000,00\s€ est enregistré\. Reste à verser : 300\s000,00\s€\.$/)
      .waitFor();

    await expect.poll(() => fact(officer, "Versé")).toBe("200 000,00 €");
    expect(await fact(officer, "Reste à verser")).toBe("300 000,00 €");
    const payments = officer.getByRole("table", { name: `Versements : ${purpose}` });
    expect(await cells(payments.getByRole("row", { name: /2 juin 2025/ }))).toEqual([
      "200 000,00 €",
      "Mandat 2025-06021",
      "Camille Durand (démo)",
    ]);
    const summary = officer.getByRole("table", { name: /^Financements par financeur/ });
    expect(await cells(summary.getByRole("row", { name: /^Métropole du Grand Paris/ }))).toEqual([
      "500 000,00 €",
      "500 000,00 €",
      "200 000,00 €",
      "300 000,00 €",
    ]);
    await axe.check(officer, "financement (versement enregistré)");
  });

  it("6. refuses a payment above what remains, with both figures in French", async () => {
    const card = grant(officer);
    await card.getByLabel("Date du versement").fill("2025-09-01");
    const amount = card.getByLabel("Montant du versement (€)");
    await amount.fill("400 000");
    await card.getByRole("button", { name: "Enregistrer le versement" }).click();
    await card
      .getByRole("alert")
      .getByRole("link", {
        name: /Le versement de 400\s000,00\s€ dépasse le reste à verser de la subvention : 300\s000,00\s€/,
      })
      .waitFor();
    expect(await amount.getAttribute("aria-invalid")).toBe("true");
    expect(await fact(officer, "Versé")).toBe("200 000,00 €");
    await axe.check(officer, "financement (versement refusé)");
  });

  it("7. sees the history and downloads the programme's grants in the SCDL schema", async () => {
    const history = officer.getByRole("table", { name: /^Modifications du budget et des financements/ });
    await history.getByRole("cell", { name: `Versement sur « ${purpose} »` }).waitFor();
    expect(await history.getByText("Montant : 200 000,00 €").count()).toBe(1);

    const link = officer.getByRole("link", { name: /\(SCDL, CSV\)$/ });
    const href = (await link.getAttribute("href")) ?? "";
    expect(href).toMatch(/^\/api\/grants\.scdl\.csv\?programmeId=[0-9a-f-]{36}$/);
    const download = await officer.request.get(`${app.server.url}${href}`);
    expect(download.status()).toBe(200);
    const [header, ...rows] = (await download.text()).split("\r\n");
    expect(header).toBe(
      "nomAttribuant,idAttribuant,dateConvention,referenceDecision,nomBeneficiaire,idBeneficiaire,objet,montant,nature,conditionsVersement,datesPeriodeVersement,idRAE,notificationUE,pourcentageSubvention",
    );
    expect(rows).toContain(
      `Métropole du Grand Paris,20005478100022,2025-03-14,CM2025/03/14-022,Commune de Stains,21930072000014,${purpose},500000.00,aide en numéraire,échelonné,2025-06-02,,non,1`,
    );
  });
});

describe("a commune's contributor sees its project's funding", () => {
  it("reads the demo funding of Bondy's project, with no form to change it", async () => {
    contributor = await frenchPage(app.browser);
    contributorErrors = watchPageErrors(contributor);
    await signIn(contributor, app.server, "contributor");
    await openFunding(contributor, "Cœur de ville de Bondy : commerces et espaces publics");
    await contributor
      .getByText("Consultation seule : le plan de financement et les subventions sont tenus à jour", { exact: false })
      .waitFor();
    const summary = contributor.getByRole("table", { name: /^Financements par financeur/ });
    expect(await cells(summary.getByRole("row", { name: /^Total/ }))).toEqual([
      "1 100 000,00 €",
      "650 000,00 €",
      "515 000,00 €",
      "135 000,00 €",
    ]);
    await contributor.getByRole("table", { name: /^Échéancier : Requalification des abords du marché/ }).waitFor();
    await contributor
      .getByRole("table", {
        name: "Modifications du budget et des financements, de la plus récente à la plus ancienne",
      })
      .waitFor();

    const main = contributor.getByRole("main");
    expect(await main.getByRole("button", { name: /Modifier|Enregistrer|Ajouter|Supprimer/ }).count()).toBe(0);
    expect(await main.locator("form").count()).toBe(0);
    expect(await contributor.getByRole("link", { name: /SCDL/ }).count()).toBe(0);
    await axe.check(contributor, "financement (contributeur)");
  });
});

describe("on the way", () => {
  it("raised no script error nor security-policy refusal", () => {
    expect([...officerErrors(), ...contributorErrors()]).toEqual([]);
  });

  it("has no axe-core violation on any state visited", () => {
    axe.expectNoViolation({ exactly: 6 });
  });
});
