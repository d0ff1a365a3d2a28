import { z } from "zod";
import { inseeCodeSchema } from "../communes/commune.schema.js";
import { idSchema, versionSchema } from "../shared/common.schema.js";

export const valueStatuses = ["draft", "submitted", "approved", "returned"] as const;
export type ValueStatus = (typeof valueStatuses)[number];

/** A figure as people type it: finite, and not absurdly large (a double keeps 15 digits exactly). */
export const figureSchema = z
  .number({ error: "Valeur numérique attendue." })
  .refine(Number.isFinite, { error: "Valeur numérique attendue." })
  .refine((v) => Math.abs(v) < 1e15, { error: "Valeur trop grande (au plus 15 chiffres)." });

export const breakdownSchema = z
  .array(
    z.object({
      label: z
        .string()
        .trim()
        .min(1, { error: "Chaque part doit avoir un libellé." })
        .max(100, { error: "Le libellé d'une part ne doit pas dépasser 100 caractères." }),
      value: figureSchema,
    }),
  )
  .max(50, { error: "Au plus 50 parts dans une décomposition." })
  .refine((parts) => new Set(parts.map((p) => p.label.toLowerCase())).size === parts.length, {
    error: "Deux parts de la décomposition portent le même libellé.",
  });
export type Breakdown = z.infer<typeof breakdownSchema>;

const valueContent = {
  value: figureSchema,
  breakdown: breakdownSchema.nullable().optional(),
  source: z.string().trim().max(500, { error: "La source ne doit pas dépasser 500 caractères." }).optional(),
  comment: z.string().trim().max(2000, { error: "Le commentaire ne doit pas dépasser 2000 caractères." }).optional(),
  confidential: z.boolean().optional(),
  attachmentId: idSchema.nullable().optional(),
};

/**
 * A commune enters or corrects one value. No defaults: an omitted field keeps what is stored.
 * `version` is required when the value already exists (the form loaded it).
 */
export const saveValueInput = z.object({
  indicatorId: idSchema,
  communeInseeCode: inseeCodeSchema,
  period: z.string().trim().min(1, { error: "La période est obligatoire." }).max(20),
  campaignId: idSchema.optional(),
  projectId: idSchema.nullable().optional(),
  version: versionSchema.optional(),
  ...valueContent,
  submit: z.boolean().optional(),
});
export type SaveValueInput = z.infer<typeof saveValueInput>;

/** Sends every draft or returned value of a commune in a campaign for review at once. */
export const submitValuesInput = z.object({
  campaignId: idSchema,
  communeInseeCode: inseeCodeSchema,
});
export type SubmitValuesInput = z.infer<typeof submitValuesInput>;

export const reviewValueInput = z
  .object({
    id: idSchema,
    version: versionSchema,
    decision: z.enum(["approve", "return"], { error: "Décision inconnue : approuver ou renvoyer." }),
    comment: z.string().trim().max(2000, { error: "Le commentaire ne doit pas dépasser 2000 caractères." }).optional(),
  })
  .refine((v) => v.decision !== "return" || (v.comment ?? "").length > 0, {
    path: ["comment"],
    error: "Un commentaire est obligatoire pour renvoyer une valeur : dites ce qu'il faut corriger.",
  });
export type ReviewValueInput = z.infer<typeof reviewValueInput>;

/** Approves every submitted value of a commune in a campaign, e.g. after checking the whole sheet. */
export const approveAllInput = z.object({
  campaignId: idSchema,
  communeInseeCode: inseeCodeSchema,
});
export type ApproveAllInput = z.infer<typeof approveAllInput>;
