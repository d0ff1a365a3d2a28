import { filesRepository, programmesRepository, reportsRepository, type ReportRecord } from "@cvv/db";
import type { Context } from "../../shared/context.js";
import { inTransaction } from "../../shared/transaction.js";
import { ok } from "@cvv/domain/shared";
import { buildReportData } from "../build-snapshot.js";
import { renderReportDocx } from "../report-docx.js";
import { printReportPdf } from "../report-pdf.js";
import { renderReportHtml } from "../report-template.js";

export type GenerationStep = "gather" | "html" | "pdf" | "docx" | "store";

/** What the officer reads beside the progress bar, and how far each step has brought the work. */
export const generationSteps: Record<GenerationStep, { label: string; progress: number }> = {
  gather: { label: "Rassemblement des chiffres de l'année", progress: 10 },
  html: { label: "Mise en page du bilan", progress: 40 },
  pdf: { label: "Impression du PDF et création du fichier Word", progress: 55 },
  docx: { label: "Création du fichier Word", progress: 80 },
  store: { label: "Enregistrement de la version", progress: 90 },
};

export interface GenerationOutcome {
  snapshotId: string;
  number: number;
  /** Milliseconds spent in each step, for the benchmark; "docx" runs during "pdf", not after it. */
  timings: Record<GenerationStep, number>;
}

const fileBase = (report: ReportRecord, number: number) =>
  `bilan-${report.programmeSlug}-${report.year}-v${number}`.slice(0, 120);

/**
 * Takes the snapshot: gathers the year's figures, freezes them with the narrative sections as
 * they read now, prints the PDF and writes the DOCX from them, and stores the three together.
 * Progress is written at each step; any failure marks the generation failed with a French message
 * and leaves no half-made snapshot.
 */
export async function runGeneration(
  ctx: Context,
  actorId: string | null,
  reportId: string,
  generationId: string,
): Promise<GenerationOutcome | null> {
  const reports = reportsRepository(ctx.db);
  const timings: Record<GenerationStep, number> = { gather: 0, html: 0, pdf: 0, docx: 0, store: 0 };
  let current: GenerationStep = "gather";
  const step = async <T>(name: GenerationStep, work: () => Promise<T>): Promise<T> => {
    current = name;
    await reports.updateGeneration(generationId, {
      status: "running",
      progress: generationSteps[name].progress,
      step: generationSteps[name].label,
    });
    const started = performance.now();
    const result = await work();
    timings[name] = performance.now() - started;
    return result;
  };

  try {
    const report = await reports.find(reportId);
    if (!report) throw new Error("le bilan a été supprimé.");
    const { data, number } = await step("gather", async () => {
      const [programme, sections, source, number] = await Promise.all([
        programmesRepository(ctx.db).find(report.programmeId),
        reports.sections(reportId),
        reports.gather(report.programmeId, report.year, ctx.now()),
        reports.nextSnapshotNumber(reportId),
      ]);
      if (!programme) throw new Error("le programme du bilan est introuvable.");
      const data = buildReportData({
        source,
        programme: { id: programme.id, slug: programme.slug, name: programme.name },
        year: report.year,
        generatedAt: ctx.now(),
        sections,
      });
      return { data, number };
    });
    const view = { title: report.title, snapshotNumber: number, data };
    const html = await step("html", async () => renderReportHtml(view));
    // Chromium prints in its own process while Node writes the DOCX: on two cores or more the
    // two overlap, and the officer waits for the longer one only. "docx" is timed on its own.
    const [pdf, docx] = await step("pdf", () =>
      Promise.all([
        printReportPdf(html),
        (async () => {
          const started = performance.now();
          const bytes = await renderReportDocx(view);
          timings.docx = performance.now() - started;
          return bytes;
        })(),
      ]),
    );
    const snapshot = await step("store", async () => {
      const [pdfKey, docxKey] = await Promise.all([ctx.files.put(pdf), ctx.files.put(docx)]);
      const base = fileBase(report, number);
      const result = await inTransaction(ctx.db, async (tx) => {
        const files = filesRepository(tx);
        const pdfFile = await files.create({
          fileName: `${base}.pdf`,
          mimeType: "application/pdf",
          sizeBytes: pdf.byteLength,
          uploadedById: actorId,
          ...pdfKey,
        });
        const docxFile = await files.create({
          fileName: `${base}.docx`,
          mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          sizeBytes: docx.byteLength,
          uploadedById: actorId,
          ...docxKey,
        });
        return ok(
          await reportsRepository(tx).createSnapshot({
            reportId,
            number,
            data,
            createdById: actorId,
            pdfFileId: pdfFile.id,
            docxFileId: docxFile.id,
          }),
        );
      });
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    });
    await reports.updateGeneration(generationId, {
      status: "done",
      progress: 100,
      step: "Bilan généré",
      snapshotId: snapshot.id,
    });
    return { snapshotId: snapshot.id, number: snapshot.number, timings };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    await reports.updateGeneration(generationId, {
      status: "failed",
      error: `La génération du bilan a échoué à l'étape « ${generationSteps[current].label} » : ${detail}`,
    });
    return null;
  }
}
