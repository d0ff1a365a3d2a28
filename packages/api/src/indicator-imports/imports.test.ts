import ExcelJS from "exceljs";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, factories, type TestDatabase } from "@cvv/db/testing";
import type { SessionUser } from "@cvv/domain/users";
import { actor, appCaller } from "../testing/test-context.js";
import { campaignTemplate } from "./export-sheet/campaign-template.service.js";
import { campaignValues } from "./export-sheet/campaign-values.service.js";
import { detectFileKind } from "./detect-file-type.js";
import { columnKey, escapeFormula, inseeCodeOf, parseFigure, periodTextOf, unescapeFormula } from "./sheet-format.js";
import { storeUpload } from "./store-upload/store-upload.service.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

const f = () => factories(db.prisma);
const header = "code_indicateur,indicateur,unite,code_insee,commune,periode,valeur,source,commentaire,statut";

/**
 * A campaign over 2025 asking Bondy (93010) and Bagnolet (93006) for a yearly and a quarterly
 * indicator: 5 cells per commune. Another indicator of the library stays out of it.
 */
async function fixture() {
  const yearly = await f().indicator({ frequency: "yearly", name: "Commerces actifs", unit: "nombre" });
  const quarterly = await f().indicator({ frequency: "quarterly", name: "Vacance commerciale", unit: "%" });
  const outsider = await f().indicator({ frequency: "yearly" });
  const campaign = await f().campaign({ indicatorIds: [yearly.id, quarterly.id], communeCodes: ["93010", "93006"] });
  const officer = await actor(db.prisma, "officer");
  const contributor = await actor(db.prisma, "contributor", ["93010"]);
  return { yearly, quarterly, outsider, campaign, officer, contributor };
}

const valuesOf = (indicatorIds: string[]) =>
  db.prisma.indicatorValue.findMany({
    where: { indicatorId: { in: indicatorIds } },
    select: {
      communeInseeCode: true,
      period: true,
      value: true,
      status: true,
      source: true,
      comment: true,
      authorId: true,
    },
    orderBy: [{ communeInseeCode: "asc" }, { period: "asc" }],
  });

/** Uploads a file, starts its import and waits for the check: the job as the admin app would poll it. */
async function checkFile(
  user: SessionUser,
  campaignId: string,
  fileName: string,
  bytes: Uint8Array,
  options: { submit?: boolean } = {},
) {
  const session = appCaller(db.prisma, user);
  const upload = await storeUpload(session.ctx, user, { fileName, bytes, purpose: "import" });
  if (!upload.ok) throw new Error(upload.error.message);
  const started = await session.caller.imports.start({ fileId: upload.value.id, campaignId, ...options });
  expect(started.status).toBe("queued");
  await session.ctx.tasks.idle();
  expect(session.taskErrors).toEqual([]);
  const job = await session.caller.imports.get({ id: started.id });
  return { session, job };
}

async function confirm(session: ReturnType<typeof appCaller>, id: string) {
  const applying = await session.caller.imports.confirm({ id });
  expect(applying.status).toBe("applying");
  await session.ctx.tasks.idle();
  return session.caller.imports.get({ id });
}

const csv = (lines: string[]) => Buffer.from(`${[header, ...lines].join("\n")}\n`, "utf-8");

