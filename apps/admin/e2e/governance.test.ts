import { beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { watchPageErrors } from "@cvv/tooling/testing/browser";
import { axeRecorder, confirmationHasFocus, frenchContext, signIn, startServerAndBrowser } from "./support";

/**
 * Governance in a real browser against the built server. An officer creates a working group of
 * the demo programme, adds two members, plans a meeting held yesterday, records who attended and
 * an action item about Gentilly's project (already late, which the table says in words), and
 * writes the minutes after a colleague's save brought the conflict notice. Then the officer sets
 * that project's RACI matrix: two A's on one activity are refused with the French message at the
 * cell, the corrected matrix is saved and reads back the same. axe-core checks each page type.
 */
const app = startServerAndBrowser();
let context: BrowserContext;
let officer: Page;
let officerErrors: () => string[];
let colleagueErrors: () => string[] = () => [];
const axe = axeRecorder();

const bodyName = "Groupe de travail Commerce et numérique";
const meetingTitle = "Groupe de travail n° 1";
const gentilly = "Gentilly, centre-ville vivant";
const activity = "Concertation des commerçants";
const actionTitle = "Recenser les commerçants sans site internet";

/** An ISO calendar date `days` days from today (UTC, as the server counts due dates). */
const isoDay = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  // Paris time, as the officers read and type meeting times.
  context = await frenchContext(app.browser, { timezoneId: "Europe/Paris" });
  officer = await context.newPage();
  officerErrors = watchPageErrors(officer);
});

