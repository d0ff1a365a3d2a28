import { centsToDecimal } from "../labels/funding-labels.js";
import { SCDL_TEXT_MAX, type GrantNature, type GrantPaymentTerms } from "./grant.schema.js";

/** The columns of the SCDL "subventions" schema, version 2.0, in its order. */
export const scdlSubventionsColumns = [
  "nomAttribuant",
  "idAttribuant",
  "dateConvention",
  "referenceDecision",
  "nomBeneficiaire",
  "idBeneficiaire",
  "objet",
  "montant",
  "nature",
  "conditionsVersement",
  "datesPeriodeVersement",
  "idRAE",
  "notificationUE",
  "pourcentageSubvention",
] as const;
export type ScdlSubventionsColumn = (typeof scdlSubventionsColumns)[number];

/** One row of the file: every value as the schema writes it, a missing one as "". */
export type ScdlSubvention = Record<ScdlSubventionsColumn, string>;

const natures: Record<GrantNature, string> = {
  cash: "aide en numéraire",
  in_kind: "aide en nature",
  cash_and_in_kind: "aide en numéraire;aide en nature",
};

const terms: Record<Exclude<GrantPaymentTerms, "other">, string> = {
  single: "unique",
  instalments: "échelonné",
};

/** What the mapping reads of a grant: its fields, and the dates of its schedule and payments. */
export interface ScdlGrant {
  funderName: string;
  funderSiret: string;
  conventionOn: string;
  decisionReference: string;
  beneficiaryName: string;
  beneficiarySiret: string;
  purpose: string;
  amountCents: bigint;
  nature: GrantNature;
  paymentTerms: GrantPaymentTerms;
  paymentTermsNote: string;
  share: number;
  euNotified: boolean;
  raeId: string;
  instalments: readonly { dueOn: string }[];
  payments: readonly { paidOn: string }[];
}

const cut = (text: string) => [...text.trim()].slice(0, SCDL_TEXT_MAX).join("");

/**
 * "datesPeriodeVersement": one date for a single payment (made, else planned); otherwise the period
 * from the first to the last instalment or payment, a single date when they fall on one day.
 * ISO dates compare as text.
 */
export function paymentDates(grant: Pick<ScdlGrant, "paymentTerms" | "instalments" | "payments">): string {
  const paid = grant.payments.map((p) => p.paidOn).sort();
  const due = grant.instalments.map((i) => i.dueOn).sort();
  if (grant.paymentTerms === "single") return paid[0] ?? due[0] ?? "";
  const all = [...paid, ...due].sort();
  const first = all[0];
  const last = all.at(-1);
  if (!first || !last) return "";
  return first === last ? first : `${first}/${last}`;
}

/** A share as the schema writes it: a point, no trailing zeros (0.8, 1, 0.3333). */
function shareText(share: number): string {
  return String(Math.round(share * 10_000) / 10_000);
}

/** A grant as one row of the SCDL "subventions" file. */
export function toScdlSubvention(grant: ScdlGrant): ScdlSubvention {
  return {
    nomAttribuant: grant.funderName.trim(),
    idAttribuant: grant.funderSiret,
    dateConvention: grant.conventionOn,
    referenceDecision: grant.decisionReference.trim(),
    nomBeneficiaire: grant.beneficiaryName.trim(),
    idBeneficiaire: grant.beneficiarySiret,
    objet: cut(grant.purpose),
    montant: centsToDecimal(grant.amountCents, "."),
    nature: natures[grant.nature],
    conditionsVersement: grant.paymentTerms === "other" ? cut(grant.paymentTermsNote) : terms[grant.paymentTerms],
    datesPeriodeVersement: paymentDates(grant),
    idRAE: grant.raeId.trim(),
    notificationUE: grant.euNotified ? "oui" : "non",
    pourcentageSubvention: shareText(grant.share),
  };
}