describe("template round trip", () => {
  it("exports an XLSX template, imports it filled in, and creates drafts with their history", async () => {
    const { yearly, quarterly, campaign, officer } = await fixture();
    const session = appCaller(db.prisma, officer);
    const template = await campaignTemplate(session.ctx, officer, { campaignId: campaign.id, format: "xlsx" });
    if (!template.ok) throw new Error(template.error.message);
    expect(template.value.contentType).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(template.value.fileName).toMatch(/^modele-campagne-[a-f0-9]+\.xlsx$/);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.value.body as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Valeurs", "Consignes"]);
    const sheet = workbook.getWorksheet("Valeurs")!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...header.split(",")]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    // 2 communes × (1 year + 4 quarters), Bagnolet first (alphabetical order).
    expect(sheet.rowCount).toBe(11);
    const yearlyRow = sheet.getRows(2, 10)!.find((r) => r.getCell(1).value === yearly.code)!;
    expect(yearlyRow.values).toEqual([
      undefined,
      yearly.code,
      "Commerces actifs",
      "nombre",
      "93006",
      "Bagnolet",
      "2025",
    ]);
    const guide = workbook.getWorksheet("Consignes")!;
    const guideText = guide.getSheetValues().flat().join(" ");
    expect(guideText).toContain("Vacance commerciale");
    expect(guideText).toContain("laissez la cellule vide");

    // Bondy's five cells get a figure, as a number or as French text; Bagnolet's stay empty.
    const figures: (number | string)[] = [11, "1 234,5", 13, "2,25", 15];
    sheet.eachRow((row, number) => {
      if (number === 1 || row.getCell(4).value !== "93010") return;
      row.getCell(7).value = figures.shift()!;
      row.getCell(8).value = "Observatoire du commerce";
    });
    const filled = Buffer.from(await workbook.xlsx.writeBuffer());

    const { job } = await checkFile(officer, campaign.id, "modèle rempli.xlsx", filled);
    expect(job).toMatchObject({ status: "checked", fileName: "modèle rempli.xlsx", totalRows: 10, processedRows: 10 });
    expect(job.report).toEqual({
      submit: false,
      rows: 10,
      valid: 5,
      ignored: 5,
      invalid: 0,
      errors: [],
      errorCount: 0,
      toCreate: 5,
      toUpdate: 0,
      unchanged: 0,
    });
    expect(await valuesOf([yearly.id, quarterly.id])).toEqual([]);

    const done = await confirm(session, job.id);
    expect(done.status).toBe("done");
    expect(done.report).toMatchObject({ created: 5, updated: 0, unchanged: 0 });
    expect(done.finishedAt).not.toBeNull();

    const stored = await valuesOf([yearly.id, quarterly.id]);
    expect(stored).toHaveLength(5);
    expect(
      stored.every((v) => v.status === "draft" && v.communeInseeCode === "93010" && v.authorId === officer.id),
    ).toBe(true);
    expect(stored.map((v) => v.value).sort((a, b) => a - b)).toEqual([2.25, 11, 13, 15, 1234.5]);
    const history = await db.prisma.indicatorValueChange.findMany({
      where: { value: { indicatorId: { in: [yearly.id, quarterly.id] } } },
    });
    expect(history).toHaveLength(5);
    expect(history.every((h) => h.action === "imported" && h.actorId === officer.id)).toBe(true);

    // The next template comes pre-filled with what was imported.
    const again = await campaignTemplate(session.ctx, officer, {
      campaignId: campaign.id,
      format: "csv",
      communeInseeCode: "93010",
    });
    if (!again.ok) throw new Error(again.error.message);
    const lines = Papa.parse<string[]>(again.value.body.toString("utf-8").trim()).data;
    expect(lines).toHaveLength(6);
    expect(lines.find((l) => l[0] === yearly.code)).toEqual([
      yearly.code,
      "Commerces actifs",
      "nombre",
      "93010",
      "Bondy",
      "2025",
      String(stored.find((v) => v.period === "2025")!.value),
      "Observatoire du commerce",
      "",
      "Brouillon",
    ]);
  });

  it("exports a CSV template to a contributor for their commune only, and sends the import for review", async () => {
    const { yearly, quarterly, campaign, contributor } = await fixture();
    const session = appCaller(db.prisma, contributor);
    const template = await campaignTemplate(session.ctx, contributor, { campaignId: campaign.id, format: "csv" });
    if (!template.ok) throw new Error(template.error.message);
    expect(template.value.contentType).toBe("text/csv; charset=utf-8");
    const text = template.value.body.toString("utf-8");
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    const rows = Papa.parse<string[]>(text.trim()).data;
    expect(rows[0]).toEqual(header.split(","));
    expect(
      rows
        .slice(1)
        .map((r) => `${r[3]} ${r[5]}`)
        .sort(),
    ).toEqual(["93010 2025", "93010 2025-T1", "93010 2025-T2", "93010 2025-T3", "93010 2025-T4"]);
    expect(rows.slice(1).every((r) => r[4] === "Bondy")).toBe(true);

    const filled = rows.map((r, i) => (i === 0 ? r : r.map((cell, c) => (c === 6 ? `${i}.5` : cell))));
    const { job } = await checkFile(contributor, campaign.id, "modele.csv", Buffer.from(Papa.unparse(filled)), {
      submit: true,
    });
    expect(job.report).toMatchObject({ submit: true, rows: 5, valid: 5, toCreate: 5, errorCount: 0 });
    const done = await confirm(session, job.id);
    expect(done.report).toMatchObject({ created: 5 });
    const stored = await valuesOf([yearly.id, quarterly.id]);
    expect(stored.map((v) => v.status)).toEqual(Array(5).fill("submitted"));
  });
});

