import { z } from "zod";
import { idSchema, isoDateSchema, nonEmptyText, versionSchema } from "../shared/common.schema.js";
import {
  grantNatureSchema,
  grantPaymentTermsSchema,
  grantShareSchema,
  grantSiretSchema,
  raeIdSchema,
  SCDL_TEXT_MAX,
} from "./grant.schema.js";
import { euroAmountSchema } from "./money.schema.js";

const grantFields = {
  /** The line of the funding plan this grant answers, if any. */
  fundingLineId: idSchema.nullable(),
  funderName: nonEmptyText(200),
  funderSiret: grantSiretSchema,
  beneficiaryName: nonEmptyText(200),
  beneficiarySiret: grantSiretSchema,
  purpose: nonEmptyText(SCDL_TEXT_MAX),
  decisionReference: z
    .string()
    .trim()
    .max(200, { error: "La référence de la décision ne doit pas dépasser 200 caractères." }),
  conventionOn: isoDateSchema,
  amount: euroAmountSchema("positive"),
  nature: grantNatureSchema,
  paymentTerms: grantPaymentTermsSchema,
  /** Required when paymentTerms is "other" (checkPaymentTermsNote), since the open data shows it in place of the terms. */
  paymentTermsNote: z
    .string()
    .trim()
    .max(SCDL_TEXT_MAX, { error: `Ce champ ne doit pas dépasser ${SCDL_TEXT_MAX} caractères.` }),
  share: grantShareSchema,
  euNotified: z.boolean({ error: "Oui ou non attendu." }),
  raeId: raeIdSchema,
};

/** What the open data requires is required here; the rest has the SCDL's usual value by default. */
export const createGrantInput = z.object({
  projectId: idSchema,
  funderName: grantFields.funderName,
  funderSiret: grantFields.funderSiret,
  beneficiaryName: grantFields.beneficiaryName,
  beneficiarySiret: grantFields.beneficiarySiret,
  purpose: grantFields.purpose,
  conventionOn: grantFields.conventionOn,
  amount: grantFields.amount,
  fundingLineId: grantFields.fundingLineId.optional(),
  decisionReference: grantFields.decisionReference.optional(),
  nature: grantFields.nature.optional(),
  paymentTerms: grantFields.paymentTerms.optional(),
  paymentTermsNote: grantFields.paymentTermsNote.optional(),
  share: grantFields.share.optional(),
  euNotified: grantFields.euNotified.optional(),
  raeId: grantFields.raeId.optional(),
});
export type CreateGrantInput = z.infer<typeof createGrantInput>;

/** An edit sends only what changed (no defaults), with the version the form was opened on. */
export const updateGrantInput = z
  .object(grantFields)
  .partial()
  .extend({ projectId: idSchema, id: idSchema, version: versionSchema });
export type UpdateGrantInput = z.infer<typeof updateGrantInput>;
