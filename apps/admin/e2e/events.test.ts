import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { watchPageErrors } from "@cvv/tooling/testing/browser";
import { axeRecorder, confirmationHasFocus, frenchPage, signIn, startServerAndBrowser } from "./support";

/**
 * An officer runs an event of the programme in a real browser: creates it (a draft), publishes
 * it, two visitors register from the portal's form (posted as the browser would), the officer
 * moves the start to the past (the day has come), takes attendance in one request, and the
 * counts, the registrations table and the history say so. axe-core checks each page type.
 */
const app = startServerAndBrowser();
let officer: Page;
let officerErrors: () => string[];
const axe = axeRecorder();
const title = `Atelier vitrines de Noël ${Date.now()}`;

const pad = (n: number) => String(n).padStart(2, "0");
/** A date-and-time input's value in the browser's zone (the test's process shares it). */
function inputValue(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Registers as the portal's plain form does: same origin, urlencoded. */
async function registerFromPortal(slug: string, name: string, email: string) {
  const res = await fetch(`${app.server.url}/evenements/${slug}/inscription`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      origin: app.server.url,
      "sec-fetch-site": "same-origin",
    },
    body: new URLSearchParams({ nom: name, courriel: email, consentement: "oui" }).toString(),
  });
  return res.headers.get("location") ?? "";
}

beforeAll(async () => {
  officer = await frenchPage(app.browser);
  officerErrors = watchPageErrors(officer);
});

describe("an officer runs an event", () => {
  let slug = "";

  it("1. creates an event as a draft, a wrong end refused in French at its field", async () => {
    await signIn(officer, app.server, "officer");
    await officer.getByRole("navigation").getByRole("link", { name: "Événements" }).click();
    await officer.getByRole("heading", { level: 1, name: "Événements" }).waitFor();
    await axe.check(officer, "liste des événements");

    const form = officer.getByRole("region", { name: "Nouvel événement" });
    const start = new Date(Date.now() + 7 * 86_400_000);
    start.setHours(14, 0, 0, 0);
    await form.getByLabel(/^Titre/).fill(title);
    await form.getByLabel(/^Type/).selectOption({ label: "Atelier" });
    await form.getByLabel(/^Début/).fill(inputValue(start));
    await form.getByLabel(/^Fin/).fill(inputValue(new Date(start.getTime() - 3600_000)));
    await form.getByLabel(/^Commune/).selectOption({ value: "93010" });
    await form.getByLabel(/^Capacité/).fill("1");
    await form.getByRole("button", { name: "Créer l'événement" }).click();
    await form
      .getByRole("alert")
      .getByText(/précède son début/)
      .first()
      .waitFor();

    await form.getByLabel(/^Fin/).fill(inputValue(new Date(start.getTime() + 3 * 3600_000)));
    await form.getByRole("button", { name: "Créer l'événement" }).click();
    await officer.getByRole("heading", { level: 1, name: title }).waitFor();
    await officer.getByRole("heading", { name: "Statut : Brouillon" }).waitFor();
    await axe.check(officer, "fiche d'un événement");
  });

  it("2. publishes it; visitors register from the portal, the second on the waiting list", async () => {
    await officer.getByRole("button", { name: "Publier l'événement" }).click();
    await confirmationHasFocus(officer, "Événement publié");
    const portalLink = await officer.getByRole("link", { name: "Voir sur le portail" }).getAttribute("href");
    slug = portalLink?.replace("/evenements/", "") ?? "";
    expect(await registerFromPortal(slug, "Alix Présente", "alix@exemple.fr")).toContain("inscription=ok");
    expect(await registerFromPortal(slug, "Béa Attente", "bea@exemple.fr")).toContain("inscription=attente");

    await officer.reload();
    const table = officer.getByRole("table", { name: /Inscriptions à l'événement/ });
    await table.getByRole("row", { name: /Alix Présente.*Confirmée/ }).waitFor();
    await table.getByRole("row", { name: /Béa Attente.*Liste d'attente/ }).waitFor();
  });

  it("3. the day has come: takes attendance in one request", async () => {
    const edit = officer.getByRole("region", { name: "Informations" });
    const begun = new Date(Date.now() - 3600_000);
    await edit.getByLabel(/^Début/).fill(inputValue(begun));
    await edit.getByLabel(/^Fin/).fill(inputValue(new Date(begun.getTime() + 3 * 3600_000)));
    await edit.getByRole("button", { name: "Enregistrer les modifications" }).click();
    await confirmationHasFocus(officer, "Modifications enregistrées.");

    await officer.getByRole("button", { name: "Prendre les présences" }).click();
    const attendance = officer.getByRole("group", { name: "Personnes présentes" });
    await attendance.getByLabel("Alix Présente").check();
    await axe.check(officer, "prise des présences");
    await officer.getByRole("button", { name: "Enregistrer les présences" }).click();
    await confirmationHasFocus(officer, "Présences enregistrées : 1 présent(s).");
    const table = officer.getByRole("table", { name: /Inscriptions à l'événement/ });
    await table.getByRole("row", { name: /Alix Présente.*Présent\(e\)/ }).waitFor();
    await officer.getByText(/Présents : 1\./).waitFor();
    await officer
      .getByRole("region", { name: "Historique des modifications" })
      .getByText(/^Publication par/)
      .waitFor();
  });
});

describe("on the way", () => {
  it("raised no script error nor security-policy refusal", () => {
    expect(officerErrors()).toEqual([]);
  });

  it("has no axe-core violation on any page type visited", () => {
    axe.expectNoViolation({ exactly: 3 });
  });
});
