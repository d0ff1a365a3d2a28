import { z } from "zod";
import { isoDateSchema, nonEmptyText, slugSchema } from "../shared/common.schema.js";
import { programmeStatusSchema } from "./programme.schema.js";

const budgetEuros = z
  .number({ error: "Le budget doit être un nombre d'euros." })
  .int({ error: "Le budget s'exprime en euros entiers." })
  .nonnegative({ error: "Le budget ne peut pas être négatif." })
  .max(10_000_000_000, { error: "Le budget semble trop élevé." });

export const createProgrammeInput = z.object({
  name: nonEmptyText(200),
  slug: slugSchema.optional(),
  summary: z.string().trim().max(2000, { error: "Le résumé ne doit pas dépasser 2000 caractères." }).optional(),
  objectives: z.string().trim().max(10000).optional(),
  budgetEuros: budgetEuros.nullable().optional(),
  startsOn: isoDateSchema.nullable().optional(),
  endsOn: isoDateSchema.nullable().optional(),
  status: programmeStatusSchema.optional(),
});
export type CreateProgrammeInput = z.infer<typeof createProgrammeInput>;

/** No defaults here: a default surviving .partial() would overwrite stored fields. */
export const updateProgrammeInput = createProgrammeInput.partial().extend({
  id: z.uuid({ error: "Identifiant invalide." }),
  version: z.number().int().nonnegative(),
});
export type UpdateProgrammeInput = z.infer<typeof updateProgrammeInput>;
