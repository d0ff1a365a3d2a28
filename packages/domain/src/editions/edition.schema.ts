import { z } from "zod";
export { editionStatusLabels } from "../labels/index.js";
import { idSchema, isoDateSchema, nonEmptyText, versionSchema } from "../shared/common.schema.js";

export const editionStatuses = ["planned", "open", "selection", "closed"] as const;
export const editionStatusSchema = z.enum(editionStatuses, { error: "Statut d'édition inconnu." });
export type EditionStatus = z.infer<typeof editionStatusSchema>;

export const editionSchema = z.object({
  id: idSchema,
  programmeId: idSchema,
  name: nonEmptyText(200),
  year: z.number().int(),
  opensOn: isoDateSchema.nullable(),
  closesOn: isoDateSchema.nullable(),
  status: editionStatusSchema,
  version: versionSchema,
});
export type Edition = z.infer<typeof editionSchema>;
