import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { watchPageErrors } from "@cvv/tooling/testing/browser";
import { axeRecorder, confirmationHasFocus, frenchContext, frenchPage, signIn, startServerAndBrowser } from "./support";

/**
 * Collection campaigns in a real browser against the built server. An officer creates a campaign
 * of two collected indicators for one commune and opens it; a contributor of that commune,
 * invited by e-mail, enters the values (a French error for "N/A", the decimal comma accepted),
 * sends them; the officer returns one with a comment, the contributor corrects it, the officer
 * approves everything and the commune shows complete. Then the same commune fills in a second
 * campaign from the CSV template: a file with an error is refused at the preview, the corrected
 * one is confirmed and its values appear on the sheet as drafts. Last, Bondy's referent details a
 * value of a new additive indicator in its line's complements: parts that do not add up are
 * refused (the French message at the breakdown), then it is marked confidential and a PDF is
 * attached; once approved, the portal's page of the commune shows the other year's figure but
 * never the confidential one. The officer renames the campaign through its edit form, after a
 * colleague's save brought the conflict notice. axe-core checks each page type.
 */
const app = startServerAndBrowser();
let officer: Page;
let contributor: Page;
const axe = axeRecorder();
let officerErrors: () => string[];
let contributorErrors: () => string[];
let referentErrors: () => string[] = () => [];
let portalErrors: () => string[] = () => [];
const scratch = mkdtempSync(join(tmpdir(), "cvv-e2e-campagnes-"));

const commune = "Vincennes";
const inseeCode = "94080";
const cells = "Cellules commerciales en rez-de-chaussée";
const vacant = "Cellules commerciales vacantes";
const returnComment = "Le relevé d'octobre compte 14 cellules vacantes : merci de corriger.";
const sheetColumns = "code_indicateur,indicateur,unite,code_insee,commune,periode,valeur,source,commentaire,statut";

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

/**
 * Through the form: the officer creates a campaign and opens it. By default, of the two demo
 * indicators for Vincennes over one year; `firstYear` makes it cover several years.
 */
