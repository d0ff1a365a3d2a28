import { z } from "zod";
import { idSchema, isoDateSchema } from "../shared/common.schema.js";
import { euroAmountSchema } from "./money.schema.js";

/**
 * A payment made on a grant. No version: payments add up rather than replace one another; the
 * grant is locked while the sum is checked, so two at once cannot pay more than the grant.
 */
export const addPaymentInput = z.object({
  projectId: idSchema,
  grantId: idSchema,
  paidOn: isoDateSchema,
  amount: euroAmountSchema("positive"),
  reference: z.string().trim().max(200, { error: "La référence ne doit pas dépasser 200 caractères." }).optional(),
});
export type AddPaymentInput = z.infer<typeof addPaymentInput>;
