import { z } from "zod";
import { idSchema, nonEmptyText, versionSchema } from "../shared/common.schema.js";

/** The meeting's decisions in their order, replacing those stored; each may be about one project. */
export const setDecisionsInput = z.object({
  meetingId: idSchema,
  version: versionSchema,
  decisions: z
    .array(z.object({ text: nonEmptyText(2000), projectId: idSchema.nullable().optional() }))
    .max(100, { error: "Au plus 100 décisions par réunion." }),
});
export type SetDecisionsInput = z.infer<typeof setDecisionsInput>;
