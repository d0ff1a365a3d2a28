import { z } from "zod";
import { idSchema, nonEmptyText, versionSchema } from "../shared/common.schema.js";
import { funderKindSchema, fundingStatusSchema } from "./funding-line.schema.js";
import { euroAmountSchema } from "./money.schema.js";

const lineFields = {
  funderKind: funderKindSchema,
  funderName: nonEmptyText(200),
  /** Zero is allowed: a funder named in the plan before anyone knows how much. */
  amount: euroAmountSchema("zero"),
  status: fundingStatusSchema,
  note: z.string().trim().max(2000, { error: "La note ne doit pas dépasser 2000 caractères." }),
};

export const createFundingLineInput = z.object({
  projectId: idSchema,
  ...lineFields,
  status: lineFields.status.optional(),
  note: lineFields.note.optional(),
});
export type CreateFundingLineInput = z.infer<typeof createFundingLineInput>;

/** An edit names the project too: the write's where holds it, so an id from elsewhere finds nothing. No defaults. */
export const updateFundingLineInput = z
  .object(lineFields)
  .partial()
  .extend({ projectId: idSchema, id: idSchema, version: versionSchema });
export type UpdateFundingLineInput = z.infer<typeof updateFundingLineInput>;

export const removeFundingLineInput = z.object({ projectId: idSchema, id: idSchema, version: versionSchema });
export type RemoveFundingLineInput = z.infer<typeof removeFundingLineInput>;
