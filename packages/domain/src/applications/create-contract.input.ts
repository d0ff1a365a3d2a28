import { z } from "zod";
import { euroAmountSchema } from "../funding/money.schema.js";
import { idSchema, isoDateSchema, nonEmptyText, versionSchema } from "../shared/common.schema.js";

const contractFields = {
  /** The contract's number in the Métropole's deliberations, e.g. "CMD-2026-014". */
  reference: nonEmptyText(100),
  /** The signatories, e.g. "Métropole du Grand Paris ; Ville de Bondy". */
  parties: nonEmptyText(1000),
  signedOn: isoDateSchema,
  /** The Métropole's commitment, entered in euros and kept in cents. */
  amount: euroAmountSchema("zero"),
  durationMonths: z
    .number({ error: "La durée doit être un nombre de mois." })
    .int({ error: "La durée doit être un nombre entier de mois." })
    .min(1, { error: "La durée doit être d'au moins 1 mois." })
    .max(240, { error: "La durée ne peut pas dépasser 240 mois (20 ans)." }),
  /** When the contract takes effect; its signature date when left empty. */
  startsOn: isoDateSchema.nullable(),
};

/** The contract of a selected application: creating it opens the commune's project. */
export const createContractInput = z.object({
  applicationId: idSchema,
  reference: contractFields.reference,
  parties: contractFields.parties,
  signedOn: contractFields.signedOn,
  amount: contractFields.amount,
  durationMonths: contractFields.durationMonths,
  startsOn: contractFields.startsOn.optional(),
});
export type CreateContractInput = z.infer<typeof createContractInput>;

/** A correction sends only what changed (no defaults), with the version the form was opened on. */
export const updateContractInput = z.object(contractFields).partial().extend({ id: idSchema, version: versionSchema });
export type UpdateContractInput = z.infer<typeof updateContractInput>;
