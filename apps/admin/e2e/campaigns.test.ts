import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { accessibilityViolations, launchBrowser, watchPageErrors } from "@cvv/tooling/testing/browser";
import { startServer, type Account, type RunningServer } from "@cvv/tooling/testing/server";
import { confirmationHasFocus } from "./support";

/**
 * Collection campaigns in a real browser against the built server. An officer creates a campaign
 * of two collected indicators for one commune and opens it; a contributor of that commune,
 * invited by e-mail, enters the values (a French error for "N/A", the decimal comma accepted),
 * sends them; the officer returns one with a comment, the contributor corrects it, the officer
 * approves everything and the commune shows complete. Then the same commune fills in a second
 * campaign from the CSV template: a file with an error is refused at the preview, the corrected
 * one is confirmed and its values appear on the sheet as drafts. axe-core checks each page type.
 */
let server: RunningServer;
let browser: Browser;
let officerContext: BrowserContext;
let contributorContext: BrowserContext;
let officer: Page;
let contributor: Page;
const axe: Record<string, string[]> = {};
let officerErrors: () => string[];
let contributorErrors: () => string[];
const scratch = mkdtempSync(join(tmpdir(), "cvv-e2e-campagnes-"));

const commune = "Vincennes";
const inseeCode = "94080";
const cells = "Cellules commerciales en rez-de-chaussée";
const vacant = "Cellules commerciales vacantes";
const returnComment = "Le relevé d'octobre compte 14 cellules vacantes : merci de corriger.";
const sheetColumns =
  "code_indicateur,indicateur,unite,code_insee,commune,periode,valeur,source,commentaire,statut";

async function check(page: Page, pageType: string) {
  await page.getByRole("heading", { level: 1 }).waitFor();
  await page.waitForFunction(() => !document.body.innerText.includes("Chargement"));
  axe[pageType] = await accessibilityViolations(page);
}

