import { beforeAll, describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { watchPageErrors } from "@cvv/tooling/testing/browser";
import { axeRecorder, confirmationHasFocus, frenchPage, signIn, startServerAndBrowser } from "./support";

/**
 * Documents attached to a project, in a real browser against the built server. The officer opens
 * Bondy's demo project, whose demo documents are listed; a web page renamed as a PDF is refused,
 * its French message at the file field; a PDF is attached, then a second version deposited: the
 * table says "version 2", and both versions download with the right bytes and headers. Bondy's
 * contributor sees the document and downloads it; a request without a session is refused. axe
 * checks the project page with its documents.
 */
const app = startServerAndBrowser();
let officer: Page;
let contributor: Page;
const axe = axeRecorder();
let officerErrors: () => string[];
let contributorErrors: () => string[];

const projectTitle = "Cœur de ville de Bondy : commerces et espaces publics";
const documentTitle = "Étude de programmation commerciale";
const pdf = (text: string) =>
  Buffer.from(
    `%PDF-1.4\n% ${text}\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`,
  );
const firstVersion = pdf("premiere version");
const secondVersion = pdf("seconde version, apres la concertation");

async function openProject(page: Page) {
  await page.getByRole("navigation").getByRole("link", { name: "Projets" }).first().click();
  // The list of projects, not the page being left (a contributor's home lists the same project).
  await page.getByRole("heading", { level: 1, name: "Projets" }).waitFor();
  await page.getByRole("rowheader").getByRole("link", { name: projectTitle }).click();
  await page.getByRole("heading", { level: 1, name: projectTitle }).waitFor();
  await page.getByRole("heading", { level: 2, name: "Documents" }).waitFor();
}

function documentsTable(page: Page): Locator {
  return page.getByRole("table", { name: /^Documents \(\d+\)/ });
}

function documentRow(page: Page, title: string): Locator {
  return documentsTable(page)
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: title }) });
}

/** A download as the browser makes it: the page's context carries the session cookie. */
async function download(page: Page, link: Locator) {
  const href = (await link.getAttribute("href")) ?? "";
  expect(href).toMatch(/^\/api\/documents\/[0-9a-f-]{36}$/);
  return page.request.get(`${app.server.url}${href}`);
}

beforeAll(async () => {
  officer = await frenchPage(app.browser);
  contributor = await frenchPage(app.browser);
  officerErrors = watchPageErrors(officer);
  contributorErrors = watchPageErrors(contributor);
});

