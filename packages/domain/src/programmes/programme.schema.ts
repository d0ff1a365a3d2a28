import { z } from "zod";
export { programmeStatusLabels } from "../labels/index.js";
import { idSchema, isoDateSchema, nonEmptyText, slugSchema, versionSchema } from "../shared/common.schema.js";

export const programmeStatuses = ["draft", "active", "closed"] as const;
export const programmeStatusSchema = z.enum(programmeStatuses, { error: "Statut de programme inconnu." });
export type ProgrammeStatus = z.infer<typeof programmeStatusSchema>;

export const programmeSchema = z.object({
  id: idSchema,
  slug: slugSchema,
  name: nonEmptyText(200),
  summary: z.string(),
  objectives: z.string(),
  budgetEuros: z.number().int().nonnegative().nullable(),
  startsOn: isoDateSchema.nullable(),
  endsOn: isoDateSchema.nullable(),
  status: programmeStatusSchema,
  version: versionSchema,
});
export type Programme = z.infer<typeof programmeSchema>;
