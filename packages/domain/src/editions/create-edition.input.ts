import { z } from "zod";
import { isoDateSchema, nonEmptyText } from "../shared/common.schema.js";
import { editionStatusSchema } from "./edition.schema.js";

export const createEditionInput = z.object({
  programmeId: z.uuid({ error: "Programme invalide." }),
  name: nonEmptyText(200),
  year: z
    .number({ error: "L'année doit être un nombre." })
    .int({ error: "L'année doit être un nombre entier." })
    .min(2000, { error: "L'année doit être postérieure à 2000." })
    .max(2100, { error: "L'année doit être antérieure à 2100." }),
  opensOn: isoDateSchema.nullable().optional(),
  closesOn: isoDateSchema.nullable().optional(),
  status: editionStatusSchema.optional(),
});
export type CreateEditionInput = z.infer<typeof createEditionInput>;

/** Every field but the programme may change; no default here, or it would overwrite what is stored. */
export const updateEditionInput = createEditionInput
  .omit({ programmeId: true })
  .partial()
  .extend({ id: z.uuid({ error: "Identifiant invalide." }), version: z.number().int().nonnegative() });
export type UpdateEditionInput = z.infer<typeof updateEditionInput>;
