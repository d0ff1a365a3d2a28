import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { watchPageErrors } from "@cvv/tooling/testing/browser";
import {
  axeRecorder,
  confirmationHasFocus,
  frenchContext,
  frenchPage,
  settled,
  signIn,
  startServerAndBrowser,
} from "./support";

/**
 * A project's plan, in a real browser against the built server with its demo data (Bondy's
 * project has a plan, one of its actions late): an officer adds an action, then a milestone
 * depending on it, sees both in the table and on the timeline, edits the action's progress (only
 * that is sent) and reads the change in the history; making the action depend on the milestone
 * is refused with the French message at the dependencies. Bondy's contributor reads the same
 * plan without any form. axe-core checks each state of the page.
 */
const app = startServerAndBrowser();
let page: Page;
let pageErrors: () => string[];
const axe = axeRecorder();

const projectTitle = "Cœur de ville de Bondy : commerces et espaces publics";
const heading = `Plan d'actions et jalons : ${projectTitle}`;
const action = "Diagnostic des rez-de-chaussée vacants";
const milestone = "Restitution du diagnostic aux commerçants";
const cycle = `Dépendance circulaire : « ${action} » → « ${milestone} » → « ${action} ». Chaque flèche se lit « dépend de » : retirez l'une de ces dépendances.`;

const planTable = (p: Page) => p.getByRole("table", { name: /^Actions et jalons du projet/ });
/** The row whose header starts with the title (a description may follow it there). */
const rowOf = (p: Page, title: string) => {
  const start = new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);
  return planTable(p)
    .getByRole("row")
    .filter({ has: p.getByRole("rowheader", { name: start }) });
};

beforeAll(async () => {
  page = await frenchPage(app.browser);
  pageErrors = watchPageErrors(page);
});