async function createAndOpenCampaign(
  name: string,
  year: number,
  withChecks: boolean,
  {
    indicators = [cells, vacant],
    communeName = commune,
    firstYear = year,
  }: { indicators?: string[]; communeName?: string; firstYear?: number } = {},
): Promise<string> {
  await officer.getByRole("navigation").getByRole("link", { name: "Campagnes" }).click();
  await officer.getByRole("heading", { level: 1, name: "Campagnes de collecte" }).waitFor();
  if (withChecks) await axe.check(officer, "campagnes (chargé de mission)");
  await officer.getByRole("link", { name: "Nouvelle campagne" }).click();
  await officer.getByRole("heading", { level: 1, name: "Nouvelle campagne de collecte" }).waitFor();
  await officer.getByLabel("Nom de la campagne").waitFor();
  if (withChecks) {
    await axe.check(officer, "nouvelle campagne");
    // Sent empty: the summary lists every missing field, each error sits at its field.
    await officer.getByRole("button", { name: "Créer la campagne" }).click();
    const summary = officer.getByRole("alert");
    await summary.getByText("Le formulaire n'a pas pu être envoyé").waitFor();
    await summary.getByRole("link", { name: /Indicateurs à collecter : Choisissez au moins un indicateur/ }).waitFor();
    await summary.getByRole("link", { name: /Communes concernées : Choisissez au moins une commune/ }).waitFor();
    expect(await officer.getByLabel("Nom de la campagne").getAttribute("aria-invalid")).toBe("true");
    await axe.check(officer, "nouvelle campagne (erreurs)");
    await summary.getByRole("link", { name: /Communes concernées/ }).click();
    await hasFocus(
      officer
        .getByRole("group", { name: /^Communes concernées/ })
        .getByRole("checkbox")
        .first(),
    );
  }

  await officer.getByLabel("Programme").selectOption({ index: 1 });
  await officer.getByLabel("Nom de la campagne").fill(name);
  await officer.getByLabel("Consignes aux communes").fill("Relevé de terrain d'octobre, périmètre du centre-ville.");
  await officer.getByLabel("Début de la période couverte").fill(`${firstYear}-01-01`);
  await officer.getByLabel("Fin de la période couverte").fill(`${year}-12-31`);
  await officer.getByLabel("Échéance").fill(`${year + 1}-01-31`);
  for (const indicator of indicators) await officer.getByLabel(new RegExp(`^${indicator}`)).check();
  await officer
    .getByText(indicators.length === 1 ? "1 indicateur choisi." : `${indicators.length} indicateurs choisis.`)
    .waitFor();

  // The commune's territory, all at once and back, then the commune alone.
  const territory = officer
    .getByRole("group", { name: /^Communes concernées/ })
    .getByRole("group")
    .filter({ has: officer.getByLabel(communeName, { exact: true }) });
  await territory.getByRole("button", { name: /^Tout cocher/ }).click();
  const boxes = territory.getByRole("checkbox");
  const total = await boxes.count();
  expect(total).toBeGreaterThan(1);
  expect(await boxes.evaluateAll((all) => all.every((b) => (b as HTMLInputElement).checked))).toBe(true);
  await officer.getByText(`${total} communes choisies.`).waitFor();
  await territory.getByRole("button", { name: /^Tout décocher/ }).click();
  await officer.getByText("Aucune commune choisie.").waitFor();
  await officer.getByLabel(communeName, { exact: true }).check();
  await officer.getByText("1 commune choisie.").waitFor();

  await officer.getByRole("button", { name: "Créer la campagne" }).click();
  await officer.waitForURL(/\/admin\/campagnes\/[0-9a-f-]{36}$/);
  await officer.getByRole("heading", { level: 1, name }).waitFor();
  await officer.getByText(`La campagne « ${name} » est créée`).waitFor();
  const url = officer.url();
  if (withChecks) await axe.check(officer, "campagne (chargé de mission)");

  await officer.getByRole("button", { name: "Ouvrir la collecte" }).click();
  await confirmationHasFocus(officer, "La campagne est maintenant « Ouverte ».");
  await officer.getByRole("button", { name: "Clore la collecte" }).waitFor();
  return url;
}

beforeAll(async () => {
  officer = await frenchPage(app.browser);
  contributor = await frenchPage(app.browser);
  officerErrors = watchPageErrors(officer);
  contributorErrors = watchPageErrors(contributor);
});
afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
});