async function signIn(page: Page, account: Account) {
  await page.goto(`${server.url}/admin/connexion`);
  await page.getByLabel("Adresse électronique").fill(account.email);
  await page.getByLabel("Mot de passe").fill(account.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.getByRole("button", { name: "Se déconnecter" }).waitFor();
}

/** The table of one indicator on a commune's sheet (its caption starts with the indicator's name). */
function indicatorTable(page: Page, indicator: string): Locator {
  return page.getByRole("table", { name: new RegExp(`^${indicator}`) });
}

function valueInput(page: Page, indicator: string, period: string): Locator {
  return page.getByLabel(`Valeur (cellules) : ${indicator}, ${period}`, { exact: true });
}

async function hasFocus(locator: Locator): Promise<void> {
  await locator.evaluate(
    (element) =>
      new Promise<void>((resolve, reject) => {
        const started = Date.now();
        const poll = () => {
          if (document.activeElement === element) return resolve();
          if (Date.now() - started > 5000) return reject(new Error("L'élément n'a pas reçu le focus."));
          setTimeout(poll, 50);
        };
        poll();
      }),
  );
}

/** A minimal CSV reader for the template (commas, double quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows;
}

function toCsv(rows: string[][]): string {
  return `${rows.map((r) => r.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",")).join("\r\n")}\r\n`;
}

/** Through the form: the officer creates a campaign of the two indicators for the commune and opens it. */
async function createAndOpenCampaign(name: string, year: number, withChecks: boolean): Promise<string> {
  await officer.getByRole("navigation").getByRole("link", { name: "Campagnes" }).click();
  await officer.getByRole("heading", { level: 1, name: "Campagnes de collecte" }).waitFor();
  if (withChecks) await check(officer, "campagnes (chargé de mission)");
  await officer.getByRole("link", { name: "Nouvelle campagne" }).click();
  await officer.getByRole("heading", { level: 1, name: "Nouvelle campagne de collecte" }).waitFor();
  await officer.getByLabel("Nom de la campagne").waitFor();
  if (withChecks) {
    await check(officer, "nouvelle campagne");
    // Sent empty: the summary lists every missing field, each error sits at its field.
    await officer.getByRole("button", { name: "Créer la campagne" }).click();
    const summary = officer.getByRole("alert");
    await summary.getByText("Le formulaire n'a pas pu être envoyé").waitFor();
    await summary.getByRole("link", { name: /Indicateurs à collecter : Choisissez au moins un indicateur/ }).waitFor();
    await summary.getByRole("link", { name: /Communes concernées : Choisissez au moins une commune/ }).waitFor();
    expect(await officer.getByLabel("Nom de la campagne").getAttribute("aria-invalid")).toBe("true");
    await check(officer, "nouvelle campagne (erreurs)");
    await summary.getByRole("link", { name: /Communes concernées/ }).click();
    await hasFocus(officer.getByRole("group", { name: /^Communes concernées/ }).getByRole("checkbox").first());
  }

  await officer.getByLabel("Programme").selectOption({ index: 1 });
  await officer.getByLabel("Nom de la campagne").fill(name);
  await officer.getByLabel("Consignes aux communes").fill("Relevé de terrain d'octobre, périmètre du centre-ville.");
  await officer.getByLabel("Début de la période couverte").fill(`${year}-01-01`);
  await officer.getByLabel("Fin de la période couverte").fill(`${year}-12-31`);
  await officer.getByLabel("Échéance").fill(`${year + 1}-01-31`);
  await officer.getByLabel(new RegExp(`^${cells}`)).check();
  await officer.getByLabel(new RegExp(`^${vacant}`)).check();
  await officer.getByText("2 indicateurs choisis.").waitFor();

  // The commune's territory, all at once and back, then the commune alone.
  const territory = officer
    .getByRole("group", { name: /^Communes concernées/ })
    .getByRole("group")
    .filter({ has: officer.getByLabel(commune, { exact: true }) });
  await territory.getByRole("button", { name: /^Tout cocher/ }).click();
  const boxes = territory.getByRole("checkbox");
  const total = await boxes.count();
  expect(total).toBeGreaterThan(1);
  expect(await boxes.evaluateAll((all) => all.every((b) => (b as HTMLInputElement).checked))).toBe(true);
  await officer.getByText(`${total} communes choisies.`).waitFor();
  await territory.getByRole("button", { name: /^Tout décocher/ }).click();
  await officer.getByText("Aucune commune choisie.").waitFor();
  await officer.getByLabel(commune, { exact: true }).check();
  await officer.getByText("1 commune choisie.").waitFor();

  await officer.getByRole("button", { name: "Créer la campagne" }).click();
  await officer.waitForURL(/\/admin\/campagnes\/[0-9a-f-]{36}$/);
  await officer.getByRole("heading", { level: 1, name }).waitFor();
  await officer.getByText(`La campagne « ${name} » est créée`).waitFor();
  const url = officer.url();
  if (withChecks) await check(officer, "campagne (chargé de mission)");

  await officer.getByRole("button", { name: "Ouvrir la collecte" }).click();
  await confirmationHasFocus(officer, "La campagne est maintenant « Ouverte ».");
  await officer.getByRole("button", { name: "Clore la collecte" }).waitFor();
  return url;
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  officerContext = await browser.newContext({ locale: "fr-FR" });
  contributorContext = await browser.newContext({ locale: "fr-FR" });
  officer = await officerContext.newPage();
  contributor = await contributorContext.newPage();
  officerErrors = watchPageErrors(officer);
  contributorErrors = watchPageErrors(contributor);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(scratch, { recursive: true, force: true });
});

