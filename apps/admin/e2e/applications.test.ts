import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { watchPageErrors } from "@cvv/tooling/testing/browser";
import { axeRecorder, confirmationHasFocus, frenchPage, signIn, startServerAndBrowser } from "./support";

/**
 * A call for applications in a real browser against the built server and its demo data. Bondy's
 * referent applies to the open edition: sent without a title, the form says so in French at the
 * field; completed with themes and a perimeter, it is submitted. An officer finds it eligible,
 * records the committee's decision to select it, then the signed contract, and follows the link
 * to the project it opened, which shows the application's themes and perimeter. axe-core checks
 * the list, the form and the application's page, for both roles.
 */
const app = startServerAndBrowser();
let contributor: Page;
let officer: Page;
let contributorErrors: () => string[];
let officerErrors: () => string[];
const axe = axeRecorder();

const title = "Bondy, cœur de ville réparé";
const perimeter = "Rue Jean-Jaurès, place du marché et avenue Gallieni";
let applicationUrl = "";

/** A day already past wherever the browser and the server stand: a signature may not be in the future. */
const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  contributor = await frenchPage(app.browser);
  officer = await frenchPage(app.browser);
  contributorErrors = watchPageErrors(contributor);
  officerErrors = watchPageErrors(officer);
});

describe("a commune applies, and its selection opens a project", () => {
  it("1. Bondy's referent opens the form; without a title, the French error sits at the field", async () => {
    await signIn(contributor, app.server, "contributor");
    await contributor.getByRole("navigation").getByRole("link", { name: "Candidatures" }).click();
    await contributor.getByRole("heading", { level: 1, name: "Candidatures" }).waitFor();
    // The demo's 2019 application of Bondy, selected, is there; none other commune's.
    await contributor.getByRole("link", { name: "Cœur de ville de Bondy : commerces et espaces publics" }).waitFor();
    expect(await contributor.getByRole("cell", { name: "Bobigny" }).count()).toBe(0);
    await axe.check(contributor, "candidatures (contributeur)");

    await contributor.getByRole("link", { name: "Déposer une candidature" }).click();
    await contributor.getByRole("heading", { level: 1, name: "Nouvelle candidature" }).waitFor();
    await contributor.getByLabel("Titre du projet").waitFor();
    // One open edition and one commune: both already chosen.
    expect(await contributor.getByLabel(/^Édition/).inputValue()).not.toBe("");
    expect(await contributor.getByLabel(/^Commune/).inputValue()).toBe("93010");
    await axe.check(contributor, "nouvelle candidature");

    await contributor.getByRole("button", { name: "Enregistrer le brouillon" }).click();
    const summary = contributor.getByRole("alert");
    await summary.getByText("Le formulaire n'a pas pu être envoyé").waitFor();
    await summary.getByRole("link", { name: "Titre du projet : Ce champ est obligatoire." }).waitFor();
    const titleField = contributor.getByLabel("Titre du projet");
    expect(await titleField.getAttribute("aria-invalid")).toBe("true");
    const describedBy = (await titleField.getAttribute("aria-describedby")) ?? "";
    expect(await contributor.locator(`[id="${describedBy.split(" ").at(-1)}"]`).textContent()).toContain(
      "Ce champ est obligatoire.",
    );
    await axe.check(contributor, "nouvelle candidature (erreurs)");
  });

  it("2. completed with its themes and perimeter, the application is submitted", async () => {
    await contributor.getByLabel("Titre du projet").fill(title);
    await contributor
      .getByLabel("Résumé du projet")
      .fill("Des ateliers de réparation et des commerces de seconde main.");
    await contributor.getByLabel("Motivation de la commune").fill("Huit cellules vacantes autour du marché.");
    const themes = contributor.getByRole("group", { name: /^Thèmes du projet/ });
    await themes.getByLabel("Commerce", { exact: true }).check();
    await themes.getByLabel("Économie de la réparation", { exact: true }).check();
    await contributor.getByLabel("Périmètre du centre-ville").fill(perimeter);
    await contributor.getByLabel("Budget estimé du projet (en euros)").fill("1 200 000");
    await contributor.getByLabel("Nom du contact").fill("Sami Benali");
    await contributor.getByLabel("Adresse électronique du contact").fill("sami.benali@mairie-bondy.example");
    await contributor.getByRole("button", { name: "Déposer la candidature" }).click();

    await contributor.waitForURL(/\/admin\/candidatures\/[0-9a-f-]{36}$/);
    applicationUrl = contributor.url();
    await contributor.getByRole("heading", { level: 1, name: title }).waitFor();
    await contributor.getByText(`La candidature « ${title} » est déposée`).waitFor();
    const details = contributor.getByRole("region", { name: "Dossier de candidature" });
    await details.getByText("Déposée, en attente d'instruction").waitFor();
    await details.getByText("Commerce, Économie de la réparation").waitFor();
    await details.getByText(/^1\s200\s000,00\s€$/).waitFor();
    // Submitted: the commune may still withdraw it, no longer edit it.
    await contributor.getByRole("button", { name: "Retirer la candidature" }).waitFor();
    expect(await contributor.getByRole("button", { name: "Enregistrer et déposer" }).count()).toBe(0);
    await axe.check(contributor, "candidature (contributeur)");
  });

  it("3. an officer finds it eligible, then records the committee's selection", async () => {
    await signIn(officer, app.server, "officer");
    await officer.getByRole("navigation").getByRole("link", { name: "Candidatures" }).click();
    await officer.getByRole("heading", { level: 1, name: "Candidatures" }).waitFor();
    await officer.getByLabel("Statut").selectOption({ label: "Déposée, en attente d'instruction" });
    await officer.getByRole("button", { name: "Filtrer" }).click();
    const row = officer.getByRole("row", { name: new RegExp(title) });
    await row.getByRole("cell", { name: "Bondy" }).waitFor();
    await axe.check(officer, "candidatures (chargé de mission)");
    await row.getByRole("link", { name: title }).click();
    await officer.waitForURL(applicationUrl);
    await officer.getByRole("heading", { level: 1, name: title }).waitFor();
    await axe.check(officer, "candidature (chargé de mission)");

    await officer.getByRole("button", { name: "Déclarer recevable" }).click();
    await confirmationHasFocus(officer, "La candidature est recevable");
    await officer.getByRole("heading", { name: "Décision du comité de sélection" }).waitFor();
    await officer.getByLabel("Avis du comité").fill("Retenue : un projet de réparation au cœur du marché.");
    await officer.getByRole("button", { name: "Retenir la candidature" }).click();
    await confirmationHasFocus(officer, "La candidature est retenue.");
    await officer
      .getByRole("region", { name: "Dossier de candidature" })
      .getByText("Retenue", { exact: true })
      .waitFor();
  });

  it("4. the contract opens the project, reached by its link, which shows the themes", async () => {
    const contract = officer.getByRole("region", { name: "Contrat métropolitain de développement" });
    await contract.getByLabel("Référence du contrat").fill("CMD-2026-031");
    expect(await contract.getByLabel("Parties au contrat").inputValue()).toBe(
      "Métropole du Grand Paris ; Ville de Bondy",
    );
    await contract.getByLabel("Date de signature").fill(yesterday);
    await contract.getByLabel("Montant de l'engagement métropolitain (en euros)").fill("450 000");
    await contract.getByLabel("Durée (en mois)").fill("36");
    await axe.check(officer, "candidature (contrat à enregistrer)");
    await contract.getByRole("button", { name: "Enregistrer le contrat et ouvrir le projet" }).click();
    await confirmationHasFocus(officer, `Le contrat est enregistré : le projet « ${title} » est ouvert.`);
    await officer.getByText("CMD-2026-031", { exact: true }).waitFor();
    await officer.getByRole("heading", { name: "Historique" }).waitFor();
    await officer.getByText(/^Ouverture du projet, par /).waitFor();
    await axe.check(officer, "candidature (contrat enregistré)");

    await officer.getByRole("link", { name: `Voir le projet « ${title} »` }).click();
    await officer.waitForURL(/\/admin\/projets\/[0-9a-f-]{36}$/);
    await officer.getByRole("heading", { level: 1, name: title }).waitFor();
    const sheet = officer.getByRole("region", { name: "Fiche du projet" });
    await sheet.getByText("Engagé", { exact: true }).waitFor();
    await sheet.getByText("Commerce, Économie de la réparation").waitFor();
    await sheet.getByText(perimeter).waitFor();
    // The officer's edit form holds the same themes, ticked.
    const themes = officer.getByRole("group", { name: /^Thèmes du projet/ });
    expect(await themes.getByLabel("Économie de la réparation", { exact: true }).isChecked()).toBe(true);
    expect(await themes.getByLabel("Habitat", { exact: true }).isChecked()).toBe(false);
  });

  it("5. the officer moves the call to selection; the commune can no longer apply to it", async () => {
    await officer
      .getByRole("navigation", { name: "Navigation principale" })
      .getByRole("link", { name: "Programmes" })
      .click();
    await officer.getByRole("link", { name: "Centres-villes vivants", exact: true }).click();
    const edit = officer.getByRole("region", { name: "Modifier une édition" });
    const open = `Appel à candidatures ${new Date().getFullYear()}`;
    await edit.getByLabel("Édition à modifier").selectOption({ label: open });
    // A jump the rules forbid is refused at the field, in French; nothing changes.
    await edit.getByLabel(/^Statut de l'édition/).selectOption({ label: "À venir" });
    await edit.getByRole("button", { name: "Enregistrer l'édition" }).click();
    await edit
      .getByRole("alert")
      .getByText(/ne peut pas passer à « À venir » : statuts possibles : « Sélection en cours », « Clôturée »/)
      .waitFor();
    await edit.getByLabel(/^Statut de l'édition/).selectOption({ label: "Sélection en cours" });
    await edit.getByRole("button", { name: "Enregistrer l'édition" }).click();
    await edit.getByText(`L'édition « ${open} » est enregistrée.`).waitFor();
    const row = officer.getByRole("row", { name: new RegExp(open) });
    await row.getByText("Sélection en cours").waitFor();
    // The edition's history says who moved it, from what to what.
    const history = edit.getByRole("region", { name: "Historique des modifications" });
    await history.getByText("Statut : Candidatures ouvertes → Sélection en cours").waitFor();
    expect(await history.getByRole("listitem").first().textContent()).toMatch(/^Modification par /);
    await axe.check(officer, "programme (édition modifiée)");

    await contributor.goto(`${app.server.url}/admin/candidatures/nouvelle`);
    await contributor.getByText("Aucune édition n'est ouverte aux candidatures pour le moment.").waitFor();
  });
});

describe("on the way", () => {
  it("raised no script error nor security-policy refusal", () => {
    expect([...contributorErrors(), ...officerErrors()]).toEqual([]);
  });

  it("has no axe-core violation on the list, the form and the application's page", () => {
    axe.expectNoViolation({ exactly: 9 });
  });
});