describe("French Excel CSV", () => {
  it("has a BOM, semicolons, decimal commas and CRLF, and imports back unchanged", async () => {
    const { yearly, quarterly, campaign, officer } = await fixture();
    await f().value({
      indicatorId: yearly.id,
      communeInseeCode: "93010",
      period: "2025",
      value: 1234.5,
      campaignId: campaign.id,
    });
    const session = appCaller(db.prisma, officer);
    const exported = await campaignValues(session.ctx, officer, { campaignId: campaign.id, format: "csv-excel" });
    if (!exported.ok) throw new Error(exported.error.message);
    const bytes = exported.value.body;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf-8").slice(1);
    expect(text.split("\r\n")).toEqual([
      header.replaceAll(",", ";"),
      `${yearly.code};Commerces actifs;nombre;93010;Bondy;2025;1234,5;;;Brouillon`,
      "",
    ]);
    expect(exported.value.fileName).toMatch(/^valeurs-.*\.csv$/);

    const first = await checkFile(officer, campaign.id, "valeurs.csv", bytes);
    expect(first.job.report).toMatchObject({
      rows: 1,
      valid: 1,
      unchanged: 1,
      toCreate: 0,
      toUpdate: 0,
      errorCount: 0,
    });

    // A figure typed the French way, with a thousands space, is read as the number it is.
    const edited = Buffer.from(
      `\uFEFF${text.replace("1234,5", '"1 234,75"')}${`${quarterly.code};;;93006;;2025-T2;"12,5";;;`}\r\n`,
    );
    const second = await checkFile(officer, campaign.id, "valeurs.csv", edited);
    expect(second.job.report).toMatchObject({ rows: 2, valid: 2, toCreate: 1, toUpdate: 1, errorCount: 0 });
    await confirm(second.session, second.job.id);
    expect((await valuesOf([yearly.id, quarterly.id])).map((v) => [v.communeInseeCode, v.value])).toEqual([
      ["93006", 12.5],
      ["93010", 1234.75],
    ]);
  });
});

describe("idempotency", () => {
  it("imports the same file twice: the second time nothing is created or changed", async () => {
    const { yearly, quarterly, campaign, officer } = await fixture();
    const file = csv([
      `${yearly.code},,,93010,,2025,42,Source A,,`,
      `${quarterly.code},,,93010,,2025-T1,"3,5",,Un commentaire,`,
      `${quarterly.code},,,93006,,T2 2025,7,,,`,
    ]);
    const first = await checkFile(officer, campaign.id, "a.csv", file);
    expect((await confirm(first.session, first.job.id)).report).toMatchObject({ created: 3, updated: 0, unchanged: 0 });
    const historyBefore = await db.prisma.indicatorValueChange.count();

    const second = await checkFile(officer, campaign.id, "a.csv", file);
    expect(second.job.report).toMatchObject({ valid: 3, toCreate: 0, toUpdate: 0, unchanged: 3 });
    expect((await confirm(second.session, second.job.id)).report).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 3,
    });
    expect(await db.prisma.indicatorValueChange.count()).toBe(historyBefore);
    expect((await valuesOf([yearly.id, quarterly.id])).map((v) => v.period)).toEqual(["2025-T2", "2025", "2025-T1"]);
  });
});