describe("documents of a project, in the browser", () => {
  it("1. the officer opens Bondy's project: its demo documents are listed", async () => {
    await signIn(officer, app.server, "officer");
    await openProject(officer);
    const convention = documentRow(officer, "Convention de revitalisation du centre-ville");
    await convention.waitFor();
    expect(await convention.getByRole("cell").first().textContent()).toBe("version 2");
    await documentRow(officer, "Relevé des cellules commerciales").waitFor();
    const demo = await download(
      officer,
      convention.getByRole("link", { name: /^convention-revitalisation-bondy-avenant-1\.pdf/ }),
    );
    expect(demo.status()).toBe(200);
    expect((await demo.body()).subarray(0, 8).toString()).toBe("%PDF-1.4");
    await axe.check(officer, "projet avec documents (chargé de mission)");
  });

  it("2. a web page renamed as a PDF is refused, the French message at the file field", async () => {
    await officer.getByLabel("Titre du document").fill(documentTitle);
    const fileField = officer.getByLabel(/^Fichier/);
    await fileField.setInputFiles({
      name: "etude.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"),
    });
    await officer.getByRole("button", { name: "Déposer le document" }).click();
    const refused =
      "Le fichier « etude.pdf » n'est pas un document PDF : son contenu est une page web (HTML) ou du XML";
    const summary = officer.getByRole("alert").filter({ hasText: "Le formulaire n'a pas pu être envoyé" });
    await summary.getByRole("link", { name: `Fichier : ${refused}` }).waitFor();
    expect(await fileField.getAttribute("aria-invalid")).toBe("true");
    const describedBy = (await fileField.getAttribute("aria-describedby")) ?? "";
    expect(await officer.locator(`[id="${describedBy.split(" ").at(-1)}"]`).textContent()).toContain(refused);
    // Nothing was recorded: the table still holds the demo documents only.
    expect(await documentRow(officer, documentTitle).count()).toBe(0);
    await axe.check(officer, "projet, document refusé");
  });

  it("3. a PDF is attached, then a second version deposited: the table says version 2", async () => {
    await officer.getByLabel(/^Fichier/).setInputFiles({
      name: "etude.pdf",
      mimeType: "application/pdf",
      buffer: firstVersion,
    });
    await officer.getByLabel("Note sur cette version").first().fill("Rapport provisoire");
    await officer.getByRole("button", { name: "Déposer le document" }).click();
    await confirmationHasFocus(officer, `Le document « ${documentTitle} » est déposé (version 1).`);
    const row = documentRow(officer, documentTitle);
    expect(await row.getByRole("cell").first().textContent()).toBe("version 1");
    expect(await officer.getByLabel("Titre du document").inputValue()).toBe("");

    await row.getByRole("button", { name: `Nouvelle version de « ${documentTitle} »` }).click();
    const form = officer.getByRole("region", { name: `Nouvelle version de « ${documentTitle} »` });
    await form.getByText("La version actuelle est la version 1.").waitFor();
    await axe.check(officer, "projet, nouvelle version d'un document");
    await form.getByLabel(/^Fichier/).setInputFiles({
      name: "etude-v2.pdf",
      mimeType: "application/pdf",
      buffer: secondVersion,
    });
    await form.getByLabel("Note sur cette version").fill("Après la concertation des commerçants");
    await form.getByRole("button", { name: "Déposer la version" }).click();
    await confirmationHasFocus(officer, `« ${documentTitle} » : version 2 déposée.`);
    expect(await row.getByRole("cell").first().textContent()).toBe("version 2");
    expect(await officer.getByRole("region", { name: /^Nouvelle version/ }).count()).toBe(0);
  });

  it("4. the officer downloads version 2, then version 1 from the versions disclosure", async () => {
    const row = documentRow(officer, documentTitle);
    const latest = await download(
      officer,
      row.getByRole("link", { name: `etude-v2.pdf : ${documentTitle}, version 2` }),
    );
    expect(latest.status()).toBe(200);
    expect(latest.headers()["content-type"]).toBe("application/pdf");
    expect(latest.headers()["content-disposition"]).toBe(
      `attachment; filename="etude-v2.pdf"; filename*=UTF-8''etude-v2.pdf`,
    );
    expect(latest.headers()["x-content-type-options"]).toBe("nosniff");
    expect((await latest.body()).equals(secondVersion)).toBe(true);

    await row.locator("summary").getByText("Versions (2)").click();
    const earlier = row.getByRole("link", { name: `etude.pdf : ${documentTitle}, version 1` });
    await earlier.waitFor();
    const first = await download(officer, earlier);
    expect(first.status()).toBe(200);
    expect((await first.body()).equals(firstVersion)).toBe(true);
    await axe.check(officer, "projet, versions d'un document ouvertes");
  });

  it("5. Bondy's contributor sees the document and downloads it; without a session, it is refused", async () => {
    await signIn(contributor, app.server, "contributor");
    await openProject(contributor);
    const row = documentRow(contributor, documentTitle);
    expect(await row.getByRole("cell").first().textContent()).toBe("version 2");
    const link = row.getByRole("link", { name: `etude-v2.pdf : ${documentTitle}, version 2` });
    const own = await download(contributor, link);
    expect(own.status()).toBe(200);
    expect((await own.body()).equals(secondVersion)).toBe(true);
    // The contributor may add documents to their commune's project, not remove any.
    await contributor.getByRole("heading", { level: 3, name: "Ajouter un document" }).waitFor();
    expect(await row.getByRole("button", { name: /^Supprimer/ }).count()).toBe(0);
    await axe.check(contributor, "projet avec documents (commune)");

    const anonymous = await fetch(`${app.server.url}${(await link.getAttribute("href")) ?? ""}`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ error: "Connectez-vous pour continuer." });
  });
});

describe("on the way", () => {
  it("raised no script error nor security-policy refusal", () => {
    expect([...officerErrors(), ...contributorErrors()]).toEqual([]);
  });

  it("has no axe-core violation on any page type visited", () => {
    axe.expectNoViolation({ exactly: 5 });
  });
});
