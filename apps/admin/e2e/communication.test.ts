import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { watchPageErrors } from "@cvv/tooling/testing/browser";
import { axeRecorder, frenchPage, signIn, startServerAndBrowser } from "./support";

/**
 * The communication plan and the veille in a real browser against the built server. An officer
 * plans a press action linked to nothing and finds it on its day in the month's calendar; then
 * adds a feed served by a local fixture server (never the network), fetches it with "Relever
 * maintenant", and turns one of its articles into a draft news item. axe-core checks each page
 * type: the plan's list and calendar, the veille's articles and its sources.
 */
// The feed fixture is served on this machine, which the veille refuses unless told otherwise.
const app = startServerAndBrowser({ WATCH_ALLOW_INTERNAL_ADDRESSES: "true" });
let feeds: Server;
let feedUrl = "";
let officer: Page;
let officerErrors: () => string[];
const axe = axeRecorder();

const actionTitle = "Interview dans la presse locale (e2e)";
const sourceName = "Journal local de test (e2e)";
const articleTitle = "Appel à projets : 2 millions d'euros pour les artisans";

const parisToday = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Paris",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
}).format(new Date());
const month = parisToday.slice(0, 7);
// The 15th of this month: in the calendar shown by default, wherever today falls.
const plannedOn = `${month}-15`;

beforeAll(async () => {
  const rss = readFileSync(new URL("../../../packages/api/src/watch/fixtures/rss.xml", import.meta.url));
  feeds = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8" });
    res.end(rss);
  });
  await new Promise<void>((resolve) => feeds.listen(0, "127.0.0.1", resolve));
  feedUrl = `http://127.0.0.1:${(feeds.address() as AddressInfo).port}/rss.xml`;
  officer = await frenchPage(app.browser);
  officerErrors = watchPageErrors(officer);
});
afterAll(async () => {
  await new Promise((resolve) => feeds?.close(resolve));
});