describe("refusals at the check", () => {
  it("reports every bad row in French, naming line and column, and writes nothing", async () => {
    const { yearly, quarterly, outsider, campaign, officer } = await fixture();
    await f().value({
      indicatorId: yearly.id,
      communeInseeCode: "93006",
      period: "2025",
      status: "submitted",
      value: 3,
    });
    const before = await db.prisma.indicatorValue.count();
    const y = yearly.code;
    const q = quarterly.code;
    const { session, job } = await checkFile(
      officer,
      campaign.id,
      "erreurs.csv",
      csv([
        `${y},,,93010,,2025,N/A,,,`, // 2
        `${q},,,93010,,2025-T1,abc,,,`, // 3
        `${q},,,93010,,2025-T2,,,,`, // 4: no value, ignored
        `inconnu,,,93010,,2025,1,,,`, // 5
        `${outsider.code},,,93010,,2025,1,,,`, // 6
        `${y},,,99999,,2025,1,,,`, // 7
        `${y},,,93048,,2025,1,,,`, // 8
        `${q},,,93010,,2025-13,1,,,`, // 9
        `${q},,,93010,,2025,1,,,`, // 10
        `${y},,,93010,,2024,1,,,`, // 11
        `${q},,,93010,,2025-T3,1,,,`, // 12
        `${q},,,93010,,2025-t3,2,,,`, // 13: same as 12
        `${y},,,93006,,2025,4,,,`, // 14: under review
        `${q},,,93010,,2025-T4,"12,5",,,`, // 15: fine
      ]),
    );
    expect(job.status).toBe("checked");
    expect(job.report?.errors).toEqual([
      {
        line: 2,
        column: "valeur",
        message:
          "Ligne 2, colonne « valeur » : « N/A » n'est pas un nombre. Écrivez un nombre (12 ; 12,5 ; 1 234,5) ou laissez la cellule vide.",
      },
      {
        line: 3,
        column: "valeur",
        message:
          "Ligne 3, colonne « valeur » : « abc » n'est pas un nombre. Écrivez un nombre (12 ; 12,5 ; 1 234,5) ou laissez la cellule vide.",
      },
      {
        line: 5,
        column: "code_indicateur",
        message: "Ligne 5, colonne « code_indicateur » : aucun indicateur ne porte le code « inconnu ».",
      },
      {
        line: 6,
        column: "code_indicateur",
        message: `Ligne 6, colonne « code_indicateur » : l'indicateur « ${outsider.code} » (Indicateur ${outsider.code}) ne fait pas partie de la campagne « ${(await db.prisma.reportingCampaign.findUniqueOrThrow({ where: { id: campaign.id } })).name} ».`,
      },
      {
        line: 7,
        column: "code_insee",
        message: "Ligne 7, colonne « code_insee » : aucune commune connue n'a le code INSEE « 99999 ».",
      },
      {
        line: 8,
        column: "code_insee",
        message: expect.stringMatching(
          /^Ligne 8, colonne « code_insee » : la commune 93048 \(Montreuil\) ne fait pas partie de la campagne « .+ »\.$/,
        ),
      },
      {
        line: 9,
        column: "periode",
        message:
          "Ligne 9, colonne « periode » : période « 2025-13 » invalide : le mois doit être compris entre 1 et 12.",
      },
      {
        line: 10,
        column: "periode",
        message: `Ligne 10, colonne « periode » : « 2025 » est une année, mais l'indicateur « ${q} » se renseigne par trimestre (ex. 2025-T1).`,
      },
      {
        line: 11,
        column: "periode",
        message:
          "Ligne 11, colonne « periode » : la période 2024 est hors de la campagne, qui couvre du 01/01/2025 au 31/12/2025.",
      },
      { line: 13, message: "Ligne 13 : même indicateur, commune et période que la ligne 12." },
      {
        line: 14,
        column: "valeur",
        message:
          "Ligne 14, colonne « valeur » : la valeur déjà enregistrée pour cet indicateur, cette commune et cette période est en attente de relecture ; elle ne peut pas être remplacée avant d'avoir été approuvée ou renvoyée.",
      },
    ]);
    expect(job.report).toMatchObject({ rows: 14, valid: 2, ignored: 1, invalid: 11, errorCount: 11, toCreate: 2 });

    await expect(session.caller.imports.confirm({ id: job.id })).rejects.toThrow(
      "La vérification a trouvé 11 erreurs : corrigez le fichier et importez-le de nouveau. Rien n'a été enregistré.",
    );
    await session.ctx.tasks.idle();
    expect(await db.prisma.indicatorValue.count()).toBe(before);
    expect((await session.caller.imports.get({ id: job.id })).status).toBe("checked");
  });

  it("refuses a contributor's row for another commune", async () => {
    const { yearly, campaign, contributor } = await fixture();
    const before = await db.prisma.indicatorValue.count();
    const { job } = await checkFile(
      contributor,
      campaign.id,
      "bondy.csv",
      csv([`${yearly.code},,,93010,,2025,1,,,`, `${yearly.code},,,93006,,2025,2,,,`]),
    );
    expect(job.report?.errors).toEqual([
      {
        line: 3,
        column: "code_insee",
        message: "Ligne 3 : vous ne pouvez pas saisir pour la commune 93006 (Bagnolet).",
      },
    ]);
    expect(await db.prisma.indicatorValue.count()).toBe(before);
  });

  it("caps the list of errors at 500 but counts them all", async () => {
    const monthly = await f().indicator({ frequency: "monthly" });
    const communes = ["93006", "93010", "93048", "93055"];
    const campaign = await f().campaign({
      indicatorIds: [monthly.id],
      communeCodes: communes,
      periodStart: "2000-01-01",
      periodEnd: "2025-12-31",
    });
    const officer = await actor(db.prisma, "officer");
    const lines = Array.from(
      { length: 1200 },
      (_, i) =>
        `${monthly.code},,,${communes[i % 4]},,${2000 + Math.floor(i / 48)}-${String(1 + (Math.floor(i / 4) % 12)).padStart(2, "0")},n.d.,,,`,
    );
    const { job } = await checkFile(officer, campaign.id, "nd.csv", csv(lines));
    expect(job.report?.errors).toHaveLength(500);
    expect(job.report?.errors[499]?.line).toBe(501);
    expect(job.report).toMatchObject({ errorCount: 1200, invalid: 1200, valid: 0 });
  });

  it.each([
    ["only a header", Buffer.from(`${header}\n\n`), "Le fichier ne contient aucune ligne de données sous l'en-tête."],
    [
      "missing columns",
      Buffer.from("code_indicateur;Code INSEE;Unité\nx;93010;%\n"),
      "Colonnes obligatoires absentes : periode, valeur. La première ligne doit porter les en-têtes du modèle (code_indicateur, indicateur, unite, code_insee, commune, periode, valeur, source, commentaire, statut) ; code_indicateur, code_insee, periode et valeur sont indispensables.",
    ],
    ["a text file in Latin-1", Buffer.from([...Buffer.from(`${header}\n`), 0x45, 0x76, 0xe9, 0x6e, 0x65, 0x0a]), null],
  ])("fails the job for %s", async (_case, bytes, message) => {
    const { campaign, officer } = await fixture();
    const session = appCaller(db.prisma, officer);
    const upload = await storeUpload(session.ctx, officer, { fileName: "f.csv", bytes, purpose: "import" });
    if (message === null) {
      // Refused at the door: the upload already says how to save the file.
      expect(upload).toMatchObject({ ok: false, error: { message: expect.stringContaining("CSV UTF-8") } });
      return;
    }
    if (!upload.ok) throw new Error(upload.error.message);
    const started = await session.caller.imports.start({ fileId: upload.value.id, campaignId: campaign.id });
    await session.ctx.tasks.idle();
    const job = await session.caller.imports.get({ id: started.id });
    expect(job).toMatchObject({ status: "failed", error: message, report: null });
  });

  it("fails the job for a damaged workbook and for a file that is not a spreadsheet", async () => {
    const { campaign, officer } = await fixture();
    const session = appCaller(db.prisma, officer);
    const template = await campaignTemplate(session.ctx, officer, { campaignId: campaign.id, format: "xlsx" });
    if (!template.ok) throw new Error(template.error.message);
    const damaged = Buffer.from(template.value.body);
    damaged.fill(0x41, 200, damaged.length - 2000);
    const pdf = Buffer.from("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n");

    const cases = [
      { purpose: "import" as const, bytes: damaged, error: "Le classeur XLSX n'a pas pu être lu" },
      { purpose: "attachment" as const, bytes: pdf, error: "Le fichier est un document PDF : l'import attend" },
    ];
    for (const { purpose, bytes, error } of cases) {
      const upload = await storeUpload(session.ctx, officer, { fileName: "f.xlsx", bytes, purpose });
      if (!upload.ok) throw new Error(upload.error.message);
      const started = await session.caller.imports.start({ fileId: upload.value.id, campaignId: campaign.id });
      await session.ctx.tasks.idle();
      const job = await session.caller.imports.get({ id: started.id });
      expect(job.status).toBe("failed");
      expect(job.error).toContain(error);
    }
  });

  it("fails a file of more than 200,000 rows", async () => {
    const { yearly, campaign, officer } = await fixture();
    const row = `${yearly.code},,,93010,,2025,1,,,\n`;
    const bytes = Buffer.from(`${header}\n${row.repeat(200_001)}`);
    const { job } = await checkFile(officer, campaign.id, "enorme.csv", bytes);
    expect(job).toMatchObject({
      status: "failed",
      error: "Le fichier compte plus de 200 000 lignes de données : découpez-le en plusieurs fichiers.",
    });
  });

  it("refuses to start on a campaign that is not open, and on someone else's upload", async () => {
    const { yearly, campaign, contributor } = await fixture();
    const closed = await f().campaign({ indicatorIds: [yearly.id], communeCodes: ["93010"], status: "closed" });
    const session = appCaller(db.prisma, contributor);
    const upload = await storeUpload(session.ctx, contributor, {
      fileName: "a.csv",
      bytes: csv([`${yearly.code},,,93010,,2025,1,,,`]),
      purpose: "import",
    });
    if (!upload.ok) throw new Error(upload.error.message);
    await expect(session.caller.imports.start({ fileId: upload.value.id, campaignId: closed.id })).rejects.toThrow(
      /^La campagne « .+ » est « Close » : elle ne reçoit pas de valeurs, l'import est impossible\.$/,
    );
    const colleague = await actor(db.prisma, "contributor", ["93010"]);
    await expect(
      appCaller(db.prisma, colleague).caller.imports.start({ fileId: upload.value.id, campaignId: campaign.id }),
    ).rejects.toThrow("Fichier introuvable.");
  });
});

