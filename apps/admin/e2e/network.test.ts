import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { watchPageErrors } from "@cvv/tooling/testing/browser";
import { axeRecorder, frenchPage, signIn, startServerAndBrowser } from "./support";

/**
 * Partners and contacts in a real browser against the built server. An officer adds a partner:
 * a SIRET with a wrong key is refused in French at its field, the right one is accepted. From the
 * partner's page the officer records a contact, with the information notice in view, whose legal
 * basis is consent: refused until the consent box is ticked. The contacts page then previews the
 * retention rule (the two demo contacts last met over three years ago) and anonymises them on a
 * second press. The networks' pages are visited too; axe-core checks each page type.
 */
const app = startServerAndBrowser();
let officer: Page;
let officerErrors: () => string[];
const axe = axeRecorder();

const partnerName = "Boulangerie Exemple (fictif)";
const siretRefused = "Numéro SIRET invalide : 14 chiffres dont la clé de contrôle est juste.";

beforeAll(async () => {
  officer = await frenchPage(app.browser);
  officerErrors = watchPageErrors(officer);
});

describe("an officer works with partners, contacts and networks", () => {
  it("1. adds a partner: a SIRET with a wrong key is refused in French at its field, the right one accepted", async () => {
    await signIn(officer, app.server, "officer");
    await officer.getByRole("navigation").getByRole("link", { name: "Partenaires" }).click();
    await officer.getByRole("heading", { level: 1, name: "Partenaires" }).waitFor();
    await officer.getByRole("link", { name: "Les Canaux" }).waitFor();
    await axe.check(officer, "partenaires");

    const form = officer.getByRole("region", { name: "Ajouter un partenaire" });
    await form.getByLabel(/^Nom/).fill(partnerName);
    await form.getByLabel(/^Type de partenaire/).selectOption({ label: "Entreprise" });
    const siret = form.getByLabel("Numéro SIRET");
    await siret.fill("123 456 789 00012");
    await form.getByLabel("Thèmes").fill("Commerce, production locale");
    await form.getByRole("button", { name: "Ajouter le partenaire" }).click();

    await officer.getByRole("alert").filter({ hasText: "Le formulaire n'a pas pu être envoyé" }).waitFor();
    expect(await siret.getAttribute("aria-invalid")).toBe("true");
    const describedBy = (await siret.getAttribute("aria-describedby")) ?? "";
    expect(await officer.locator(`[id="${describedBy.split(" ").at(-1)}"]`).textContent()).toContain(siretRefused);

    await siret.fill("200 054 781 00022");
    await form.getByRole("button", { name: "Ajouter le partenaire" }).click();
    await officer.getByRole("heading", { level: 1, name: partnerName }).waitFor();
    await officer.getByRole("region", { name: "Fiche du partenaire" }).getByText("SIRET 20005478100022").waitFor();
    await axe.check(officer, "fiche partenaire");
  });

  it("2. records a contact with the notice in view: consent is required when it is the legal basis", async () => {
    await officer.getByRole("link", { name: "Ajouter un contact à ce partenaire" }).click();
    await officer.getByRole("heading", { level: 1, name: "Contacts" }).waitFor();
    const section = officer.getByRole("region", { name: "Ajouter un contact" });
    await section.getByText("Mention d'information à remettre à la personne").waitFor();
    expect(await section.getByLabel("Partenaire").inputValue()).not.toBe("");
    await section.getByLabel(/^Prénom/).fill("Aurélie");
    await section.getByLabel(/^Nom/).fill("Exemple");
    await section.getByLabel("Adresse électronique").fill("aurelie@boulangerie.example");
    await section.getByLabel(/^Base légale du traitement/).selectOption({ label: "Consentement de la personne" });
    await section.getByRole("button", { name: "Enregistrer le contact" }).click();
    await officer
      .getByRole("alert")
      .filter({ hasText: /consentement de la personne est requis/ })
      .waitFor();

    await section.getByLabel("La personne a donné son consentement").check();
    await section.getByRole("button", { name: "Enregistrer le contact" }).click();
    await officer.getByRole("heading", { level: 1, name: "Aurélie Exemple" }).waitFor();
    const details = officer.getByRole("region", { name: "Fiche du contact" });
    await details.getByRole("link", { name: partnerName }).waitFor();
    await details.getByText("Consentement recueilli le").waitFor();
    await officer.getByRole("button", { name: "Exporter ses données" }).waitFor();
    await axe.check(officer, "fiche contact");
  });

  it("3. sees the retention preview and anonymises the contacts due on a second press", async () => {
    await officer.getByRole("navigation").getByRole("link", { name: "Contacts" }).click();
    await officer.getByRole("heading", { level: 1, name: "Contacts" }).waitFor();
    const panel = officer.getByRole("region", { name: "Conservation des données" });
    await panel.getByText("2 contacts ont dépassé la durée de conservation et seront anonymisés.").waitFor();
    const due = panel.getByRole("table", { name: "Contacts dont le dernier contact remonte à trois ans ou plus" });
    expect(await due.getByRole("rowheader").allTextContents()).toEqual(
      expect.arrayContaining(["Bernard Lemoine", "Odile Marchetti"]),
    );
    await axe.check(officer, "contacts");

    await panel.getByRole("button", { name: "Anonymiser maintenant" }).click();
    await panel.getByRole("button", { name: "Confirmer l'anonymisation" }).click();
    await officer.getByRole("status").filter({ hasText: "2 contacts ont été anonymisés." }).waitFor();
    await panel.getByText("Aucun contact n'a dépassé la durée de conservation.").waitFor();
    expect(await officer.getByRole("link", { name: "Bernard Lemoine" }).count()).toBe(0);
  });

  it("4. visits the networks and a working group's meetings", async () => {
    await officer.getByRole("navigation").getByRole("link", { name: "Réseaux" }).click();
    await officer.getByRole("heading", { level: 1, name: "Réseaux" }).waitFor();
    await axe.check(officer, "réseaux");
    await officer.getByRole("link", { name: "Groupe de travail « Vitrines vacantes »" }).first().click();
    await officer.getByRole("heading", { level: 1, name: "Groupe de travail « Vitrines vacantes »" }).waitFor();
    await officer
      .getByRole("table", { name: /^Réunions de/ })
      .getByRole("rowheader", { name: "Lancement du groupe de travail" })
      .waitFor();
    await axe.check(officer, "fiche réseau");
  });
});

describe("on the way", () => {
  it("raised no script error nor security-policy refusal", () => {
    expect(officerErrors()).toEqual([]);
  });

  it("has no axe-core violation on any page type visited", () => {
    axe.expectNoViolation({ exactly: 6 });
  });
});
