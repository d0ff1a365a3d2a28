import { z } from "zod";
import { idSchema, isoDateSchema, nonEmptyText, versionSchema } from "../shared/common.schema.js";
import { figureSchema } from "./indicator-value.schema.js";
import {
  indicatorAggregations,
  indicatorCodeSchema,
  indicatorDirections,
  indicatorFrequencies,
  indicatorKinds,
} from "./indicator.schema.js";

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `${label} ne doit pas dépasser ${max} caractères.` });

const definitionContent = {
  name: nonEmptyText(200),
  definition: optionalText(5000, "La définition"),
  unit: nonEmptyText(40),
  kind: z.enum(indicatorKinds, { error: "Type d'indicateur inconnu : exécution, performance ou impact." }),
  direction: z.enum(indicatorDirections, { error: "Sens inconnu : plus haut ou plus bas est mieux." }),
  frequency: z.enum(indicatorFrequencies, { error: "Fréquence inconnue : mensuelle, trimestrielle ou annuelle." }),
  aggregation: z.enum(indicatorAggregations, {
    error: "Agrégation inconnue : somme, moyenne pondérée, médiane ou aucune.",
  }),
  method: optionalText(2000, "La méthode"),
  source: optionalText(500, "La source"),
  publicByDefault: z.boolean(),
  /** Empty or absent: a collected indicator. */
  formula: z.string().trim().max(500, { error: "La formule ne doit pas dépasser 500 caractères." }).nullable(),
};

export const createIndicatorInput = z.object({ code: indicatorCodeSchema, ...definitionContent }).partial({
  definition: true,
  method: true,
  source: true,
  publicByDefault: true,
  formula: true,
});
export type CreateIndicatorInput = z.infer<typeof createIndicatorInput>;

/** The code is the key spreadsheets and formulas use: it never changes. No defaults here. */
export const updateIndicatorInput = z.object({ id: idSchema, version: versionSchema, ...definitionContent }).partial({
  name: true,
  definition: true,
  unit: true,
  kind: true,
  direction: true,
  frequency: true,
  aggregation: true,
  method: true,
  source: true,
  publicByDefault: true,
  formula: true,
});
export type UpdateIndicatorInput = z.infer<typeof updateIndicatorInput>;

export const targetInput = z.object({
  period: z.string().trim().min(1, { error: "La période de la cible est obligatoire." }).max(20),
  value: figureSchema,
});

/** Attach an indicator to a programme, or to one of its projects, with baseline, threshold and targets. */
export const assignIndicatorInput = z.object({
  indicatorId: idSchema,
  programmeId: idSchema,
  projectId: idSchema.nullable().optional(),
  baselineValue: figureSchema.nullable().optional(),
  baselineDate: isoDateSchema.nullable().optional(),
  alertThreshold: figureSchema.nullable().optional(),
  targets: z.array(targetInput).max(240, { error: "Au plus 240 cibles par indicateur." }).optional(),
});
export type AssignIndicatorInput = z.infer<typeof assignIndicatorInput>;

export const updateAssignmentInput = z.object({
  id: idSchema,
  version: versionSchema,
  baselineValue: figureSchema.nullable().optional(),
  baselineDate: isoDateSchema.nullable().optional(),
  alertThreshold: figureSchema.nullable().optional(),
  /** When present, replaces the whole trajectory. */
  targets: z.array(targetInput).max(240, { error: "Au plus 240 cibles par indicateur." }).optional(),
});
export type UpdateAssignmentInput = z.infer<typeof updateAssignmentInput>;
