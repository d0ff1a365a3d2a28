import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { accessibilityViolations, launchBrowser } from "@cvv/tooling/testing/browser";
import { startServer, type RunningServer } from "@cvv/tooling/testing/server";

/**
 * A visitor registers to an upcoming demo event with JavaScript turned off: the form is a plain
 * HTML form posted to the server, which answers with the event's page saying the registration is
 * confirmed. The same address again comes back with the French refusal next to the e-mail field
 * and what was typed kept; a form without consent names the missing field. axe-core checks the
 * form, the error state and the cancellation page opened from the e-mail's link (which cancels
 * nothing by being opened).
 */
let server: RunningServer;
let browser: Browser;
let page: Page;
/** axe-core runs as a script: it checks, with JavaScript on, the very addresses the visitor saw. */
let axePage: Page;
const axe: Record<string, string[]> = {};

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  page = await (await browser.newContext({ locale: "fr-FR", javaScriptEnabled: false })).newPage();
  axePage = await (await browser.newContext({ locale: "fr-FR" })).newPage();
});

async function check(pageType: string) {
  await axePage.goto(page.url());
  await axePage.getByRole("heading", { level: 1 }).waitFor();
  axe[pageType] = await accessibilityViolations(axePage);
}
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

interface PublicEvent {
  slug: string;
  title: string;
  registrationOpen: boolean;
  placesLeft: number | null;
}

async function publicApi<T>(path: string, input?: unknown): Promise<T> {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  const res = await fetch(`${server.url}/api/public/${path}${query}`);
  return ((await res.json()) as { result: { data: T } }).result.data;
}

/** The first upcoming demo event that takes registrations and still has places. */
async function openEvent(): Promise<PublicEvent> {
  const upcoming = await publicApi<{ slug: string; status: string }[]>("events");
  for (const summary of upcoming.filter((e) => e.status === "published")) {
    const event = await publicApi<PublicEvent>("event", { slug: summary.slug });
    if (event.registrationOpen && event.placesLeft !== null && event.placesLeft > 0) return event;
  }
  throw new Error("aucun événement de démonstration ouvert aux inscriptions");
}

describe("registering to an event without JavaScript", () => {
  let event: PublicEvent;
  const email = `visiteur-${Date.now()}@exemple.fr`;

  it("registers through the plain form and shows the confirmation", async () => {
    event = await openEvent();
    await page.goto(`${server.url}/evenements/${event.slug}`);
    const form = page.getByRole("region", { name: "S'inscrire" });
    await form.getByText(/Il reste \d+ places?\./).waitFor();
    await check("formulaire d'inscription");

    await form.getByLabel(/^Nom et prénom/).fill("Camille Visiteuse");
    await form.getByLabel(/^Adresse électronique/).fill(email.toUpperCase());
    await form.getByLabel(/^Organisation/).fill("Association des commerçants");
    await form.getByLabel(/^J'accepte que mes données/).check();
    await form.getByRole("button", { name: "S'inscrire" }).click();

    await page.waitForURL((url) => url.searchParams.get("inscription") === "ok");
    await page
      .getByRole("status")
      .getByText(/Votre inscription est confirmée/)
      .waitFor();
  });

  it("refuses the same address again in French, next to the field, keeping what was typed", async () => {
    await page.goto(`${server.url}/evenements/${event.slug}`);
    const form = page.getByRole("region", { name: "S'inscrire" });
    await form.getByLabel(/^Nom et prénom/).fill("Camille Visiteuse");
    await form.getByLabel(/^Adresse électronique/).fill(email);
    await form.getByLabel(/^J'accepte que mes données/).check();
    await form.getByRole("button", { name: "S'inscrire" }).click();

    await page.waitForURL((url) => url.searchParams.get("erreurs") === "doublon");
    await form.getByRole("alert").getByText("Cette adresse est déjà inscrite à cet événement.").waitFor();
    const field = form.getByLabel(/^Adresse électronique/);
    expect(await field.inputValue()).toBe(email);
    expect(await field.getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("#courriel-erreur").textContent()).toContain("déjà inscrite");
    expect(await form.getByLabel(/^Nom et prénom/).inputValue()).toBe("Camille Visiteuse");
    await check("formulaire d'inscription en erreur");
  });

  it("opens the cancellation page from the link without cancelling anything", async () => {
    await page.goto(`${server.url}/evenements/inscription/annuler?jeton=${"a".repeat(43)}`);
    await page.getByRole("heading", { level: 1, name: "Annuler mon inscription" }).waitFor();
    await page.getByRole("button", { name: "Confirmer l'annulation" }).waitFor();
    await check("annulation");
    // A made-up token: the POST says the link is not valid, in French.
    await page.getByRole("button", { name: "Confirmer l'annulation" }).click();
    await page
      .getByRole("status")
      .getByText(/lien d'annulation n'est pas valide/)
      .waitFor();
    const after = await publicApi<PublicEvent>("event", { slug: event.slug });
    expect(after.placesLeft).toBe((event.placesLeft ?? 0) - 1);
  });

  it("cancels through the e-mail's link, which frees the place", async () => {
    const mail = server.outbox().find((m) => m.includes(email) && m.includes("Votre inscription est confirm"));
    const link = mail?.match(/\/evenements\/inscription\/annuler\?jeton=[A-Za-z0-9_-]{43}/)?.[0];
    expect(link).toBeTruthy();
    await page.goto(`${server.url}${link}`);
    // Opening the link cancelled nothing.
    expect((await publicApi<PublicEvent>("event", { slug: event.slug })).placesLeft).toBe((event.placesLeft ?? 0) - 1);
    await page.getByRole("button", { name: "Confirmer l'annulation" }).click();
    await page.getByRole("status").getByText("Votre inscription est annulée. Merci de nous avoir prévenus.").waitFor();
    expect((await publicApi<PublicEvent>("event", { slug: event.slug })).placesLeft).toBe(event.placesLeft);
  });

  it("has no axe-core violation on any page visited", () => {
    expect(Object.keys(axe).length).toBe(3);
    expect(axe).toEqual(Object.fromEntries(Object.keys(axe).map((k) => [k, []])));
  });
});