describe("an officer plans communication and keeps a watch", () => {
  it("1. sees the plan, late actions said in words, and plans an action linked to nothing", async () => {
    await signIn(officer, app.server, "officer");
    await officer.getByRole("navigation").getByRole("link", { name: "Communication" }).click();
    await officer.getByRole("heading", { level: 1, name: "Plan de communication" }).waitFor();
    const table = officer.getByRole("table", { name: /actions? de communication/ });
    await table.waitFor();
    // The demo's late action says so in words, not by a colour.
    await expect(
      table.getByRole("row", { name: /Programme des Assises en page d'accueil du site/ }).textContent(),
    ).resolves.toContain("en retard");
    await axe.check(officer, "plan de communication (liste)");

    const form = officer.getByRole("region", { name: "Planifier une action" });
    await form.getByLabel(/^Titre de l'action/).fill(actionTitle);
    await form.getByLabel(/^Canal/).selectOption({ label: "Presse" });
    await form.getByLabel(/^Date prévue/).fill(plannedOn);
    await form.getByLabel("Public visé").fill("Presse locale");
    await form.getByRole("button", { name: "Planifier l'action" }).click();
    await officer
      .getByRole("status")
      .filter({ hasText: `Action « ${actionTitle} » planifiée.` })
      .waitFor();
    await table.getByRole("row", { name: new RegExp(actionTitle.replace(/[()]/g, "\\$&")) }).waitFor();
  });

  it("2. finds the action on its day in the month's calendar", async () => {
    await officer.getByRole("navigation", { name: "Affichage" }).getByRole("link", { name: "Calendrier" }).click();
    await officer.waitForURL(
      (url) => url.searchParams.get("vue") === "calendrier" && url.searchParams.get("mois") === month,
    );
    const calendar = officer.getByRole("table", { name: /action/ });
    await calendar.waitFor();
    const day = calendar.getByRole("cell").filter({ hasText: actionTitle });
    await expect(day.textContent()).resolves.toContain("Presse");
    // The cell of the 15th: the day's number is there, for sighted users.
    await expect(day.locator(".calendar__date").textContent()).resolves.toMatch(/^15/);
    await axe.check(officer, "plan de communication (calendrier)");

    // Next month and back, by links that keep the view.
    await officer.getByRole("link", { name: /^Mois suivant/ }).click();
    await officer.waitForURL((url) => url.searchParams.get("mois") !== month);
    const nextCalendar = officer.getByRole("table", { name: /action/ });
    await nextCalendar.waitFor();
    expect(await nextCalendar.getByText(actionTitle).count()).toBe(0);
    await officer.getByRole("link", { name: /^Mois précédent/ }).click();
    await officer.waitForURL((url) => url.searchParams.get("mois") === month);
    await officer
      .getByRole("table", { name: /action/ })
      .getByText(actionTitle, { exact: true })
      .waitFor();
  });

  it("3. adds a feed served locally, fetches it now, and sees how it went", async () => {
    await officer.getByRole("navigation").getByRole("link", { name: "Veille" }).click();
    await officer.getByRole("heading", { level: 1, name: "Veille" }).waitFor();
    await axe.check(officer, "veille (articles)");
    await officer.getByRole("link", { name: "Gérer les sources de veille" }).click();
    await officer.getByRole("heading", { level: 1, name: "Sources de veille" }).waitFor();

    const form = officer.getByRole("region", { name: "Ajouter une source" });
    await form.getByLabel(/^Nom de la source/).fill(sourceName);
    await form.getByLabel(/^Adresse du flux RSS ou Atom/).fill("ftp://exemple.fr/flux.xml");
    await form.getByRole("button", { name: "Ajouter la source" }).click();
    await form
      .getByRole("alert")
      .getByText(/Adresse de flux invalide/)
      .first()
      .waitFor();
    await form.getByLabel(/^Adresse du flux RSS ou Atom/).fill(feedUrl);
    await form.getByLabel("Étiquettes").fill("Presse locale");
    await form.getByRole("button", { name: "Ajouter la source" }).click();
    await officer
      .getByRole("status")
      .filter({ hasText: `Source « ${sourceName} » ajoutée.` })
      .waitFor();

    const row = officer.getByRole("row", { name: new RegExp(sourceName.replace(/[()]/g, "\\$&")) });
    await expect(row.textContent()).resolves.toContain("Jamais relevée");
    await row.getByRole("button", { name: `Relever maintenant la source ${sourceName}` }).click();
    await row.getByText(`Relevé de « ${sourceName} » terminé : 3 article(s) dans le flux, 3 nouveau(x).`).waitFor();
    await expect(row.textContent()).resolves.toContain("3 (dont 3 à examiner)");
    await axe.check(officer, "veille (sources)");
  });

  it("4. turns an article into a draft news item", async () => {
    await officer.getByRole("link", { name: "Retour aux articles de veille" }).click();
    await officer.getByRole("heading", { level: 1, name: "Veille" }).waitFor();
    const article = officer.getByRole("article", { name: articleTitle });
    await article.waitFor();
    await expect(article.textContent()).resolves.toContain(sourceName);
    await article.getByRole("button", { name: "Transformer en brouillon" }).click();
    await officer
      .getByRole("status")
      .filter({ hasText: `Brouillon d'actualité « ${articleTitle} » créé.` })
      .waitFor();
    await officer.getByRole("link", { name: `Ouvrir le brouillon : ${articleTitle}` }).waitFor();
    // Converted, it left the articles to review.
    await officer.getByRole("article", { name: articleTitle }).waitFor({ state: "detached" });

    await officer.getByLabel("Statut", { exact: true }).selectOption({ label: "Transformé en brouillon" });
    await officer.getByRole("button", { name: "Filtrer" }).click();
    await officer.waitForURL((url) => url.searchParams.get("statut") === "converted");
    await officer
      .getByRole("article", { name: articleTitle })
      .getByText("Un brouillon d'actualité a été créé à partir de cet article.")
      .waitFor();
    expect(officerErrors()).toEqual([]);
  });

  it("has no axe-core violation on any page type visited", () => {
    axe.expectNoViolation({ exactly: 4 });
  });
});