describe("a commune completes a campaign from the browser", () => {
  const campaignName = "Relevé des cellules 2026";
  let campaignUrl = "";
  let sheetUrl = "";

  it("1. an officer creates a campaign of two collected indicators for one commune, and opens it", async () => {
    await signIn(officer, app.server, "officer");
    campaignUrl = await createAndOpenCampaign(campaignName, 2026, true);

    // Reminders: the count sent is said in a status region.
    await officer.getByRole("button", { name: "Envoyer les relances dues" }).click();
    await officer
      .getByRole("status")
      .filter({ hasText: /relance/ })
      .waitFor();

    const table = officer.getByRole("table", { name: /^Avancement par commune : 0 \/ 1 commune complète/ });
    const row = table.getByRole("row", { name: new RegExp(commune) });
    await row.waitFor();
    expect(await row.getByRole("cell").allTextContents()).toEqual([
      "2",
      "0",
      "0",
      "0",
      "0",
      "2",
      expect.stringMatching(/^0\s%/),
    ]);
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

    const mail = app.server.outbox().find((m) => m.includes("releves@vincennes.example"));
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
    await axe.check(contributor, "campagnes (contributeur)");
    const row = contributor.getByRole("row", { name: new RegExp(campaignName) });
    await row.getByText("Reste à faire : 2 valeurs à saisir.").waitFor();
    // One commune: the link goes straight to its sheet.
    await row.getByRole("link", { name: campaignName }).click();
    await contributor.waitForURL(sheetUrl);
    await contributor.getByRole("heading", { level: 1, name: `${commune} — ${campaignName}` }).waitFor();
    await contributor.getByText("Relevé de terrain d'octobre, périmètre du centre-ville.").waitFor();
    await contributor.getByText("Reste à faire : 2 valeurs à saisir.").waitFor();
    await axe.check(contributor, "feuille de saisie (contributeur)");

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
    await axe.check(contributor, "feuille de saisie (erreur à la ligne)");

    await cellsInput.fill("1 250");
    await contributor.getByRole("button", { name: `Enregistrer : ${cells}, 2026` }).click();
    await table.getByRole("status").getByText(`${cells}, 2026 : valeur enregistrée en brouillon.`).waitFor();
    expect(await cellsInput.getAttribute("aria-invalid")).toBeNull();
    await table.getByText("Brouillon", { exact: true }).waitFor();

    await valueInput(contributor, vacant, "2026").fill("12,5");
    await contributor.getByLabel(`Source : ${vacant}, 2026`).fill("Relevé de terrain");
    await contributor.getByRole("button", { name: `Enregistrer : ${vacant}, 2026` }).click();
    await indicatorTable(contributor, vacant).getByText(`${vacant}, 2026 : valeur enregistrée en brouillon.`).waitFor();
    await contributor.getByText("Reste à faire : 2 brouillons à envoyer.").waitFor();

    await contributor.getByRole("button", { name: "Envoyer pour relecture" }).click();
    await confirmationHasFocus(contributor, "2 valeurs sont envoyées à la Métropole pour relecture.");
    // Under review: read-only.
    await valueInput(contributor, vacant, "2026").waitFor({ state: "detached" });
    await indicatorTable(contributor, vacant)
      .getByText(/12,5\scellules/)
      .waitFor();
    await indicatorTable(contributor, cells)
      .getByText(/1\s250\scellules/)
      .waitFor();
    expect(await contributor.getByText("En relecture : non modifiable").count()).toBe(2);
  });

  it("4. the officer returns one value; a comment is required", async () => {
    await officer.goto(campaignUrl);
    await officer
      .getByRole("table", { name: /^Avancement par commune/ })
      .getByRole("link", { name: commune })
      .click();
    await officer.waitForURL(sheetUrl);
    await officer.getByRole("heading", { level: 1, name: `${commune} — ${campaignName}` }).waitFor();
    await officer.getByText("2 valeurs attendent votre relecture.", { exact: false }).waitFor();
    await axe.check(officer, "feuille de saisie (relecture)");

    const returnButton = officer.getByRole("button", { name: `Renvoyer : ${vacant}, 2026` });
    await returnButton.click();
    const table = indicatorTable(officer, vacant);
    await table.getByRole("alert").getByText("Le formulaire n'a pas pu être envoyé").waitFor();
    const commentField = officer.getByLabel(`Commentaire de relecture : ${vacant}, 2026`);
    expect(await commentField.getAttribute("aria-invalid")).toBe("true");
    await table.locator(".field-error").getByText("Un commentaire est obligatoire pour renvoyer une valeur").waitFor();
    await axe.check(officer, "feuille de saisie (relecture, erreur)");

    await commentField.fill(returnComment);
    await returnButton.click();
    await confirmationHasFocus(officer, `${vacant}, 2026 : valeur renvoyée à la commune avec votre commentaire.`);
    await table.getByText("Renvoyée pour correction", { exact: true }).waitFor();
  });

  it("5. the contributor sees the comment, corrects and sends again", async () => {
    await contributor.reload();
    await contributor.getByRole("heading", { level: 2, name: "1 valeur renvoyée pour correction" }).waitFor();
    await contributor
      .getByRole("region", { name: "1 valeur renvoyée pour correction" })
      .getByText(returnComment)
      .waitFor();
    await indicatorTable(contributor, vacant).getByText(returnComment).waitFor();
    await axe.check(contributor, "feuille de saisie (correction)");

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

    // Loaded afresh: the list shown at the end of the first scenario predates this campaign.
    await contributor.goto(`${app.server.url}/admin/campagnes`);
    await contributor
      .getByRole("row", { name: new RegExp(campaignName) })
      .getByRole("link")
      .click();
    await contributor.waitForURL(sheetUrl);
    await contributor.getByRole("heading", { level: 1, name: `${commune} — ${campaignName}` }).waitFor();

    const href = await contributor
      .getByRole("link", { name: "Modèle au format CSV (séparateur virgule, UTF-8)" })
      .getAttribute("href");
    expect(href).toMatch(new RegExp(`/api/campaigns/[0-9a-f-]{36}/template\\.csv\\?commune=${inseeCode}$`));
    // The context's request carries the session cookie, as the browser's download does.
    const response = await contributor.request.get(`${app.server.url}${href}`);
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
    await axe.check(contributor, "feuille de saisie (import avec erreurs)");
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
        .evaluateAll((items) =>
          items.map((d) => [d.querySelector("dt")?.textContent, d.querySelector("dd")?.textContent]),
        ),
    );
    expect(facts).toMatchObject({
      "Lignes lues": "2",
      "Valeurs à créer": "2",
      "Valeurs à mettre à jour": "0",
      "Valeurs inchangées": "0",
      "Lignes ignorées (sans valeur)": "0",
      Erreurs: "0",
    });
    await axe.check(contributor, "feuille de saisie (import vérifié)");

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
});

describe("a commune details, hides and documents a value; the officer edits the campaign", () => {
  const campaignName = "Devantures 2024-2025";
  const bondy = { name: "Bondy", inseeCode: "93010" };
  const storefronts = { code: "devantures_renovees", name: "Devantures commerciales rénovées", unit: "devantures" };
  const line2025 = `${storefronts.name}, 2025`;
  const line2024 = `${storefronts.name}, 2024`;
  const pdfName = "releve-devantures-2025.pdf";
  const sumRefused = "La somme des parts (9) ne correspond pas à la valeur (10).";
  let campaignUrl = "";
  let sheetUrl = "";
  let bondyContext: BrowserContext;
  let referent: Page;

  const field = (label: string) => referent.getByLabel(label, { exact: true });
  const complements = (page: Page, line: string) =>
    page.locator("details").filter({ has: page.locator("summary", { hasText: `Compléments — ${line}` }) });
  /** The input of the next call to a tRPC procedure (a batch of one, without transformer). */
  const nextInput = async (page: Page, procedure: string) => {
    const request = await page.waitForRequest((r) => r.url().includes(`/trpc/${procedure}`));
    return ((request.postDataJSON() as Record<string, Record<string, unknown>>)["0"] ?? {}) as Record<string, unknown>;
  };

  it("1. the officer creates an additive indicator, and a campaign of it for Bondy over two years", async () => {
    await officer.goto(`${app.server.url}/admin/indicateurs/nouveau`);
    await officer.getByRole("heading", { level: 1, name: "Nouvel indicateur" }).waitFor();
    await officer.getByLabel(/^Code/).fill(storefronts.code);
    await officer.getByLabel(/^Nom/).fill(storefronts.name);
    await officer.getByLabel(/^Unité/).fill(storefronts.unit);
    await officer.getByLabel(/^Type/).selectOption({ label: "Performance" });
    await officer.getByLabel(/^Sens souhaité/).selectOption({ label: "Plus c'est haut, mieux c'est" });
    await officer.getByLabel(/^Fréquence de collecte/).selectOption({ label: "Annuelle" });
    await officer.getByLabel(/^Agrégation/).selectOption({ label: "Somme" });
    await officer.getByRole("button", { name: "Créer l'indicateur" }).click();
    await officer.getByRole("heading", { level: 1, name: storefronts.name }).waitFor();

    campaignUrl = await createAndOpenCampaign(campaignName, 2025, false, {
      indicators: [storefronts.name],
      communeName: bondy.name,
      firstYear: 2024,
    });
    sheetUrl = `${campaignUrl}/communes/${bondy.inseeCode}`;
  });

  it("2. parts that do not add up to the value are refused, the French message at the breakdown", async () => {
    bondyContext = await frenchContext(app.browser);
    referent = await bondyContext.newPage();
    referentErrors = watchPageErrors(referent);
    await signIn(referent, app.server, "contributor");
    await referent.goto(sheetUrl);
    await referent.getByRole("heading", { level: 1, name: `${bondy.name} — ${campaignName}` }).waitFor();

    await field(`Valeur (devantures) : ${line2025}`).fill("10");
    const more = complements(referent, line2025);
    await more.locator("summary").click();
    // Public by default: a new value of this indicator is not confidential unless said so.
    expect(await field(`Valeur confidentielle (jamais publiée sur le portail) : ${line2025}`).isChecked()).toBe(false);
    await more.getByText("Aucune part : la valeur n'est pas décomposée.").waitFor();

    await referent.getByRole("button", { name: `Ajouter une part : ${line2025}` }).click();
    await hasFocus(field(`Libellé de la part 1 : ${line2025}`));
    await referent.keyboard.type("Alimentation");
    await field(`Valeur de la part 1 (devantures) : ${line2025}`).fill("6");
    await referent.getByRole("button", { name: `Ajouter une part : ${line2025}` }).click();
    await field(`Libellé de la part 2 : ${line2025}`).fill("Services");
    await field(`Valeur de la part 2 (devantures) : ${line2025}`).fill("3");
    await referent.getByRole("button", { name: `Ajouter une part : ${line2025}` }).click();
    await referent.getByRole("button", { name: `Retirer la part 3 : ${line2025}` }).click();
    await expect.poll(() => field(`Libellé de la part 3 : ${line2025}`).count()).toBe(0);
    await more.getByText("Somme des parts : 9 sur 10").waitFor();
    await axe.check(referent, "feuille de saisie (compléments ouverts)");

    await referent.getByRole("button", { name: `Enregistrer : ${line2025}` }).click();
    const breakdown = referent.getByRole("group", { name: `Décomposition en parts : ${line2025}` });
    await breakdown.locator(".field-error").getByText(sumRefused).waitFor();
    const firstPart = field(`Valeur de la part 1 (devantures) : ${line2025}`);
    await hasFocus(firstPart);
    expect(await firstPart.getAttribute("aria-invalid")).toBe("true");
    const describedBy = (await firstPart.getAttribute("aria-describedby")) ?? "";
    expect(await referent.locator(`[id="${describedBy.split(" ").at(-1)}"]`).textContent()).toContain(sumRefused);
    // Said at the breakdown only: not in the line's summary of other errors.
    expect(await indicatorTable(referent, storefronts.name).getByRole("alert").count()).toBe(0);
    await axe.check(referent, "feuille de saisie (décomposition refusée)");
  });

  it("3. corrected, confidential and with a PDF attached, it is saved; a later save sends only what changed", async () => {
    await field(`Valeur de la part 2 (devantures) : ${line2025}`).fill("4");
    const more = complements(referent, line2025);
    await more.getByText("Somme des parts : 10 sur 10").waitFor();
    await field(`Valeur confidentielle (jamais publiée sur le portail) : ${line2025}`).check();

    const pdf = Buffer.from(
      "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
    );
    // A program renamed as a PDF is refused by the server, its French message at the file field.
    const fileField = field(`Joindre un fichier : ${line2025}`);
    await fileField.setInputFiles({
      name: "releve.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03]),
    });
    const attachmentGroup = referent.getByRole("group", { name: `Pièce jointe : ${line2025}` });
    await attachmentGroup
      .locator(".field-error")
      .getByText("Le fichier « releve.pdf » est un fichier d'un type non reconnu", { exact: false })
      .waitFor();
    expect(await fileField.getAttribute("aria-invalid")).toBe("true");

    await fileField.setInputFiles({
      name: pdfName,
      mimeType: "application/pdf",
      buffer: pdf,
    });
    await more
      .getByRole("status")
      .getByText(`Fichier « ${pdfName} » joint : enregistrez la ligne pour le garder.`)
      .waitFor();
    // Now one is attached, the same field replaces it; the error went with the refused file.
    expect(await field(`Remplacer la pièce jointe : ${line2025}`).getAttribute("aria-invalid")).toBeNull();
    const link = more.getByRole("link", { name: `${pdfName} : ${line2025}` });
    const href = (await link.getAttribute("href")) ?? "";
    expect(href).toMatch(/^\/api\/files\/[0-9a-f-]{36}$/);
    const download = await referent.request.get(`${app.server.url}${href}`);
    expect(download.status()).toBe(200);
    expect(download.headers()["content-type"]).toBe("application/pdf");
    expect((await download.body()).subarray(0, 8).toString()).toBe("%PDF-1.4");

    const sent = nextInput(referent, "values.save");
    await referent.getByRole("button", { name: `Enregistrer : ${line2025}` }).click();
    const created = await sent;
    expect(created).toMatchObject({
      value: 10,
      breakdown: [
        { label: "Alimentation", value: 6 },
        { label: "Services", value: 4 },
      ],
      confidential: true,
      attachmentId: href.split("/").at(-1),
    });
    await indicatorTable(referent, storefronts.name)
      .getByRole("status")
      .getByText(`${line2025} : valeur enregistrée en brouillon.`)
      .waitFor();
    await more.locator("summary").getByText("(confidentielle, 2 parts, pièce jointe)").waitFor();

    await field(`Source : ${line2025}`).fill("Relevé de terrain");
    const edited = nextInput(referent, "values.save");
    await referent.getByRole("button", { name: `Enregistrer : ${line2025}` }).click();
    expect(Object.keys(await edited).sort()).toEqual([
      "campaignId",
      "communeInseeCode",
      "indicatorId",
      "period",
      "source",
      "value",
      "version",
    ]);
    await more.locator("summary").getByText("(confidentielle, 2 parts, pièce jointe)").waitFor();

    await field(`Valeur (devantures) : ${line2024}`).fill("7");
    await referent.getByRole("button", { name: `Enregistrer : ${line2024}` }).click();
    await indicatorTable(referent, storefronts.name)
      .getByRole("status")
      .getByText(`${line2024} : valeur enregistrée en brouillon.`)
      .waitFor();
    await referent.getByRole("button", { name: "Envoyer pour relecture" }).click();
    await confirmationHasFocus(referent, "2 valeurs sont envoyées à la Métropole pour relecture.");

    // Read-only now: the complements are said in words, the document still a link.
    const row = indicatorTable(referent, storefronts.name)
      .getByRole("row")
      .filter({ has: referent.getByRole("rowheader", { name: "2025", exact: true }) });
    await row.getByText("Confidentielle", { exact: true }).waitFor();
    await row.getByText(/^Alimentation : 6\sdevantures$/).waitFor();
    await row.getByText(/^Services : 4\sdevantures$/).waitFor();
    await row.getByRole("link", { name: `${pdfName} : ${line2025}` }).waitFor();
    await axe.check(referent, "feuille de saisie (compléments en lecture)");
  });

  it("4. once approved, the portal's page of the commune shows the public figure, never the confidential one", async () => {
    await officer.goto(sheetUrl);
    await officer.getByRole("heading", { level: 1, name: `${bondy.name} — ${campaignName}` }).waitFor();
    const row = indicatorTable(officer, storefronts.name)
      .getByRole("row")
      .filter({ has: officer.getByRole("rowheader", { name: "2025", exact: true }) });
    await row.getByText("Confidentielle", { exact: true }).waitFor();
    await officer.getByRole("button", { name: "Tout approuver" }).click();
    await confirmationHasFocus(officer, "2 valeurs approuvées et publiées.");

    const portal = await bondyContext.newPage();
    portalErrors = watchPageErrors(portal);
    await portal.goto(`${app.server.url}/communes/${bondy.inseeCode}`);
    const figures = portal.getByRole("region", { name: "Chiffres clés" });
    await figures.getByRole("heading", { level: 3, name: storefronts.name }).waitFor();
    await figures.getByText(/^Dernière valeur \(2024\) : 7\sdevantures$/).waitFor();
    const table = figures.getByRole("table", { name: `${storefronts.name} à ${bondy.name}, par période` });
    expect(await table.getByRole("rowheader").allTextContents()).toEqual(["2024"]);
    expect(await figures.getByText(/10\sdevantures/).count()).toBe(0);
    await portal.close();
  });

  it("5. the officer renames the campaign through its edit form, after a colleague's save brought a conflict", async () => {
    await officer.goto(campaignUrl);
    await officer.getByRole("heading", { level: 1, name: campaignName }).waitFor();
    await officer.getByRole("link", { name: "Modifier la campagne" }).click();
    const editUrl = `${campaignUrl}/modifier`;
    await officer.waitForURL(editUrl);
    await officer.getByRole("heading", { level: 1, name: `Modifier la campagne « ${campaignName} »` }).waitFor();
    const name = officer.getByLabel("Nom de la campagne");
    await expect.poll(() => name.inputValue()).toBe(campaignName);
    expect(await officer.getByLabel("Début de la période couverte").inputValue()).toBe("2024-01-01");
    expect(await officer.getByLabel("Fin de la période couverte").inputValue()).toBe("2025-12-31");
    expect(await officer.getByLabel(new RegExp(`^${storefronts.name}`)).isChecked()).toBe(true);
    expect(await officer.getByLabel(bondy.name, { exact: true }).isChecked()).toBe(true);
    await officer.getByText("1 commune choisie.").waitFor();
    await axe.check(officer, "modification de campagne");

    // Nothing changed: nothing is written, and the page says so.
    await officer.getByRole("button", { name: "Enregistrer les modifications" }).click();
    await confirmationHasFocus(officer, "Aucune modification à enregistrer");

    // A colleague saves first, from the same form in another tab.
    const colleague = await officer.context().newPage();
    await colleague.goto(editUrl);
    const instructions = colleague.getByLabel("Consignes aux communes");
    await expect.poll(() => instructions.inputValue()).not.toBe("");
    await instructions.fill("Comptez aussi les devantures en travaux.");
    await colleague.getByRole("button", { name: "Enregistrer les modifications" }).click();
    await colleague.waitForURL(campaignUrl);
    await colleague.close();

    const renamed = `${campaignName} (devantures rénovées)`;
    await name.fill(renamed);
    await officer.getByRole("button", { name: "Enregistrer les modifications" }).click();
    const conflict = officer.getByRole("alert").filter({ hasText: "Quelqu'un d'autre a enregistré avant vous" });
    await conflict.waitFor();
    await axe.check(officer, "modification de campagne (conflit)");
    await conflict.getByRole("button", { name: "Recharger la version actuelle" }).click();
    await confirmationHasFocus(officer, "La version actuelle est chargée");
    expect(await name.inputValue()).toBe(campaignName);
    expect(await officer.getByLabel("Consignes aux communes").inputValue()).toBe(
      "Comptez aussi les devantures en travaux.",
    );

    await name.fill(renamed);
    const sent = nextInput(officer, "campaigns.update");
    await officer.getByRole("button", { name: "Enregistrer les modifications" }).click();
    const input = await sent;
    expect(Object.keys(input).sort()).toEqual(["id", "name", "version"]);
    expect(input["name"]).toBe(renamed);
    await officer.waitForURL(campaignUrl);
    await officer.getByRole("heading", { level: 1, name: renamed }).waitFor();
    await officer.getByText(`Les modifications de la campagne « ${renamed} » sont enregistrées.`).waitFor();
  });
});

describe("on the way", () => {
  it("raised no script error nor security-policy refusal", () => {
    expect([...officerErrors(), ...contributorErrors(), ...referentErrors(), ...portalErrors()]).toEqual([]);
  });

  it("has no axe-core violation on any page type visited", () => {
    axe.expectNoViolation({ atLeast: 17 });
  });
});
