import { z } from "zod";
import { idSchema, isoDateSchema, versionSchema } from "../shared/common.schema.js";

const noteSchema = z.string().trim().max(5000, { error: "La note ne doit pas dépasser 5000 caractères." });

/** An officer's finding on a submitted application; the note is required to find it ineligible (checkEligibility). */
export const assessEligibilityInput = z.object({
  id: idSchema,
  version: versionSchema,
  eligible: z.boolean({ error: "Recevable ou non : choisissez." }),
  note: noteSchema,
});
export type AssessEligibilityInput = z.infer<typeof assessEligibilityInput>;

/** The selection committee's decision on an eligible application, as an officer records it. */
export const decideApplicationInput = z.object({
  id: idSchema,
  version: versionSchema,
  selected: z.boolean({ error: "Retenue ou non : choisissez." }),
  note: noteSchema,
  decidedOn: isoDateSchema,
});
export type DecideApplicationInput = z.infer<typeof decideApplicationInput>;
