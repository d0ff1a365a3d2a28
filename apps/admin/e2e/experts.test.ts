import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { watchPageErrors } from "@cvv/tooling/testing/browser";
import { axeRecorder, confirmationHasFocus, frenchPage, signIn, startServerAndBrowser } from "./support";

/**
 * The directory of experts in a real browser against the built server. An officer adds a
 * stained-glass workshop: a SIRET with a wrong key is refused in French at its field, the right
 * one is accepted. The workshop is found by its skill typed without accents, with its daily rate
 * in French. On its page the officer orders a mission on Saint-Ouen's demo project, which then
 * shows in the workshop's history across communes and in the history of changes; the directory
 * then says the workshop is unavailable over a period that mission covers, and why, while the
 * demo métiers d'art workshop stays available. axe-core checks each page type.
 */
const app = startServerAndBrowser();
let officer: Page;
let officerErrors: () => string[];
const axe = axeRecorder();

const name = "Atelier Vitrail Exemple (fictif)";
const missionTitle = "Restauration des vitraux de la halle";
const saintOuenProject = "Saint-Ouen-sur-Seine — Saint-Ouen : parcours des métiers d'art";
const siretRefused = "Numéro SIRET invalide : 14 chiffres dont la clé de contrôle est juste.";
let expertUrl = "";

/** Searches the directory through its form; the results' count is announced once they are in. */
async function search(page: Page, criteria: { skill: string; from?: string; to?: string }) {
  const form = page.getByRole("search", { name: "Rechercher un expert" });
  await form.getByLabel("Compétence").fill(criteria.skill);
  await form.getByLabel("Du", { exact: true }).fill(criteria.from ?? "");
  await form.getByLabel("Au", { exact: true }).fill(criteria.to ?? "");
  await form.getByRole("button", { name: "Rechercher" }).click();
  await page.waitForURL((url) => url.searchParams.get("competence") === criteria.skill);
  await page
    .getByRole("status")
    .filter({ hasText: /expert/ })
    .waitFor();
}

function resultRow(page: Page, expertName: string) {
  return page.getByRole("table", { name: /experts? (et|ou) prestataires?/ }).getByRole("row", { name: expertName });
}

beforeAll(async () => {
  officer = await frenchPage(app.browser);
  officerErrors = watchPageErrors(officer);
});

