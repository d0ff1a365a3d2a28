import { z } from "zod";
import { idSchema, isoDateSchema, versionSchema } from "../shared/common.schema.js";
import { euroAmountSchema } from "./money.schema.js";

export const MAX_INSTALMENTS = 60;

export const instalmentInput = z.object({
  dueOn: isoDateSchema,
  amount: euroAmountSchema("positive"),
  label: z.string().trim().max(200, { error: "Le libellé ne doit pas dépasser 200 caractères." }).optional(),
});
export type InstalmentInput = z.infer<typeof instalmentInput>;

/**
 * Replaces a grant's whole schedule (an empty list clears it). The schedule is part of the grant:
 * the grant's version guards it, so two people rewriting it at once cannot both win.
 */
export const setScheduleInput = z.object({
  projectId: idSchema,
  grantId: idSchema,
  version: versionSchema,
  instalments: z
    .array(instalmentInput)
    .max(MAX_INSTALMENTS, { error: `Un échéancier compte au plus ${MAX_INSTALMENTS} échéances.` }),
});
export type SetScheduleInput = z.infer<typeof setScheduleInput>;