describe("a commune completes a campaign from the browser", () => {
  const campaignName = "Relevé des cellules 2026";
  let campaignUrl = "";
  let sheetUrl = "";

  it("1. an officer creates a campaign of two collected indicators for one commune, and opens it", async () => {
    await signIn(officer, server.demoAccounts().officer);
    campaignUrl = await createAndOpenCampaign(campaignName, 2026, true);

    // Reminders: the count sent is said in a status region.
    await officer.getByRole("button", { name: "Envoyer les relances dues" }).click();
    await officer.getByRole("status").filter({ hasText: /relance/ }).waitFor();

    const table = officer.getByRole("table", { name: /^Avancement par commune : 0 \/ 1 commune complète/ });
    const row = table.getByRole("row", { name: new RegExp(commune) });
    await row.waitFor();
    expect(await row.getByRole("cell").allTextContents()).toEqual(["2", "0", "0", "0", "0", "2", expect.stringMatching(/^0\s%/)]);
    sheetUrl = `${campaignUrl}/communes/${inseeCode}`;
    expect(await row.getByRole("link", { name: commune }).getAttribute("href")).toBe(new URL(sheetUrl).pathname);
  });

  it("2. invites a contributor for that commune, who accepts", async () => {
    await officer.getByRole("navigation").getByRole("link", { name: "Utilisateurs" }).click();
    await officer.getByRole("heading", { level: 1 }).waitFor();
    await officer.getByLabel("Adresse électronique").fill("releves@vincennes.example");
    await officer.getByLabel("Nom et prénom").fill("Inès Relevés");
    await officer.getByLabel("Rôle").selectOption({ label: "Contributeur communal" });
    await officer.getByLabel("Filtrer la liste des communes").fill(commune);
    await officer.getByLabel(`${commune} (94)`).check();
    await officer.getByRole("button", { name: "Envoyer l'invitation" }).click();
    await officer.getByText("Invitation envoyée à releves@vincennes.example.", { exact: false }).waitFor();

    const mail = server.outbox().find((m) => m.includes("releves@vincennes.example"));
    const link = mail?.match(/https?:\/\/\S+\/admin\/invitation\/[A-Za-z0-9_-]+/)?.[0];
    expect(link).toBeDefined();
    await contributor.goto(link!);
    await contributor.getByLabel("Nouveau mot de passe").fill("les relevés de Vincennes");
    await contributor.getByLabel("Confirmation du mot de passe").fill("les relevés de Vincennes");
    await contributor.getByRole("button", { name: "Activer mon compte" }).click();
    await contributor.getByRole("button", { name: "Se déconnecter" }).waitFor();
  });

  it("3. the contributor sees what is missing and enters the values: a French error for N/A, then numbers", async () => {
    await contributor.getByRole("navigation").getByRole("link", { name: "Campagnes" }).click();
    await contributor.getByRole("heading", { level: 1, name: "Campagnes de collecte" }).waitFor();
    await check(contributor, "campagnes (contributeur)");
    const row = contributor.getByRole("row", { name: new RegExp(campaignName) });
    await row.getByText("Reste à faire : 2 valeurs à saisir.").waitFor();
    // One commune: the link goes straight to its sheet.
    await row.getByRole("link", { name: campaignName }).click();
    await contributor.waitForURL(sheetUrl);
    await contributor.getByRole("heading", { level: 1, name: `${commune} — ${campaignName}` }).waitFor();
    await contributor.getByText("Relevé de terrain d'octobre, périmètre du centre-ville.").waitFor();
    await contributor.getByText("Reste à faire : 2 valeurs à saisir.").waitFor();
    await check(contributor, "feuille de saisie (contributeur)");

    const cellsInput = valueInput(contributor, cells, "2026");
    await cellsInput.fill("N/A");
    await contributor.getByRole("button", { name: `Enregistrer : ${cells}, 2026` }).click();
    const table = indicatorTable(contributor, cells);
    await table.getByText("Saisissez un nombre en chiffres, par exemple 12 ou 12,5").waitFor();
    expect(await cellsInput.getAttribute("aria-invalid")).toBe("true");
    await hasFocus(cellsInput);
    expect(await contributor.evaluate(() => document.activeElement?.getAttribute("aria-describedby"))).toMatch(
      /-error$/,
    );
    await check(contributor, "feuille de saisie (erreur à la ligne)");

    await cellsInput.fill("1 250");
    await contributor.getByRole("button", { name: `Enregistrer : ${cells}, 2026` }).click();
    await table.getByRole("status").getByText(`${cells}, 2026 : valeur enregistrée en brouillon.`).waitFor();
    expect(await cellsInput.getAttribute("aria-invalid")).toBeNull();
    await table.getByText("Brouillon", { exact: true }).waitFor();

    await valueInput(contributor, vacant, "2026").fill("12,5");
    await contributor.getByLabel(`Source : ${vacant}, 2026`).fill("Relevé de terrain");
    await contributor.getByRole("button", { name: `Enregistrer : ${vacant}, 2026` }).click();
    await indicatorTable(contributor, vacant)
      .getByText(`${vacant}, 2026 : valeur enregistrée en brouillon.`)
      .waitFor();
    await contributor.getByText("Reste à faire : 2 brouillons à envoyer.").waitFor();

    await contributor.getByRole("button", { name: "Envoyer pour relecture" }).click();
    await confirmationHasFocus(contributor, "2 valeurs sont envoyées à la Métropole pour relecture.");
    // Under review: read-only.
    await valueInput(contributor, vacant, "2026").waitFor({ state: "detached" });
    await indicatorTable(contributor, vacant).getByText(/12,5\scellules/).waitFor();
    await indicatorTable(contributor, cells).getByText(/1\s250\scellules/).waitFor();
    expect(await contributor.getByText("En relecture : non modifiable").count()).toBe(2);
  });

  it("4. the officer returns one value; a comment is required", async () => {
    await officer.goto(campaignUrl);
    await officer.getByRole("table", { name: /^Avancement par commune/ }).getByRole("link", { name: commune }).click();
    await officer.waitForURL(sheetUrl);
    await officer.getByRole("heading", { level: 1, name: `${commune} — ${campaignName}` }).waitFor();
    await officer.getByText("2 valeurs attendent votre relecture.", { exact: false }).waitFor();
    await check(officer, "feuille de saisie (relecture)");

    const returnButton = officer.getByRole("button", { name: `Renvoyer : ${vacant}, 2026` });
    await returnButton.click();
    const table = indicatorTable(officer, vacant);
    await table.getByRole("alert").getByText("Le formulaire n'a pas pu être envoyé").waitFor();
    const commentField = officer.getByLabel(`Commentaire de relecture : ${vacant}, 2026`);
    expect(await commentField.getAttribute("aria-invalid")).toBe("true");
    await table.locator(".field-error").getByText("Un commentaire est obligatoire pour renvoyer une valeur").waitFor();
    await check(officer, "feuille de saisie (relecture, erreur)");

    await commentField.fill(returnComment);
    await returnButton.click();
    await confirmationHasFocus(officer, `${vacant}, 2026 : valeur renvoyée à la commune avec votre commentaire.`);
    await table.getByText("Renvoyée pour correction", { exact: true }).waitFor();
  });

  it("5. the contributor sees the comment, corrects and sends again", async () => {
    await contributor.reload();
    await contributor.getByRole("heading", { level: 2, name: "1 valeur renvoyée pour correction" }).waitFor();
    await contributor.getByRole("region", { name: "1 valeur renvoyée pour correction" }).getByText(returnComment).waitFor();
    await indicatorTable(contributor, vacant).getByText(returnComment).waitFor();
    await check(contributor, "feuille de saisie (correction)");

    // The notice's link leads to the value to correct.
    await contributor.getByRole("link", { name: `${vacant}, 2026` }).click();
    const input = valueInput(contributor, vacant, "2026");
    await hasFocus(input);
    expect(await input.inputValue()).toBe("12,5");
    await input.fill("14");
    await contributor.getByRole("button", { name: `Enregistrer : ${vacant}, 2026` }).click();
    await indicatorTable(contributor, vacant).getByText(`${vacant}, 2026 : valeur enregistrée en brouillon.`).waitFor();
    await contributor.getByRole("button", { name: "Envoyer pour relecture" }).click();
    await confirmationHasFocus(contributor, "1 valeur est envoyée à la Métropole pour relecture.");
  });

  it("6. the officer approves all; the history tells who changed what; the commune is complete", async () => {
    await officer.reload();
    await officer.getByRole("button", { name: "Tout approuver" }).click();
    await confirmationHasFocus(officer, "2 valeurs approuvées et publiées.");
    await indicatorTable(officer, vacant).getByText("Approuvée et publiée", { exact: true }).waitFor();
    await officer.getByText("Complet : toutes les valeurs sont approuvées.").waitFor();

    await officer.getByText(`Historique : ${vacant}, 2026`).click();
    const history = indicatorTable(officer, vacant).locator("details");
    await history.getByText(/^Renvoyée pour correction par /).waitFor();
    await history.getByText(returnComment).waitFor();
    await history.getByText(/Valeur : 12,5\scellules → 14\scellules/).waitFor();
    await history.getByText(/^Approuvée par /).waitFor();

    await officer.goto(campaignUrl);
    const table = officer.getByRole("table", { name: "Avancement par commune : 1 / 1 commune complète" });
    const row = table.getByRole("row", { name: new RegExp(commune) });
    await row.waitFor();
    expect(await row.getByRole("cell").allTextContents()).toEqual([
      "2",
      "2",
      "0",
      "2",
      "0",
      "0",
      expect.stringMatching(/^100\s%.*complète/),
    ]);

    await contributor.getByRole("navigation").getByRole("link", { name: "Campagnes" }).click();
    await contributor
      .getByRole("row", { name: new RegExp(campaignName) })
      .getByText("Complet : toutes les valeurs sont approuvées.")
      .waitFor();
  });
});

