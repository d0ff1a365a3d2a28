import { z } from "zod";
import { idSchema } from "../shared/common.schema.js";

export const DEFAULT_HORIZON_WEEKS = 6;
export const MAX_HORIZON_WEEKS = 26;

/** The dashboard's filters; every view of the dashboard and of its exports applies the same ones. */
export const steeringFiltersInput = z.object({
  programmeId: idSchema.optional(),
  editionId: idSchema.optional(),
  /** An EPT (établissement public territorial), by its SIREN. */
  territorySiren: z
    .string()
    .regex(/^\d{9}$/, { error: "Le territoire choisi est inconnu : choisissez-en un dans la liste." })
    .optional(),
  /** How far ahead "the next weeks" look. */
  weeks: z
    .number({ error: "Le nombre de semaines doit être un nombre entier." })
    .int({ error: "Le nombre de semaines doit être un nombre entier." })
    .min(1, { error: "Le nombre de semaines doit être compris entre 1 et 26." })
    .max(MAX_HORIZON_WEEKS, { error: "Le nombre de semaines doit être compris entre 1 et 26." })
    .optional(),
});
export type SteeringFiltersInput = z.infer<typeof steeringFiltersInput>;

/** The views of the dashboard, each exportable alone as CSV and all together as one workbook. */
export const steeringViews = ["projects", "overdue", "upcoming", "budget", "missions"] as const;
export type SteeringView = (typeof steeringViews)[number];
export const steeringViewSchema = z.enum(steeringViews, { error: "Vue du tableau de bord inconnue." });
