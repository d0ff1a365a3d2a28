import { z } from "zod";
import { idSchema, nonEmptyText, versionSchema } from "../shared/common.schema.js";

export const expertKinds = ["amo", "expert", "provider"] as const;
export const expertKindSchema = z.enum(expertKinds, { error: "Type d'intervenant inconnu." });
export type ExpertKind = z.infer<typeof expertKindSchema>;

/** An entry of the directory, as the API returns it: money in cents, never a float of euros. */
export const expertSchema = z.object({
  id: idSchema,
  name: nonEmptyText(200),
  kind: expertKindSchema,
  siret: z.string().nullable(),
  skills: z.array(z.string()),
  dailyRateCents: z.number().int().nonnegative().nullable(),
  rateNote: z.string(),
  contactName: z.string(),
  contactEmail: z.string(),
  contactPhone: z.string(),
  website: z.string(),
  notes: z.string(),
  active: z.boolean(),
  version: versionSchema,
});
export type Expert = z.infer<typeof expertSchema>;