describe("an officer runs a body's meeting and sets a project's roles", () => {
  let meetingUrl = "";

  it("1. lists the demo bodies and creates a working group, after a French error for each missing field", async () => {
    await signIn(officer, app.server, "officer");
    await officer.getByRole("navigation").getByRole("link", { name: "Instances" }).click();
    await officer.getByRole("heading", { level: 1, name: "Instances de gouvernance" }).waitFor();
    const table = officer.getByRole("table", { name: "2 instances" });
    const steering = table.getByRole("row", { name: /Comité de pilotage Centres-villes vivants/ });
    await steering.getByText("Comité de pilotage — programmation", { exact: false }).waitFor();
    expect(await steering.getByRole("cell").nth(2).textContent()).toBe("7");
    await axe.check(officer, "instances");

    await officer.getByRole("button", { name: "Créer l'instance" }).click();
    const summary = officer.getByRole("alert");
    await summary.getByRole("link", { name: "Programme : Ce champ est obligatoire." }).waitFor();
    await summary.getByRole("link", { name: "Type d'instance : Ce champ est obligatoire." }).waitFor();
    await summary.getByRole("link", { name: "Nom de l'instance : Ce champ est obligatoire." }).waitFor();
    expect(await officer.getByLabel(/^Nom de l'instance/).getAttribute("aria-invalid")).toBe("true");
    await axe.check(officer, "instances (erreurs)");

    await officer.getByLabel(/^Programme/).selectOption({ label: "Centres-villes vivants" });
    await officer.getByLabel(/^Type d'instance/).selectOption({ label: "Groupe de travail" });
    await officer.getByLabel(/^Nom de l'instance/).fill(bodyName);
    await officer.getByLabel(/^Rôle de l'instance/).fill("Accompagne la transition numérique des commerces.");
    await officer.getByRole("button", { name: "Créer l'instance" }).click();
    await officer.waitForURL(/\/admin\/instances\/[0-9a-f-]{36}$/);
    await officer.getByRole("heading", { level: 1, name: bodyName }).waitFor();
    await officer.getByText(`L'instance « ${bodyName} » est créée.`).waitFor();
    await axe.check(officer, "instance");
  });

  it("2. adds two members and plans a meeting held yesterday", async () => {
    const members = officer.getByRole("region", { name: "Membres" });
    for (const [name, organisation, role] of [
      ["Claire Moreau", "Métropole du Grand Paris", "présidente"],
      ["Youssef Haddad", "CCI Paris Île-de-France", "membre"],
    ] as const) {
      await members.getByLabel(/^Nom et prénom/).fill(name);
      await members.getByLabel("Organisme", { exact: true }).fill(organisation);
      await members.getByLabel("Rôle dans l'instance", { exact: true }).fill(role);
      await members.getByRole("button", { name: "Ajouter le membre" }).click();
      await members.getByText(`${name} est maintenant membre de l'instance.`).waitFor();
    }
    const table = members.getByRole("table", { name: "2 membres" });
    await expect
      .poll(() => table.getByRole("rowheader").allTextContents())
      .toEqual(["Claire Moreau", "Youssef Haddad"]);

    const meetings = officer.getByRole("region", { name: "Réunions" });
    await meetings.getByText("Aucune réunion passée.").waitFor();
    await meetings.getByLabel(/^Intitulé de la réunion/).fill(meetingTitle);
    await meetings.getByLabel(/^Date et heure/).fill(`${isoDay(-1)}T14:30`);
    await meetings.getByLabel("Lieu", { exact: true }).fill("Métropole du Grand Paris, salle 3");
    await meetings.getByLabel(/^Ordre du jour/).fill("1. Diagnostic numérique\n2. Calendrier des ateliers");
    await meetings.getByRole("button", { name: "Planifier la réunion" }).click();
    await officer.waitForURL(/\/admin\/reunions\/[0-9a-f-]{36}$/);
    meetingUrl = officer.url();
    await officer.getByRole("heading", { level: 1, name: meetingTitle }).waitFor();
    await officer.getByText(`La réunion « ${meetingTitle} » est enregistrée.`).waitFor();
    await officer.getByRole("link", { name: `Retour à l'instance : ${bodyName}` }).waitFor();
    await axe.check(officer, "réunion");
  });

  it("3. records attendance with a group of radio buttons per member", async () => {
    const sheet = officer.getByRole("region", { name: "Feuille de présence" });
    await sheet.getByText("Aucune présence enregistrée.").waitFor();
    await sheet
      .getByRole("group", { name: "Claire Moreau (Métropole du Grand Paris)" })
      .getByLabel("Présent(e)")
      .check();
    await sheet
      .getByRole("group", { name: "Youssef Haddad (CCI Paris Île-de-France)" })
      .getByLabel("Excusé(e)")
      .check();
    await sheet.getByRole("button", { name: "Enregistrer les présences" }).click();
    await confirmationHasFocus(officer, "Présences enregistrées : 1 présent(s), 1 excusé(s), 0 absent(s).");
    await sheet.getByText("1 présent(s), 1 excusé(s), 0 absent(s)", { exact: true }).waitFor();
    expect(
      await sheet
        .getByRole("group", { name: "Youssef Haddad (CCI Paris Île-de-France)" })
        .getByLabel("Excusé(e)")
        .isChecked(),
    ).toBe(true);
  });

  it("4. adds an action item about a project of the programme, said to be late in words", async () => {
    const actions = officer.getByRole("region", { name: "Actions à mener" });
    await actions.getByText("Aucune action décidée lors de cette réunion.").waitFor();
    await actions.getByLabel(/^Action à mener/).fill(actionTitle);
    await actions.getByLabel(/^Responsable/).fill("Ville de Gentilly");
    await actions.getByLabel(/^Échéance/).fill(isoDay(-3));
    await actions.getByLabel(/^Projet concerné/).selectOption({ label: `${gentilly} (Gentilly)` });
    await actions.getByRole("button", { name: "Ajouter l'action" }).click();
    await actions.getByText(`L'action « ${actionTitle} » est ajoutée.`).waitFor();

    const row = actions
      .getByRole("table", { name: "1 action décidée" })
      .getByRole("row", { name: new RegExp(actionTitle) });
    await row.getByText("En retard de 3 jours").waitFor();
    await row.getByRole("link", { name: gentilly }).waitFor();
    expect(await row.getByLabel(`Statut de l'action : ${actionTitle}`).inputValue()).toBe("open");
    await axe.check(officer, "réunion (présences et actions)");
  });

  it("5. writes the minutes after a colleague's save brought the conflict notice", async () => {
    const colleague = await context.newPage();
    colleagueErrors = watchPageErrors(colleague);
    await colleague.goto(meetingUrl);
    const theirs = colleague.getByRole("region", { name: "Modifier la réunion" });
    await theirs.getByLabel("Lieu", { exact: true }).fill("Hôtel de ville de Gentilly");
    await theirs.getByRole("button", { name: "Enregistrer les modifications" }).click();
    await confirmationHasFocus(colleague, "Les modifications de la réunion sont enregistrées.");
    await colleague.close();

    const form = officer.getByRole("region", { name: "Modifier la réunion" });
    const minutes = "Les membres valident le diagnostic et fixent trois ateliers d'ici l'été.";
    await form.getByLabel(/^Compte rendu/).fill(minutes);
    await form.getByRole("button", { name: "Enregistrer les modifications" }).click();
    const conflict = form.getByRole("alert").filter({ hasText: "Quelqu'un d'autre a enregistré avant vous" });
    await conflict.getByText("Rechargez la page pour voir sa version actuelle", { exact: false }).waitFor();
    await axe.check(officer, "réunion (conflit)");
    await conflict.getByRole("button", { name: "Recharger la version actuelle" }).click();
    await confirmationHasFocus(officer, "La version actuelle est chargée");
    expect(await form.getByLabel("Lieu", { exact: true }).inputValue()).toBe("Hôtel de ville de Gentilly");

    await form.getByLabel(/^Compte rendu/).fill(minutes);
    await form.getByLabel(/^Statut/).selectOption({ label: "Tenue" });
    await form.getByRole("button", { name: "Enregistrer les modifications" }).click();
    await confirmationHasFocus(officer, "Les modifications de la réunion sont enregistrées.");
    await officer.getByRole("region", { name: "Compte rendu" }).getByText(minutes).waitFor();
    await officer.getByRole("region", { name: "Informations" }).getByText("Tenue", { exact: true }).waitFor();
    // The meeting's history names the status change in words, newest first.
    const history = officer.getByRole("region", { name: "Historique des modifications" });
    await history.getByText("Statut : Prévue → Tenue").waitFor();
  });

  it("6. sets the project's RACI matrix: two A's on one activity are refused, the corrected one is saved", async () => {
    const row = officer.getByRole("row", { name: new RegExp(actionTitle) });
    await row.getByRole("link", { name: gentilly }).click();
    await officer.getByRole("heading", { level: 1, name: gentilly }).waitFor();
    await officer.getByRole("link", { name: "Rôles et responsabilités (RACI)" }).click();
    await officer.getByRole("heading", { level: 1, name: `Rôles et responsabilités — ${gentilly}` }).waitFor();
    await officer.getByText("La matrice est vide").waitFor();
    await axe.check(officer, "rôles du projet (vide)");

    await officer.getByLabel(/^Nouvelle activité/).fill(activity);
    await officer.getByRole("button", { name: "Ajouter l'activité" }).click();
    for (const party of ["Manager de centre-ville", "Maire adjointe au commerce", "Métropole du Grand Paris"]) {
      await officer.getByLabel(/^Nouvelle partie prenante/).fill(party);
      await officer.getByRole("button", { name: "Ajouter la partie prenante" }).click();
    }
    const matrix = officer.getByRole("table", { name: /^Matrice RACI du projet/ });
    const cell = (party: string) => matrix.getByLabel(`Rôle de ${party} pour « ${activity} »`);
    expect(await matrix.getByRole("columnheader").allTextContents()).toEqual([
      "Activité",
      "Manager de centre-ville",
      "Maire adjointe au commerce",
      "Métropole du Grand Paris",
      "Action",
    ]);
    await matrix.getByRole("rowheader", { name: activity }).waitFor();
    await cell("Manager de centre-ville").selectOption({ label: "R — réalisateur" });
    await cell("Maire adjointe au commerce").selectOption({ label: "A — approbateur" });
    await cell("Métropole du Grand Paris").selectOption({ label: "A — approbateur" });
    await officer.getByRole("button", { name: "Enregistrer la matrice" }).click();

    const refusal =
      "Activité « Concertation des commerçants » : un seul « A » (approbateur) par activité, il y en a 2.";
    const summary = officer.getByRole("alert");
    await summary.getByRole("link", { name: `Matrice RACI : ${refusal}` }).waitFor();
    // The error sits at the second A's cell, which the summary's link focuses.
    const wrong = cell("Métropole du Grand Paris");
    expect(await wrong.getAttribute("aria-invalid")).toBe("true");
    const describedBy = (await wrong.getAttribute("aria-describedby")) ?? "";
    expect(await officer.locator(`[id="${describedBy}"]`).textContent()).toContain(refusal);
    await summary.getByRole("link", { name: `Matrice RACI : ${refusal}` }).click();
    expect(await officer.evaluate(() => document.activeElement?.id)).toBe(await wrong.getAttribute("id"));
    await axe.check(officer, "rôles du projet (erreur)");

    await wrong.selectOption({ label: "I — informé" });
    await officer.getByRole("button", { name: "Enregistrer la matrice" }).click();
    await confirmationHasFocus(officer, "La matrice RACI du projet est enregistrée.");

    await officer.reload();
    await officer.getByRole("heading", { level: 1, name: `Rôles et responsabilités — ${gentilly}` }).waitFor();
    await expect.poll(() => cell("Manager de centre-ville").inputValue()).toBe("responsible");
    expect(await cell("Maire adjointe au commerce").inputValue()).toBe("accountable");
    expect(await cell("Métropole du Grand Paris").inputValue()).toBe("informed");
    // The matrix's history: from nothing to the cells saved, by whom.
    const history = officer.getByRole("region", { name: "Historique des modifications" });
    const entry = history.getByRole("listitem").first();
    await expect.poll(() => entry.textContent()).toMatch(/^Modification par /);
    expect(await entry.textContent()).toContain("Matrice des rôles : (vide) → ");
    expect(await entry.textContent()).toContain("Métropole du Grand Paris : I");
    await axe.check(officer, "rôles du projet");
  });
});

describe("the demo programme's governance", () => {
  it("shows the last steering committee's attendance, decisions and late action item", async () => {
    await officer.getByRole("navigation").getByRole("link", { name: "Instances" }).click();
    await officer.getByRole("link", { name: "Comité de pilotage Centres-villes vivants" }).click();
    await officer.getByRole("heading", { level: 1, name: "Comité de pilotage Centres-villes vivants" }).waitFor();
    await officer
      .getByRole("table", { name: "Réunions passées" })
      .getByRole("link", { name: "Comité de pilotage — bilan annuel" })
      .click();
    await officer.getByRole("heading", { level: 1, name: "Comité de pilotage — bilan annuel" }).waitFor();
    await officer
      .getByRole("region", { name: "Feuille de présence" })
      .getByText("5 présent(s), 1 excusé(s), 1 absent(s)", { exact: true })
      .waitFor();
    const decisions = officer.getByRole("region", { name: "Décisions" });
    await decisions.getByRole("link", { name: "Cœur de ville de Bondy : commerces et espaces publics" }).waitFor();
    expect(await decisions.getByLabel(/^Décision \d /).count()).toBe(3);
    const late = officer.getByRole("row", { name: /plan de financement actualisé/ });
    await late.getByText("En retard de 10 jours").waitFor();
    await axe.check(officer, "réunion tenue (démo)");
  });
});

describe("on the way", () => {
  it("raised no script error nor security-policy refusal", () => {
    expect([...officerErrors(), ...colleagueErrors()]).toEqual([]);
  });

  it("has no axe-core violation on any page type visited", () => {
    axe.expectNoViolation({ atLeast: 10 });
  });
});