describe("a project's plan, in the browser", () => {
  let planUrl = "";

  it("1. an officer opens Bondy's plan from the project page: the late action is flagged in words", async () => {
    await signIn(page, app.server, "officer");
    await page
      .getByRole("navigation", { name: "Navigation principale" })
      .getByRole("link", { name: "Projets" })
      .click();
    await page.getByRole("link", { name: projectTitle }).click();
    await page.getByRole("heading", { level: 1, name: projectTitle }).waitFor();
    await page
      .getByRole("navigation", { name: "Suivi du projet" })
      .getByRole("link", { name: "Plan d'actions et jalons" })
      .click();
    await page.getByRole("heading", { level: 1, name: heading }).waitFor();
    planUrl = page.url();
    expect(planUrl).toMatch(/\/admin\/projets\/[0-9a-f-]{36}\/plan$/);
    await page.getByRole("link", { name: `Retour au projet « ${projectTitle} »` }).waitFor();

    const late = rowOf(page, "Requalification des abords du marché");
    expect(await late.getByRole("cell").allTextContents()).toEqual([
      "Action",
      "Direction des services techniques",
      "2 sept. 2024",
      "30 oct. 2026En retard",
      "70 %",
      "En cours",
      "Programme d'actions validé en comité de pilotage",
      "Modifier « Requalification des abords du marché »",
    ]);
    await page.getByText(/^4 actions, 2 jalons ; \d+ éléments? en retard\.$/).waitFor();
    // The timeline spans the project, which started in January 2020.
    await page.getByRole("figure", { name: /^Calendrier des actions et jalons, du 1 janvier 2020 au / }).waitFor();
    await axe.check(page, "plan (chargé de mission)");
  });

  it("2. adds an action, then a milestone that depends on it", async () => {
    const form = page.getByRole("region", { name: "Ajouter une action ou un jalon" });
    await form.getByLabel(/^Intitulé/).fill(action);
    await form.getByLabel(/^Responsable/).fill("Manager de centre-ville");
    await form.getByLabel(/^Date de début/).fill("2026-12-01");
    await form.getByLabel(/^Date d'échéance/).fill("2027-02-26");
    await form.getByRole("button", { name: "Ajouter au plan" }).click();
    await confirmationHasFocus(page, `L'action « ${action} » est ajoutée au plan.`);
    // The form is empty again, ready for the next item.
    expect(await form.getByLabel(/^Intitulé/).inputValue()).toBe("");

    await form.getByLabel(/^Type/).selectOption({ label: "Jalon" });
    // A milestone is a date: no start date to fill in.
    expect(await form.getByLabel(/^Date de début/).count()).toBe(0);
    await form.getByLabel(/^Intitulé/).fill(milestone);
    await form.getByLabel(/^Date d'échéance/).fill("2027-04-15");
    await form.getByRole("group", { name: "Dépend de" }).getByLabel(action, { exact: true }).check();
    await form.getByRole("button", { name: "Ajouter au plan" }).click();
    await confirmationHasFocus(page, `Le jalon « ${milestone} » est ajouté au plan.`);

    expect(await rowOf(page, action).getByRole("cell").allTextContents()).toEqual([
      "Action",
      "Manager de centre-ville",
      "1 déc. 2026",
      "26 févr. 2027",
      "0 %",
      "Prévu",
      "—",
      `Modifier « ${action} »`,
    ]);
    expect(await rowOf(page, milestone).getByRole("cell").allTextContents()).toEqual([
      "Jalon",
      "—",
      "—",
      "15 avr. 2027",
      "0 %",
      "Prévu",
      action,
      `Modifier « ${milestone} »`,
    ]);
  });

  it("3. sees both on the timeline: a bar for the action, a diamond for the milestone", async () => {
    const figure = page.getByRole("figure", { name: /^Calendrier des actions et jalons/ });
    const chart = figure.locator(".plan-timeline__chart");
    expect(await chart.getAttribute("aria-hidden")).toBe("true");
    const actionRow = chart.locator(".plan-timeline__row").filter({ hasText: action });
    const milestoneRow = chart.locator(".plan-timeline__row").filter({ hasText: milestone });
    expect(await actionRow.locator(".plan-timeline__bar").count()).toBe(1);
    expect(await milestoneRow.locator(".plan-timeline__milestone").count()).toBe(1);
    // The milestone comes after the action ends, on the same scale.
    const barBox = await actionRow.locator(".plan-timeline__bar").boundingBox();
    const diamondBox = await milestoneRow.locator(".plan-timeline__milestone").boundingBox();
    expect(diamondBox!.x + diamondBox!.width / 2).toBeGreaterThan(barBox!.x + barBox!.width);
    await axe.check(page, "plan avec les nouveaux éléments");
  });

  it("4. edits the action's progress, sending only that, and reads the change in the history", async () => {
    await page.getByRole("button", { name: `Modifier « ${action} »` }).click();
    const edit = page.getByRole("region", { name: `Modifier « ${action} »` });
    await expect
      .poll(() => edit.getByRole("heading", { level: 2 }).evaluate((n) => n === document.activeElement))
      .toBe(true);
    await edit.getByLabel(/^Avancement/).fill("35");
    const [request] = await Promise.all([
      page.waitForRequest((r) => r.url().includes("/trpc/plan.update")),
      edit.getByRole("button", { name: "Enregistrer les modifications" }).click(),
    ]);
    const input = (request.postDataJSON() as Record<string, Record<string, unknown>>)["0"] ?? {};
    expect(Object.keys(input).sort()).toEqual(["id", "progress", "version"]);
    await confirmationHasFocus(page, `Les modifications de « ${action} » sont enregistrées.`);
    const cells = await rowOf(page, action).getByRole("cell").allTextContents();
    expect(cells.slice(4, 6)).toEqual(["35 %", "En cours"]);

    const history = page.getByRole("region", { name: "Historique des modifications" });
    const entry = history.getByRole("listitem").filter({ hasText: `« ${action} » modifié par Camille Durand (démo)` });
    await entry.getByText("Avancement : 0 % → 35 %").waitFor();
    await entry.getByText("Statut : Prévu → En cours").waitFor();
    await history
      .getByRole("listitem")
      .filter({ hasText: `« ${milestone} » ajouté au plan par Camille Durand (démo)` })
      .getByText(`Dépend de : (vide) → « ${action} »`)
      .waitFor();
  });

  it("5. making the action depend on its own milestone is refused, with the French message at the field", async () => {
    await page.getByRole("button", { name: `Modifier « ${action} »` }).click();
    const edit = page.getByRole("region", { name: `Modifier « ${action} »` });
    const dependencies = edit.getByRole("group", { name: "Dépend de" });
    // An item is not offered as its own dependency.
    expect(await dependencies.getByLabel(action, { exact: true }).count()).toBe(0);
    await dependencies.getByLabel(milestone, { exact: true }).check();
    await edit.getByRole("button", { name: "Enregistrer les modifications" }).click();

    const summary = edit.getByRole("alert").filter({ hasText: "Le formulaire n'a pas pu être envoyé" });
    await expect.poll(() => summary.evaluate((node) => node === document.activeElement)).toBe(true);
    await edit.locator("#modifier-element-dependsOnIds-error").getByText(cycle).waitFor();
    expect(await dependencies.getAttribute("aria-describedby")).toContain("modifier-element-dependsOnIds-error");
    await summary.getByRole("link", { name: `Dépend de : ${cycle}` }).click();
    await expect.poll(() => dependencies.evaluate((node) => node === document.activeElement)).toBe(true);
    await axe.check(page, "plan (dépendance circulaire refusée)");

    // Nothing was written: the action still depends on nothing.
    await page.reload();
    await settled(page);
    expect((await rowOf(page, action).getByRole("cell").allTextContents())[6]).toBe("—");
  });

  it("6. Bondy's contributor reads the plan and its history, with no form", async () => {
    const contributorContext = await frenchContext(app.browser);
    const contributor = await contributorContext.newPage();
    const contributorErrors = watchPageErrors(contributor);
    await signIn(contributor, app.server, "contributor");
    await contributor.goto(planUrl);
    await contributor.getByRole("heading", { level: 1, name: heading }).waitFor();
    await contributor
      .getByText("Consultation seule : le plan est tenu à jour par les chargés de mission de la Métropole.")
      .waitFor();
    expect(await rowOf(contributor, milestone).getByRole("cell").allTextContents()).toEqual([
      "Jalon",
      "—",
      "—",
      "15 avr. 2027",
      "0 %",
      "Prévu",
      action,
    ]);
    expect(await contributor.getByRole("button", { name: /^Modifier/ }).count()).toBe(0);
    expect(await contributor.getByRole("region", { name: "Ajouter une action ou un jalon" }).count()).toBe(0);
    expect(await contributor.getByRole("textbox").count()).toBe(0);
    await contributor
      .getByRole("region", { name: "Historique des modifications" })
      .getByText("Avancement : 0 % → 35 %")
      .waitFor();
    await contributor.getByRole("figure", { name: /^Calendrier des actions et jalons/ }).waitFor();
    await axe.check(contributor, "plan (contributeur)");
    expect(contributorErrors()).toEqual([]);
    await contributorContext.close();
  });

  it("raised no script error nor security-policy refusal on the way", () => {
    expect(pageErrors()).toEqual([]);
  });

  it("has no axe-core violation in any state of the page", () => {
    axe.expectNoViolation({ exactly: 4 });
  });
});