describe("applying", () => {
  it("rolls everything back when a value went under review between the check and the confirmation", async () => {
    const monthly = await f().indicator({ frequency: "monthly" });
    const communes = (
      await db.prisma.commune.findMany({ select: { inseeCode: true }, orderBy: { inseeCode: "asc" }, take: 17 })
    ).map((c) => c.inseeCode);
    const campaign = await f().campaign({
      indicatorIds: [monthly.id],
      communeCodes: communes,
      periodStart: "2000-01-01",
      periodEnd: "2025-12-31",
    });
    const officer = await actor(db.prisma, "officer");
    const lines: string[] = [];
    for (const commune of communes) {
      for (let year = 2000; year <= 2025; year++) {
        for (let month = 1; month <= 12; month++) {
          lines.push(
            `${monthly.code},,,${commune},,${year}-${String(month).padStart(2, "0")},${year + month / 100},,,`,
          );
        }
      }
    }
    expect(lines.length).toBeGreaterThan(5000);
    const { session, job } = await checkFile(officer, campaign.id, "gros.csv", csv(lines));
    expect(job.report).toMatchObject({ valid: lines.length, toCreate: lines.length, errorCount: 0 });

    // The last line's value is entered and sent for review by hand meanwhile: it falls in the second batch.
    const last = communes.at(-1)!;
    await f().value({ indicatorId: monthly.id, communeInseeCode: last, period: "2025-12", status: "submitted" });
    const failed = await confirm(session, job.id);
    expect(failed.status).toBe("failed");
    expect(failed.error).toBe(
      `Ligne ${lines.length + 1} : la valeur de l'indicateur « ${monthly.code} » pour la commune ${last} et la période 2025-12 a été envoyée en relecture depuis la vérification. Aucune valeur du fichier n'a été enregistrée : importez-le de nouveau.`,
    );
    expect(await db.prisma.indicatorValue.count({ where: { indicatorId: monthly.id } })).toBe(1);
    expect(await db.prisma.indicatorValueChange.count({ where: { value: { indicatorId: monthly.id } } })).toBe(0);
    await expect(session.caller.imports.confirm({ id: job.id })).rejects.toThrow(
      "Cet import est « Échec » : seul un import vérifié peut être confirmé.",
    );
  });

  it("confirms once: a second confirmation is refused", async () => {
    const { yearly, campaign, contributor } = await fixture();
    const { session, job } = await checkFile(
      contributor,
      campaign.id,
      "a.csv",
      csv([`${yearly.code},,,93010,,2025,1,,,`]),
    );
    await session.caller.imports.confirm({ id: job.id });
    await expect(session.caller.imports.confirm({ id: job.id })).rejects.toThrow(
      "Cet import est « Enregistrement en cours » : seul un import vérifié peut être confirmé.",
    );
    await session.ctx.tasks.idle();
    expect((await session.caller.imports.get({ id: job.id })).status).toBe("done");
  });

  it("shows a contributor their own jobs only; officers see all", async () => {
    const { yearly, campaign, contributor } = await fixture();
    const { job } = await checkFile(contributor, campaign.id, "a.csv", csv([`${yearly.code},,,93010,,2025,1,,,`]));
    const colleague = await actor(db.prisma, "contributor", ["93010"]);
    await expect(appCaller(db.prisma, colleague).caller.imports.get({ id: job.id })).rejects.toThrow(
      "Import introuvable.",
    );
    const officer = await actor(db.prisma, "officer");
    expect((await appCaller(db.prisma, officer).caller.imports.get({ id: job.id })).id).toBe(job.id);
  });
});