describe("an officer uses the directory of experts", () => {
  it("1. adds an expert: a SIRET with a wrong key is refused in French at its field, the right one accepted", async () => {
    await signIn(officer, app.server, "officer");
    await officer.getByRole("navigation").getByRole("link", { name: "Experts" }).click();
    await officer.getByRole("heading", { level: 1, name: "Experts et prestataires" }).waitFor();
    // The demo directory is there.
    await officer.getByRole("link", { name: "Maison Fil & Verre (fictif)" }).waitFor();
    await axe.check(officer, "annuaire des experts");

    const form = officer.getByRole("region", { name: "Ajouter un expert ou un prestataire" });
    await form.getByLabel(/^Nom de l'organisme ou de l'expert/).fill(name);
    await form.getByLabel(/^Type/).selectOption({ label: "Expert" });
    const siret = form.getByLabel("Numéro SIRET");
    await siret.fill("123 456 789 00012");
    await form.getByLabel("Compétences").fill("Métiers d'art, vitrail, métiers d’art");
    await form.getByLabel("Tarif journalier (€ HT)").fill("650");
    await form.getByLabel("Adresse électronique du contact").fill("atelier@vitrail.example");
    await form.getByRole("button", { name: "Ajouter à l'annuaire" }).click();

    const summary = officer.getByRole("alert").filter({ hasText: "Le formulaire n'a pas pu être envoyé" });
    await summary.getByRole("link", { name: `Numéro SIRET : ${siretRefused}` }).waitFor();
    expect(await siret.getAttribute("aria-invalid")).toBe("true");
    const describedBy = (await siret.getAttribute("aria-describedby")) ?? "";
    expect(await officer.locator(`[id="${describedBy.split(" ").at(-1)}"]`).textContent()).toContain(siretRefused);
    await axe.check(officer, "annuaire des experts (SIRET refusé)");

    await siret.fill("812 345 676 00025");
    await form.getByRole("button", { name: "Ajouter à l'annuaire" }).click();
    await officer.waitForURL(/\/admin\/experts\/[0-9a-f-]{36}$/);
    expertUrl = officer.url();
    await officer.getByRole("heading", { level: 1, name }).waitFor();
    await officer.getByText(`« ${name} » est ajouté(e) à l'annuaire.`).waitFor();
    const details = officer.getByRole("region", { name: "Fiche" });
    await details.getByText("81234567600025").waitFor();
    // The same skill typed twice is kept once, in its first spelling.
    await details.getByText("Métiers d'art, vitrail", { exact: true }).waitFor();
    await details.getByText(/^650,00\s€ HT \/ jour$/).waitFor();
    await axe.check(officer, "fiche d'un expert");
  });

  it("2. finds the expert by a skill typed without accents, with the daily rate in French", async () => {
    await officer.getByRole("link", { name: "Retour à l'annuaire" }).click();
    await officer.getByRole("heading", { level: 1, name: "Experts et prestataires" }).waitFor();
    await search(officer, { skill: "metiers d'art" });
    const row = resultRow(officer, name);
    await row.waitFor();
    expect(await row.getByRole("cell").allTextContents()).toEqual([
      "Expert",
      "Métiers d'art, vitrail",
      expect.stringMatching(/^650,00\s€ HT \/ jour$/),
    ]);
    // Only the skill's holders: the concertation firm is not among them.
    await resultRow(officer, "Maison Fil & Verre (fictif)").waitFor();
    expect(await resultRow(officer, "Parole Publique Conseil (fictif)").count()).toBe(0);
  });

  it("3. orders a mission on a project, which shows in the expert's history across communes", async () => {
    await resultRow(officer, name).getByRole("link", { name }).click();
    await officer.waitForURL(expertUrl);
    await officer.getByRole("heading", { level: 1, name }).waitFor();
    await officer.getByText("Aucune mission pour cet expert.").waitFor();

    const form = officer.getByRole("region", { name: "Ajouter une mission" });
    await form.getByLabel("Projet").selectOption({ label: saintOuenProject });
    await form.getByLabel("Intitulé de la mission").fill(missionTitle);
    await form.getByLabel("Périmètre").fill("Diagnostic et restauration des six verrières de la halle.");
    await form.getByLabel("Nombre de jours").fill("8,5");
    await form.getByLabel("Budget (€ HT)").fill("5 525");
    await form.getByLabel("Date de début").fill("2031-03-03");
    await form.getByLabel("Date de fin").fill("2031-04-30");
    await form.getByLabel("Statut de départ").selectOption({ label: "Commandée" });
    await form.getByRole("button", { name: "Ajouter un livrable" }).click();
    await form.getByLabel("Intitulé du livrable 1").fill("Rapport de restauration");
    await form.getByLabel("Échéance du livrable 1").fill("2031-04-30");
    await form.getByRole("button", { name: "Ajouter la mission" }).click();
    await confirmationHasFocus(officer, `La mission « ${missionTitle} » est ajoutée.`);

    const missions = officer.getByRole("table", {
      name: "Missions de l'expert, de la plus récente à la plus ancienne",
    });
    const row = missions.getByRole("row", { name: new RegExp(missionTitle) });
    await row.waitFor();
    const cells = await row.getByRole("cell").allTextContents();
    expect(cells.slice(0, 7)).toEqual([
      "Saint-Ouen : parcours des métiers d'art",
      "Saint-Ouen-sur-Seine",
      "du 3 mars 2031 au 30 avr. 2031",
      "8,5",
      expect.stringMatching(/^5\s525,00\s€$/),
      "Commandée",
      "Rapport de restauration (attendu le 30 avril 2031)",
    ]);
    await officer.getByText(/^1 mission dans 1 commune : 8,5 jours, 5\s525,00\s€ HT/).waitFor();

    // Started: the mission's actions open from its row, and the history says who did what.
    await row.getByRole("button", { name: `Gérer la mission « ${missionTitle} »` }).click();
    const manage = officer.getByRole("region", { name: `Mission « ${missionTitle} »` });
    await manage.getByText("Statut actuel : « Commandée ».").waitFor();
    await manage.getByLabel(/^Nouveau statut/).selectOption({ label: "En cours" });
    await manage.getByRole("button", { name: "Changer le statut" }).click();
    await confirmationHasFocus(officer, `La mission « ${missionTitle} » est maintenant « En cours ».`);
    await manage.getByText("Statut actuel : « En cours ».").waitFor();
    // The edit form, in the same place: the deliverable is dated as handed over.
    await manage.getByLabel("Livré le (livrable 1)").fill("2031-04-28");
    await manage.getByRole("button", { name: "Enregistrer les modifications" }).click();
    await confirmationHasFocus(officer, `Les modifications de la mission « ${missionTitle} » sont enregistrées.`);
    await row.getByText("Rapport de restauration (livré le 28 avril 2031)").waitFor();
    await axe.check(officer, "fiche d'un expert (mission ouverte)");
    await manage.getByRole("button", { name: "Fermer" }).click();
    await expect.poll(() => manage.count()).toBe(0);
    await expect
      .poll(() => officer.evaluate(() => document.activeElement?.textContent ?? ""))
      .toContain(`Gérer la mission « ${missionTitle} »`);
    await row.getByRole("cell", { name: "En cours", exact: true }).waitFor();
    const history = officer.getByRole("region", { name: "Historique des modifications" });
    await history.getByText(`Mission « ${missionTitle} » : changement de statut par Camille Durand (démo)`).waitFor();
    await history.getByText("Statut : Commandée → En cours").waitFor();
    await history
      .getByText(
        "Livrables : Rapport de restauration (attendu le 30 avril 2031) → Rapport de restauration (livré le 28 avril 2031)",
      )
      .waitFor();
    await history.getByText(`Mission « ${missionTitle} » : création par Camille Durand (démo)`).waitFor();
    await history.getByText("Fiche : création par Camille Durand (démo)").waitFor();
    await axe.check(officer, "fiche d'un expert (missions et historique)");
  });

  it("4. the expert shows as unavailable over the mission's period, with the reason in words", async () => {
    await officer.getByRole("link", { name: "Retour à l'annuaire" }).click();
    await officer.getByRole("heading", { level: 1, name: "Experts et prestataires" }).waitFor();
    await search(officer, { skill: "metiers d'art", from: "2031-04-01", to: "2031-04-15" });
    const row = resultRow(officer, name);
    await row.getByText("Indisponible", { exact: true }).waitFor();
    await row
      .getByText(
        `occupé(e) par la mission « ${missionTitle} » à Saint-Ouen-sur-Seine (en cours), du 3 mars 2031 au 30 avril 2031.`,
      )
      .waitFor();
    // The demo workshop's mission ends in 2026: free then.
    await resultRow(officer, "Maison Fil & Verre (fictif)").getByText("Disponible", { exact: true }).waitFor();
    await axe.check(officer, "annuaire des experts (disponibilité)");

    // After the mission, the expert is free again.
    await search(officer, { skill: "metiers d'art", from: "2031-05-01", to: "2031-05-31" });
    await resultRow(officer, name).getByText("Disponible", { exact: true }).waitFor();
  });

  it("5. an edit made on a stale version gets the conflict notice, then goes through on the current one", async () => {
    await officer.goto(expertUrl);
    await officer.getByRole("heading", { level: 1, name }).waitFor();
    const form = officer.getByRole("region", { name: "Modifier la fiche" });
    const rate = form.getByLabel("Tarif journalier (€ HT)");
    await expect.poll(() => rate.inputValue()).toBe("650");

    // A colleague saves first, from the same page in another tab.
    const colleague = await officer.context().newPage();
    await colleague.goto(expertUrl);
    const theirs = colleague.getByRole("region", { name: "Modifier la fiche" });
    await theirs.getByLabel("Nom du contact").fill("Lina Exemple");
    await theirs.getByRole("button", { name: "Enregistrer les modifications" }).click();
    await confirmationHasFocus(colleague, "Les modifications de la fiche sont enregistrées.");
    await colleague.close();

    await rate.fill("700,50");
    await form.getByRole("button", { name: "Enregistrer les modifications" }).click();
    const conflict = officer.getByRole("alert").filter({ hasText: "Quelqu'un d'autre a enregistré avant vous" });
    await conflict.getByText("Rechargez la page", { exact: false }).waitFor();
    await axe.check(officer, "fiche d'un expert (conflit)");
    await conflict.getByRole("button", { name: "Recharger la version actuelle" }).click();
    await confirmationHasFocus(officer, "La version actuelle est chargée");
    expect(await form.getByLabel("Nom du contact").inputValue()).toBe("Lina Exemple");

    await form.getByLabel("Tarif journalier (€ HT)").fill("700,50");
    await form.getByRole("button", { name: "Enregistrer les modifications" }).click();
    await confirmationHasFocus(officer, "Les modifications de la fiche sont enregistrées.");
    await officer
      .getByRole("region", { name: "Fiche" })
      .getByText(/^700,50\s€ HT \/ jour$/)
      .waitFor();
    await officer
      .getByRole("region", { name: "Historique des modifications" })
      .getByText(/^Tarif journalier : 650,00\s€ → 700,50\s€$/)
      .waitFor();
  });
});

describe("on the way", () => {
  it("raised no script error nor security-policy refusal", () => {
    expect(officerErrors()).toEqual([]);
  });

  it("has no axe-core violation on any page type visited", () => {
    axe.expectNoViolation({ exactly: 7 });
  });
});
