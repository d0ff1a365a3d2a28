import { z } from "zod";
import { idSchema, nonEmptyText, versionSchema } from "../shared/common.schema.js";

export const reportYearSchema = z
  .number({ error: "L'année est obligatoire." })
  .int({ error: "L'année doit être un nombre entier." })
  .min(2000, { error: "L'année doit être comprise entre 2000 et 2100." })
  .max(2100, { error: "L'année doit être comprise entre 2000 et 2100." });

export const createReportInput = z.object({
  programmeId: z.uuid({ error: "Choisissez un programme." }),
  year: reportYearSchema,
  title: nonEmptyText(200).optional(),
});
export type CreateReportInput = z.infer<typeof createReportInput>;

export const updateReportSectionInput = z.object({
  reportId: idSchema,
  key: z.string().trim().min(1).max(60),
  title: nonEmptyText(200),
  body: z.string().max(50_000, { error: "Le texte ne doit pas dépasser 50 000 caractères." }),
  version: versionSchema,
});
export type UpdateReportSectionInput = z.infer<typeof updateReportSectionInput>;

export const updateReportInput = z.object({
  id: idSchema,
  title: nonEmptyText(200),
  version: versionSchema,
});
export type UpdateReportInput = z.infer<typeof updateReportInput>;

export const publishReportInput = z.object({
  id: idSchema,
  snapshotId: z.uuid({ error: "Choisissez la version à publier." }),
  version: versionSchema,
});
export type PublishReportInput = z.infer<typeof publishReportInput>;