describe("uploads", () => {
  it("refuses empty, oversized and disguised files, judging the type from the bytes", async () => {
    const contributor = await actor(db.prisma, "contributor", ["93010"]);
    const { ctx } = appCaller(db.prisma, contributor);
    const files = await db.prisma.storedFile.count();
    const store = (fileName: string, bytes: Uint8Array, purpose: "import" | "attachment") =>
      storeUpload(ctx, contributor, { fileName, bytes, purpose });

    expect(await store("vide.csv", new Uint8Array(0), "import")).toMatchObject({
      ok: false,
      error: { message: "Le fichier est vide." },
    });
    expect(await store("gros.pdf", Buffer.alloc(10 * 1024 * 1024 + 1, 0x25), "attachment")).toMatchObject({
      ok: false,
      error: { message: "Le fichier fait 10,1 Mo : une pièce jointe ne doit pas dépasser 10 Mo.", field: "sizeBytes" },
    });
    expect(await store("gros.csv", Buffer.alloc(21 * 1024 * 1024, 0x41), "import")).toMatchObject({
      ok: false,
      error: { message: "Le fichier fait 21 Mo : un fichier à importer ne doit pas dépasser 20 Mo." },
    });
    expect(await store("valeurs.xlsx", Buffer.from("%PDF-1.7\n%%EOF\n"), "import")).toMatchObject({
      ok: false,
      error: {
        message:
          "Le fichier « valeurs.xlsx » est un document PDF, quelle que soit son extension : pour un import, envoyez un classeur XLSX ou un fichier CSV.",
      },
    });
    expect(await store("photo.pdf", Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03]), "attachment")).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining("est un fichier d'un type non reconnu") },
    });
    expect(await db.prisma.storedFile.count()).toBe(files);

    const png = await store(
      "../../photo.png",
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2]),
      "attachment",
    );
    expect(png).toMatchObject({ ok: true, value: { fileName: "photo.png", mimeType: "image/png", sizeBytes: 10 } });
  });
});