describe("a commune completes a campaign from a spreadsheet", () => {
  const campaignName = "Relevé des cellules 2027";
  let sheetUrl = "";
  /** The line of each indicator in the template (header = 1), as the import's report numbers them. */
  let lineOf: Record<string, number> = {};

  it("1. the contributor downloads the CSV template of their commune: one line per expected value", async () => {
    const campaignUrl = await createAndOpenCampaign(campaignName, 2027, false);
    sheetUrl = `${campaignUrl}/communes/${inseeCode}`;

    await contributor.getByRole("navigation").getByRole("link", { name: "Campagnes" }).click();
    await contributor.getByRole("row", { name: new RegExp(campaignName) }).getByRole("link").click();
    await contributor.waitForURL(sheetUrl);
    await contributor.getByRole("heading", { level: 1, name: `${commune} — ${campaignName}` }).waitFor();

    const href = await contributor
      .getByRole("link", { name: "Modèle au format CSV (séparateur virgule, UTF-8)" })
      .getAttribute("href");
    expect(href).toMatch(new RegExp(`/api/campaigns/[0-9a-f-]{36}/template\\.csv\\?commune=${inseeCode}$`));
    // The context's request carries the session cookie, as the browser's download does.
    const response = await contributor.request.get(`${server.url}${href}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-disposition"]).toMatch(/^attachment;/);
    const rows = parseCsv((await response.text()).replace(/^\uFEFF/, "")).filter((r) => r.some((c) => c !== ""));
    expect(rows[0]!.join(",")).toBe(sheetColumns);
    const lines = rows.slice(1);
    expect(lines).toHaveLength(2);
    expect(lines.map((r) => r[3])).toEqual([inseeCode, inseeCode]);
    expect(lines.map((r) => r[5])).toEqual(["2027", "2027"]);
    expect(lines.map((r) => r[1]).sort()).toEqual([cells, vacant].sort());
    expect(lines.map((r) => r[6])).toEqual(["", ""]);
    lineOf = Object.fromEntries(lines.map((r, i) => [r[1]!, i + 2]));

    const fill = (values: Record<string, string>) =>
      toCsv([rows[0]!, ...lines.map((r) => r.map((c, i) => (i === 6 ? values[r[1]!]! : c)))]);
    writeFileSync(join(scratch, "modele-erreur.csv"), fill({ [cells]: "1 300", [vacant]: "N/A" }));
    writeFileSync(join(scratch, "modele-rempli.csv"), fill({ [cells]: "1 300", [vacant]: "11,5" }));
  });

  it("2. a file with an error is refused at the preview, with the line, the column and why", async () => {
    await contributor.getByLabel("Fichier à importer").setInputFiles(join(scratch, "modele-erreur.csv"));
    await contributor.getByRole("button", { name: "Vérifier le fichier" }).click();
    await contributor.getByRole("heading", { level: 3, name: /^Vérification du fichier/ }).waitFor();
    await contributor.getByRole("status").getByText("Vérification terminée : 1 erreur à corriger").waitFor();
    const errors = contributor.getByRole("table", { name: "Erreurs à corriger dans le fichier (1)" });
    const cellsOfError = await errors.getByRole("row").nth(1).locator("th, td").allTextContents();
    expect(cellsOfError[0]).toBe(String(lineOf[vacant]));
    expect(cellsOfError[1]).toBe("valeur");
    expect(cellsOfError[2]).toMatch(/N\/A/);
    expect(await contributor.getByRole("button", { name: "Confirmer l'import" }).isDisabled()).toBe(true);
    await check(contributor, "feuille de saisie (import avec erreurs)");
  });

  it("3. the corrected file is previewed, confirmed, and its values show on the sheet as drafts", async () => {
    await contributor.getByRole("button", { name: "Importer un autre fichier" }).click();
    await hasFocus(contributor.getByLabel("Fichier à importer"));
    await contributor.getByLabel("Fichier à importer").setInputFiles(join(scratch, "modele-rempli.csv"));
    await contributor.getByRole("button", { name: "Vérifier le fichier" }).click();
    await contributor.getByRole("status").getByText("Vérification terminée, sans erreur").waitFor();
    const preview = contributor.getByRole("region", { name: /^Vérification du fichier/ });
    const facts = Object.fromEntries(
      await preview
        .locator(".details > div")
        .evaluateAll((items) => items.map((d) => [d.querySelector("dt")?.textContent, d.querySelector("dd")?.textContent])),
    );
    expect(facts).toMatchObject({
      "Lignes lues": "2",
      "Valeurs à créer": "2",
      "Valeurs à mettre à jour": "0",
      "Valeurs inchangées": "0",
      "Lignes ignorées (sans valeur)": "0",
      Erreurs: "0",
    });
    await check(contributor, "feuille de saisie (import vérifié)");

    await contributor.getByRole("button", { name: "Confirmer l'import" }).click();
    await contributor
      .getByRole("status")
      .getByText("Import terminé : 2 valeurs créées, 0 mises à jour, 0 inchangées.")
      .waitFor();
    await contributor.getByRole("heading", { level: 3, name: /^Import terminé/ }).waitFor();

    // The sheet is refreshed: both lines are drafts holding the imported figures.
    await expect.poll(() => valueInput(contributor, cells, "2027").inputValue()).toBe("1300");
    expect(await valueInput(contributor, vacant, "2027").inputValue()).toBe("11,5");
    for (const indicator of [cells, vacant]) {
      await indicatorTable(contributor, indicator).getByText("Brouillon", { exact: true }).waitFor();
    }
    await contributor.getByText("Reste à faire : 2 brouillons à envoyer.").waitFor();
    await contributor.getByRole("button", { name: "Envoyer pour relecture" }).waitFor();
  });

  it("raised no script error nor security-policy refusal on the way", () => {
    expect([...officerErrors(), ...contributorErrors()]).toEqual([]);
  });

  it("has no axe-core violation on any page type visited", () => {
    expect(Object.keys(axe).length).toBeGreaterThanOrEqual(12);
    expect(axe).toEqual(Object.fromEntries(Object.keys(axe).map((k) => [k, []])));
  });
});
