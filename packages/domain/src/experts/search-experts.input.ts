import { z } from "zod";
import { isoDateSchema } from "../shared/common.schema.js";
import { expertKindSchema } from "./expert.schema.js";

const searchText = (what: string) =>
  z
    .string()
    .trim()
    .max(200, { error: `${what} ne doit pas dépasser 200 caractères.` })
    .optional();

/**
 * A search of the directory. A period (one bound alone means that day) makes each expert come
 * with whether they are free over it, and which missions keep them busy.
 */
export const searchExpertsInput = z
  .object({
    skill: searchText("La compétence cherchée"),
    kind: expertKindSchema.optional(),
    active: z.boolean({ error: "Oui ou non attendu." }).optional(),
    q: searchText("La recherche"),
    availableFrom: isoDateSchema.optional(),
    availableTo: isoDateSchema.optional(),
  })
  .optional();
export type SearchExpertsInput = NonNullable<z.infer<typeof searchExpertsInput>>;
