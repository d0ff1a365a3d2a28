import JSZip from "jszip";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, reportFactories, type TestDatabase } from "@cvv/db/testing";
import { reportDataSchema } from "@cvv/domain/reports";
import type { SessionUser } from "@cvv/domain/users";
import { actor, appCaller, publicCaller } from "../testing/test-context.js";
import { downloadPublishedReportPdf, downloadReportFile } from "./download-report/download-report.service.js";
import { closeReportBrowser } from "./report-pdf.js";

let db: TestDatabase;
let officer: SessionUser;
beforeAll(async () => {
  db = await createTestDatabase();
  officer = await actor(db.prisma, "officer");
});
afterAll(async () => {
  await closeReportBrowser();
  await db?.close();
});

const officerCaller = () => appCaller(db.prisma, officer);

/** Creates the report and runs a generation to its end, as the admin app's button does. */
async function generated(programmeId: string, year: number) {
  const { caller, ctx, taskErrors } = officerCaller();
  const report = await caller.reports.create({ programmeId, year });
  return { ...(await regenerate(report.id)), report, caller, ctx, taskErrors };
}
async function regenerate(reportId: string) {
  const { caller, ctx, taskErrors } = officerCaller();
  const generation = await caller.reports.generate({ id: reportId });
  expect(generation.status).toBe("queued");
  await ctx.tasks.idle();
  expect(taskErrors).toEqual([]);
  const detail = await caller.reports.get({ id: reportId });
  expect(detail.generation?.error ?? null).toBeNull();
  return { detail, files: ctx.files };
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

async function pdfOf(ctx: ReturnType<typeof officerCaller>["ctx"], snapshotId: string) {
  const download = await downloadReportFile(ctx, officer, snapshotId, "pdf");
  if (!download.ok) throw new Error(download.error.message);
  return readAll(download.value.body);
}

interface StructNode {
  role?: string;
  children?: StructNode[];
}
const roles = (node: StructNode | null, into = new Set<string>()): Set<string> => {
  if (!node) return into;
  if (node.role) into.add(node.role);
  for (const child of node.children ?? []) roles(child, into);
  return into;
};

interface OutlineItem {
  title: string;
  items: OutlineItem[];
}
const outlineTitles = (items: OutlineItem[]): string[] => items.flatMap((i) => [i.title, ...outlineTitles(i.items)]);

async function readPdf(bytes: Buffer) {
  const doc = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false }).promise;
  let text = "";
  const structure = new Set<string>();
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    text += `${content.items.map((i) => ("str" in i ? i.str : "")).join(" ")}\n`;
    roles((await page.getStructTree()) as StructNode | null, structure);
  }
  const result = {
    text: text.replace(/[\s\u00a0\u202f]+/g, " "),
    marked: (await doc.getMarkInfo())?.Marked === true,
    outline: ((await doc.getOutline()) ?? []) as OutlineItem[],
    structure,
  };
  await doc.destroy();
  return result;
}

