import { z } from "zod";
import { nonEmptyText } from "../shared/common.schema.js";

export const indicatorKinds = ["execution", "performance", "impact"] as const;
export { indicatorKindLabels } from "../labels/index.js";
export const indicatorDirections = ["higher_is_better", "lower_is_better"] as const;
export const indicatorFrequencies = ["monthly", "quarterly", "yearly"] as const;
export type IndicatorFrequency = (typeof indicatorFrequencies)[number];
export const indicatorAggregations = ["sum", "population_weighted_mean", "median", "none"] as const;

export const indicatorCodeSchema = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{1,62}$/, {
    error: "Code d'indicateur invalide : lettres minuscules, chiffres et « _ », commençant par une lettre.",
  });

/** Definitions only for now; values, targets and campaigns come with the indicators feature. */
export const indicatorDefinitionInput = z.object({
  code: indicatorCodeSchema,
  name: nonEmptyText(200),
  definition: z.string().trim().max(5000).optional(),
  unit: nonEmptyText(40),
  kind: z.enum(indicatorKinds, { error: "Type d'indicateur inconnu : exécution, performance ou impact." }),
  direction: z.enum(indicatorDirections),
  frequency: z.enum(indicatorFrequencies),
  aggregation: z.enum(indicatorAggregations),
  method: z.string().trim().max(2000).optional(),
  source: z.string().trim().max(500).optional(),
  publicByDefault: z.boolean().optional(),
});
export type IndicatorDefinitionInput = z.infer<typeof indicatorDefinitionInput>;
