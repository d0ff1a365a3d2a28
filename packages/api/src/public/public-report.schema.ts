import { z } from "zod";
import { slugSchema } from "@cvv/domain/shared";

export const publicAnnualReportInput = z.object({
  programmeSlug: slugSchema,
  year: z.number().int().min(2000).max(2100),
});

export const publicAnnualReportSummarySchema = z.object({
  programmeSlug: z.string(),
  programmeName: z.string(),
  year: z.number().int(),
  title: z.string(),
  publishedAt: z.string().nullable(),
  pdfUrl: z.string(),
});

/**
 * A published annual report as the portal shows it: the snapshot chosen at publication, rendered
 * by the same template as its PDF (bodyHtml: escaped figures and sanitised narrative only).
 */
export const publicAnnualReportSchema = publicAnnualReportSummarySchema.extend({
  snapshotNumber: z.number().int(),
  generatedAt: z.string(),
  keyFigures: z.array(z.object({ key: z.string(), label: z.string(), text: z.string() })),
  bodyHtml: z.string(),
});

export type PublicAnnualReport = z.infer<typeof publicAnnualReportSchema>;
