import { z } from "zod";
import { isoDateSchema, nonEmptyText, slugSchema } from "../shared/common.schema.js";
import { inseeCodeSchema } from "../communes/commune.schema.js";
import { projectStatusSchema } from "./project.schema.js";
import { perimeterSchema, projectThemesSchema } from "./project-theme.schema.js";

export const createProjectInput = z.object({
  programmeId: z.uuid({ error: "Programme invalide." }),
  editionId: z.uuid({ error: "Édition invalide." }).nullable().optional(),
  communeInseeCode: inseeCodeSchema,
  title: nonEmptyText(200),
  slug: slugSchema.optional(),
  summary: z.string().trim().max(2000, { error: "Le résumé ne doit pas dépasser 2000 caractères." }).optional(),
  description: z
    .string()
    .trim()
    .max(20000, { error: "La description ne doit pas dépasser 20 000 caractères." })
    .optional(),
  startsOn: isoDateSchema.nullable().optional(),
  endsOn: isoDateSchema.nullable().optional(),
  themes: projectThemesSchema.optional(),
  perimeter: perimeterSchema.optional(),
});
export type CreateProjectInput = z.infer<typeof createProjectInput>;

/**
 * Status is not here: it changes only through a transition (changeProjectStatus) or an approved
 * update, so the rules of project-status.rules.ts are never bypassed. No defaults (see .partial()).
 */
export const updateProjectInput = createProjectInput
  .omit({ programmeId: true, communeInseeCode: true })
  .partial()
  .extend({ id: z.uuid({ error: "Identifiant invalide." }), version: z.number().int().nonnegative() });
export type UpdateProjectInput = z.infer<typeof updateProjectInput>;

export const changeProjectStatusInput = z.object({
  id: z.uuid({ error: "Identifiant invalide." }),
  version: z.number().int().nonnegative(),
  status: projectStatusSchema,
});
export type ChangeProjectStatusInput = z.infer<typeof changeProjectStatusInput>;
