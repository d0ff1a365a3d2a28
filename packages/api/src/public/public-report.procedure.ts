import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { reportsRepository } from "@cvv/db";
import { keyFigures, reportDataSchema } from "@cvv/domain/reports";
import { slugSchema } from "@cvv/domain/shared";
import { renderReportBody } from "../reports/report-template.js";
import { publicReportPdfUrl } from "../reports/report-views.js";
import { portalProcedure } from "../trpc.js";
import {
  publicAnnualReportInput,
  publicAnnualReportSchema,
  publicAnnualReportSummarySchema,
} from "./public-report.schema.js";

/** The published annual reports, latest year first; drafts never appear. */
export const annualReportsProcedure = portalProcedure
  .input(z.object({ programmeSlug: slugSchema.optional() }).optional())
  .output(z.array(publicAnnualReportSummarySchema))
  .query(async ({ ctx, input }) => {
    const reports = await reportsRepository(ctx.db).listPublished(input?.programmeSlug);
    return reports.map((r) => ({
      programmeSlug: r.programmeSlug,
      programmeName: r.programmeName,
      year: r.year,
      title: r.title,
      publishedAt: r.publishedAt,
      pdfUrl: publicReportPdfUrl(r.programmeSlug, r.year),
    }));
  });

/** One published report: the figures of the snapshot chosen at publication, never a later one. */
export const annualReportProcedure = portalProcedure
  .input(publicAnnualReportInput)
  .output(publicAnnualReportSchema)
  .query(async ({ ctx, input }) => {
    const published = await reportsRepository(ctx.db).findPublished(input.programmeSlug, input.year);
    if (!published) throw new TRPCError({ code: "NOT_FOUND", message: "Bilan annuel introuvable." });
    const { report, snapshot } = published;
    const data = reportDataSchema.parse(snapshot.data);
    return {
      programmeSlug: report.programmeSlug,
      programmeName: report.programmeName,
      year: report.year,
      title: report.title,
      publishedAt: report.publishedAt,
      pdfUrl: publicReportPdfUrl(report.programmeSlug, report.year),
      snapshotNumber: snapshot.number,
      generatedAt: data.generatedAt,
      keyFigures: keyFigures(data).map(({ key, label, text }) => ({ key, label, text })),
      bodyHtml: renderReportBody({ title: report.title, snapshotNumber: snapshot.number, data }),
    };
  });
