import { z } from "zod";
import { nonEmptyText } from "../shared/common.schema.js";
import { projectStatusSchema } from "../projects/project.schema.js";

const updateContent = {
  title: nonEmptyText(200),
  body: nonEmptyText(20000),
  proposedStatus: projectStatusSchema.nullable().optional(),
};

/** A contributor writes an update; `submit` sends it for review at once instead of keeping a draft. */
export const createUpdateInput = z.object({
  projectId: z.uuid({ error: "Projet invalide." }),
  ...updateContent,
  submit: z.boolean().optional(),
});
export type CreateUpdateInput = z.infer<typeof createUpdateInput>;

export const editUpdateInput = z.object({
  id: z.uuid({ error: "Point d'avancement invalide." }),
  version: z.number().int().nonnegative(),
  ...updateContent,
  submit: z.boolean().optional(),
});
export type EditUpdateInput = z.infer<typeof editUpdateInput>;

export const reviewUpdateInput = z
  .object({
    id: z.uuid({ error: "Point d'avancement invalide." }),
    version: z.number().int().nonnegative(),
    decision: z.enum(["approve", "return"], { error: "Décision inconnue : approuver ou renvoyer." }),
    comment: z.string().trim().max(5000, { error: "Le commentaire ne doit pas dépasser 5000 caractères." }).optional(),
  })
  .refine((v) => v.decision !== "return" || (v.comment ?? "").length > 0, {
    path: ["comment"],
    error: "Un commentaire est obligatoire pour renvoyer un point d'avancement : dites ce qu'il faut corriger.",
  });
export type ReviewUpdateInput = z.infer<typeof reviewUpdateInput>;