describe("annual reports", () => {
  it("starts with the default narrative sections, once per programme and year", async () => {
    const { programme } = await reportFactories(db.prisma).programmeYear();
    const { caller } = officerCaller();
    const report = await caller.reports.create({ programmeId: programme.id, year: 2025 });
    expect(report.title).toBe(`Bilan annuel 2025 — ${programme.name}`);
    const detail = await caller.reports.get({ id: report.id });
    expect(detail.sections.map((s) => s.key)).toEqual(["introduction", "faits-marquants", "artisanat", "perspectives"]);
    await expect(caller.reports.create({ programmeId: programme.id, year: 2025 })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("existe déjà"),
    });
  });

  it("prints a tagged PDF with its title, headings, outline, figures and charts, and a DOCX with Word headings", async () => {
    const { programme, project } = await reportFactories(db.prisma).programmeYear({ year: 2025 });
    const { caller } = officerCaller();
    const report = await caller.reports.create({ programmeId: programme.id, year: 2025 });
    const intro = (await caller.reports.get({ id: report.id })).sections.find((s) => s.key === "introduction")!;
    await caller.reports.updateSection({
      reportId: report.id,
      key: "introduction",
      title: intro.title,
      body: "Une année de **réouvertures** en centre-ville.",
      version: intro.version,
    });
    const { detail, files } = await regenerate(report.id);
    expect(detail.generation).toMatchObject({ status: "done", progress: 100 });
    const [snapshot] = detail.snapshots;
    expect(snapshot).toMatchObject({ number: 1 });
    expect(snapshot!.pdfFileId).not.toBeNull();

    const { ctx } = officerCaller();
    const pdf = await readPdf(await pdfOf({ ...ctx, files }, snapshot!.id));
    expect(pdf.text).toContain(report.title);
    for (const heading of [
      "Sommaire",
      "Chiffres clés",
      "Avancement des projets",
      "Indicateurs et cibles",
      "Artisanat et métiers d'avenir",
    ]) {
      expect(pdf.text).toContain(heading);
    }
    expect(pdf.text).toContain(project.title);
    expect(pdf.text).toContain("100 000 €");
    expect(pdf.text).toContain("Une année de réouvertures en centre-ville.");
    expect(pdf.marked).toBe(true);
    for (const role of ["H1", "H2", "Table", "Figure"]) expect(pdf.structure).toContain(role);
    // The outline follows the headings: the title (h1) with the parts (h2) under it.
    expect(pdf.outline.map((o) => o.title)).toEqual([expect.stringContaining("Bilan annuel 2025")]);
    expect(outlineTitles(pdf.outline)).toEqual(expect.arrayContaining(["Chiffres clés", "Indicateurs et cibles"]));

    const docx = await downloadReportFile({ ...ctx, files }, officer, snapshot!.id, "docx");
    if (!docx.ok) throw new Error(docx.error.message);
    const zip = await JSZip.loadAsync(await readAll(docx.value.body));
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain("Chiffres clés");
    expect(xml).toContain(project.title);
    expect(xml).toContain("réouvertures");
    expect(xml).toContain("<w:tbl>");
  });

  it("freezes the figures: a later change shows only in a refreshed snapshot, the earlier one kept", async () => {
    const { programme, indicator } = await reportFactories(db.prisma).programmeYear({ year: 2025, indicatorValue: 12 });
    const { detail, report, caller } = await generated(programme.id, 2025);
    const first = detail.snapshots[0]!;

    await db.prisma.indicatorValue.updateMany({
      where: { indicatorId: indicator!.id, period: "2025" },
      data: { value: 99, publishedValue: 99 },
    });
    const reopened = await caller.reports.get({ id: report.id });
    expect(reopened.snapshots.map((s) => s.id)).toEqual([first.id]);
    const frozen = reportDataSchema.parse(
      (await db.prisma.reportSnapshot.findUniqueOrThrow({ where: { id: first.id } })).data,
    );
    expect(frozen.indicators[0]!.series.at(-1)).toMatchObject({ year: 2025, value: 12 });

    const refreshed = (await regenerate(report.id)).detail;
    expect(refreshed.snapshots.map((s) => s.number)).toEqual([2, 1]);
    const second = reportDataSchema.parse(
      (await db.prisma.reportSnapshot.findUniqueOrThrow({ where: { id: refreshed.snapshots[0]!.id } })).data,
    );
    expect(second.indicators[0]!.series.at(-1)).toMatchObject({ year: 2025, value: 99 });
    const kept = reportDataSchema.parse(
      (await db.prisma.reportSnapshot.findUniqueOrThrow({ where: { id: first.id } })).data,
    );
    expect(kept).toEqual(frozen);
  });

  it("says in words when a year has no data, a programme no indicator, a chart no value", async () => {
    const factories = reportFactories(db.prisma);
    const { programme } = await factories.programmeYear({ year: 2025 });
    const empty = await generated(programme.id, 2019);
    const { ctx } = officerCaller();
    const emptyPdf = await readPdf(await pdfOf({ ...ctx, files: empty.files }, empty.detail.snapshots[0]!.id));
    expect(emptyPdf.text).toContain("Aucune donnée n'est enregistrée pour 2019");
    expect(emptyPdf.text).toContain("Aucun projet du programme n'était en cours en 2019");
    expect(emptyPdf.text).toContain("Valeur 2019 non disponible");

    const withoutIndicators = await factories.programmeYear({ year: 2025, withIndicator: false });
    const bare = await generated(withoutIndicators.programme.id, 2025);
    const barePdf = await readPdf(await pdfOf({ ...ctx, files: bare.files }, bare.detail.snapshots[0]!.id));
    expect(barePdf.text).toContain("Aucun indicateur n'est rattaché à ce programme");

    // The year after: the indicator has only last year's value, so this year's bar is missing.
    const missing = await generated(programme.id, 2026);
    const missingPdf = await readPdf(await pdfOf({ ...ctx, files: missing.files }, missing.detail.snapshots[0]!.id));
    expect(missingPdf.text).toContain("Valeur 2026 non disponible");
    expect(missingPdf.text).toContain("n.d.");
  });

  it("shows only the published snapshot on the portal, and never a draft report", async () => {
    const { programme, indicator } = await reportFactories(db.prisma).programmeYear({ year: 2025, indicatorValue: 12 });
    const { detail, report, caller, files } = await generated(programme.id, 2025);
    const portal = publicCaller(db.prisma);

    await expect(portal.annualReport({ programmeSlug: programme.slug, year: 2025 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await portal.annualReports()).map((r) => r.programmeSlug)).not.toContain(programme.slug);
    const { ctx } = officerCaller();
    expect((await downloadPublishedReportPdf({ ...ctx, files }, programme.slug, 2025)).ok).toBe(false);

    const first = detail.snapshots[0]!;
    const published = await caller.reports.publish({
      id: report.id,
      snapshotId: first.id,
      version: detail.report.version,
    });
    expect(published.status).toBe("published");

    await db.prisma.indicatorValue.updateMany({
      where: { indicatorId: indicator!.id, period: "2025" },
      data: { value: 77, publishedValue: 77 },
    });
    const refreshed = (await regenerate(report.id)).detail;
    expect(refreshed.snapshots).toHaveLength(2);

    const page = await portal.annualReport({ programmeSlug: programme.slug, year: 2025 });
    expect(page.snapshotNumber).toBe(1);
    expect(page.bodyHtml).toContain("12\u00a0cellules");
    expect(page.bodyHtml).not.toContain("77\u00a0cellules");
    expect(page.bodyHtml).toContain("<table><caption>");
    expect(page.bodyHtml).not.toContain("Participant 0");
    expect((await portal.annualReports({ programmeSlug: programme.slug })).map((r) => r.year)).toEqual([2025]);
    const pdf = await downloadPublishedReportPdf({ ...ctx, files }, programme.slug, 2025);
    expect(pdf.ok).toBe(true);

    await caller.reports.publish({ id: report.id, snapshotId: refreshed.snapshots[0]!.id, version: published.version });
    const switched = await portal.annualReport({ programmeSlug: programme.slug, year: 2025 });
    expect(switched.snapshotNumber).toBe(2);
    expect(switched.bodyHtml).toContain("77\u00a0cellules");
  });

  it("refuses a stale section and keeps each snapshot's own text", async () => {
    const { programme } = await reportFactories(db.prisma).programmeYear({ year: 2025 });
    const { detail, report, caller } = await generated(programme.id, 2025);
    const section = detail.sections.find((s) => s.key === "perspectives")!;
    const saved = await caller.reports.updateSection({
      reportId: report.id,
      key: "perspectives",
      title: "Perspectives 2026",
      body: "Ouvrir trois ateliers.",
      version: section.version,
    });
    expect(saved.version).toBe(section.version + 1);
    await expect(
      caller.reports.updateSection({
        reportId: report.id,
        key: "perspectives",
        title: "X",
        body: "Y",
        version: section.version,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const first = reportDataSchema.parse(
      (await db.prisma.reportSnapshot.findUniqueOrThrow({ where: { id: detail.snapshots[0]!.id } })).data,
    );
    expect(first.sections.find((s) => s.key === "perspectives")?.body).toBe("");
    const next = (await regenerate(report.id)).detail;
    const second = reportDataSchema.parse(
      (await db.prisma.reportSnapshot.findUniqueOrThrow({ where: { id: next.snapshots[0]!.id } })).data,
    );
    expect(second.sections.find((s) => s.key === "perspectives")).toMatchObject({
      title: "Perspectives 2026",
      body: "Ouvrir trois ateliers.",
    });
  });

  it("runs one generation at a time, and says in French where a failed one stopped", async () => {
    const { programme } = await reportFactories(db.prisma).programmeYear({ year: 2025 });
    const { caller, ctx } = officerCaller();
    const report = await caller.reports.create({ programmeId: programme.id, year: 2025 });

    await closeReportBrowser();
    const chromium = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = "/nonexistent/chromium";
    try {
      await caller.reports.generate({ id: report.id });
      await expect(caller.reports.generate({ id: report.id })).rejects.toMatchObject({
        code: "BAD_REQUEST",
        message: expect.stringContaining("déjà en cours"),
      });
      await ctx.tasks.idle();
    } finally {
      if (chromium === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = chromium;
    }
    const detail = await caller.reports.get({ id: report.id });
    expect(detail.generation).toMatchObject({ status: "failed" });
    expect(detail.generation?.error).toContain(
      "La génération du bilan a échoué à l'étape « Impression du PDF et création du fichier Word »",
    );
    expect(detail.snapshots).toEqual([]);
  });

  it("is for officers only", async () => {
    const contributor = await actor(db.prisma, "contributor");
    const { programme } = await reportFactories(db.prisma).programmeYear();
    const { caller } = appCaller(db.prisma, contributor);
    await expect(caller.reports.create({ programmeId: programme.id, year: 2025 })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(caller.reports.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
