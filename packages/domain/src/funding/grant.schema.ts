import { z } from "zod";
import { isValidSiret } from "../partners/organisation.schema.js";

/** SCDL "nature": money, something given in kind, or both. */
export const grantNatures = ["cash", "in_kind", "cash_and_in_kind"] as const;
export const grantNatureSchema = z.enum(grantNatures, { error: "Nature de l'aide inconnue." });
export type GrantNature = z.infer<typeof grantNatureSchema>;

/** SCDL "conditionsVersement": at once, in instalments, or otherwise (described in words). */
export const grantPaymentTerms = ["single", "instalments", "other"] as const;
export const grantPaymentTermsSchema = z.enum(grantPaymentTerms, { error: "Conditions de versement inconnues." });
export type GrantPaymentTerms = z.infer<typeof grantPaymentTermsSchema>;

/** SCDL: "objet" and a free "conditionsVersement" hold 256 characters at most. */
export const SCDL_TEXT_MAX = 256;

/** Why a SIRET is refused, in French, or null when it is valid. */
export function siretProblem(siret: string): string | null {
  if (isValidSiret(siret)) return null;
  const shown = siret.length > 20 ? `${siret.slice(0, 20)}…` : siret;
  const reason = /^\d{14}$/.test(siret)
    ? "sa clé de contrôle est fausse ; vérifiez chaque chiffre sur l'avis de situation SIRENE"
    : `un SIRET compte 14 chiffres (ici ${siret.replace(/\D/g, "").length} chiffre(s)${/\D/.test(siret) ? " et d'autres caractères" : ""})`;
  return `Le SIRET « ${shown} » n'est pas valide : ${reason}.`;
}

/** A SIRET as typed (spaces ignored), checked with its key; La Poste's establishments included. */
export const grantSiretSchema = z
  .string({ error: "SIRET attendu : 14 chiffres." })
  .transform((value) => value.replace(/[\s\u00a0\u202f]/g, ""))
  .superRefine((value, ctx) => {
    if (value === "") {
      ctx.addIssue({ code: "custom", message: "Ce champ est obligatoire." });
      return;
    }
    const problem = siretProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

/** SCDL "pourcentageSubvention": the beneficiary's share of the grant, from 0.01 to 1. */
export const grantShareSchema = z
  .number({ error: "Part attendue : un nombre entre 0,01 et 1." })
  .min(0.01, { error: "La part de la subvention est d'au moins 0,01 (1 %)." })
  .max(1, { error: "La part de la subvention est d'au plus 1 (100 %)." })
  // Four decimals are enough for 33,33 %, and keep 0.30000000000000004 out of the open data.
  .transform((share) => Math.round(share * 10_000) / 10_000);

/** SCDL "idRAE": the grant's number in the Registre des aides d'État, up to 5 digits. */
export const raeIdSchema = z
  .string()
  .trim()
  .regex(/^\d{0,5}$/, { error: "L'identifiant RAE compte au plus 5 chiffres." });

/** A grant as the rules see it: amounts in cents, dates as AAAA-MM-JJ. */
export interface Grant {
  id: string;
  projectId: string;
  fundingLineId: string | null;
  funderName: string;
  funderSiret: string;
  beneficiaryName: string;
  beneficiarySiret: string;
  purpose: string;
  decisionReference: string;
  conventionOn: string;
  amountCents: bigint;
  nature: GrantNature;
  paymentTerms: GrantPaymentTerms;
  paymentTermsNote: string;
  share: number;
  euNotified: boolean;
  raeId: string;
  version: number;
}

export interface GrantInstalment {
  id: string;
  label: string;
  dueOn: string;
  amountCents: bigint;
}

export interface GrantPayment {
  id: string;
  paidOn: string;
  amountCents: bigint;
  reference: string;
}
