import { z } from "zod";
export { projectStatusLabels } from "../labels/index.js";
import { idSchema, isoDateSchema, nonEmptyText, slugSchema, versionSchema } from "../shared/common.schema.js";
import { inseeCodeSchema } from "../communes/commune.schema.js";
import { projectThemeSchema } from "./project-theme.schema.js";

/** The statuses of "Action cœur de ville" practice, which officers and communes already use. */
export const projectStatuses = ["planned", "mature", "committed", "in_progress", "completed", "abandoned"] as const;
export const projectStatusSchema = z.enum(projectStatuses, { error: "Statut de projet inconnu." });
export type ProjectStatus = z.infer<typeof projectStatusSchema>;

export const projectSchema = z.object({
  id: idSchema,
  slug: slugSchema,
  title: nonEmptyText(200),
  summary: z.string(),
  description: z.string(),
  status: projectStatusSchema,
  programmeId: idSchema,
  editionId: idSchema.nullable(),
  communeInseeCode: inseeCodeSchema,
  startsOn: isoDateSchema.nullable(),
  endsOn: isoDateSchema.nullable(),
  themes: z.array(projectThemeSchema),
  perimeter: z.string(),
  version: versionSchema,
});
export type Project = z.infer<typeof projectSchema>;