describe("reading cells", () => {
  it("reads figures the way French and English spreadsheets write them, and nothing else", () => {
    expect(
      ["12", "12,5", "12.5", " 1 234,5 ", "1\u00a0234,5", "1\u202f234", "-3", "\u22123,5", ",5"].map(parseFigure),
    ).toEqual([12, 12.5, 12.5, 1234.5, 1234.5, 1234, -3, -3.5, 0.5]);
    expect(["N/A", "abc", "12 %", "1,234.5", "1.234,5", "", "1e3", "0x10"].map(parseFigure)).toEqual(
      Array(8).fill(null),
    );
    expect(parseFigure(new Date("2025-03-01"))).toBeNull();
  });

  it("reads back what spreadsheets make of codes and periods", () => {
    expect(inseeCodeOf(1004)).toBe("01004");
    expect(inseeCodeOf(" 2a004 ")).toBe("2A004");
    expect(periodTextOf(new Date(Date.UTC(2025, 2, 1)))).toBe("2025-03");
    expect(periodTextOf(2025)).toBe("2025");
    expect(periodTextOf("01/03/2025")).toBe("2025-03");
    expect(periodTextOf("2025-03-01")).toBe("2025-03");
    expect(periodTextOf("2025-T1")).toBe("2025-T1");
    expect(columnKey(" Code INSEE ")).toBe("code_insee");
    expect(columnKey("Période")).toBe("periode");
    expect(unescapeFormula(escapeFormula("=HYPERLINK(1)"))).toBe("=HYPERLINK(1)");
  });

  it("tells file types from their bytes", () => {
    expect(detectFileKind(Buffer.from("a;b\n1;2\n"))).toBe("csv");
    expect(detectFileKind(Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0x0a]))).toBe("csv");
    expect(detectFileKind(Buffer.from([0xff, 0xfe, 0x61, 0x00]))).toBe("non-utf8-text");
    expect(detectFileKind(Buffer.from([0x61, 0xe9, 0x0a]))).toBe("non-utf8-text");
    expect(detectFileKind(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe("jpeg");
    expect(detectFileKind(Buffer.from("PK\u0003\u0004 pas une archive"))).toBe("zip");
  });
});
