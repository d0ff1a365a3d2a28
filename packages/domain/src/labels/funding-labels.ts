import type { FunderKind, FundingStatus } from "../funding/funding-line.schema.js";
import type { GrantNature, GrantPaymentTerms } from "../funding/grant.schema.js";

/**
 * The French words of funding plans and grants, and the French form of an amount: shared by the
 * rules' messages, the admin app and (later) the portal. Type imports only, like the rest of the
 * labels, so the SPAs can take it at run time.
 */
export const funderKindLabels: Record<FunderKind, string> = {
  metropole: "Métropole du Grand Paris",
  banque_des_territoires: "Banque des Territoires",
  region: "Région",
  departement: "Département",
  commune: "Commune",
  state: "État",
  europe: "Union européenne",
  other: "Autre financeur",
};

export const fundingStatusLabels: Record<FundingStatus, string> = {
  planned: "Prévu",
  requested: "Sollicité",
  committed: "Acquis",
};

export const grantNatureLabels: Record<GrantNature, string> = {
  cash: "Aide en numéraire",
  in_kind: "Aide en nature",
  cash_and_in_kind: "Aide en numéraire et en nature",
};

export const grantPaymentTermsLabels: Record<GrantPaymentTerms, string> = {
  single: "Versement unique",
  instalments: "Versement échelonné",
  other: "Autres conditions",
};

// The spaces Intl uses for fr-FR: narrow between thousands, no-break before the symbol, so an
// amount never breaks across two lines.
const THOUSANDS = "\u202f";
const BEFORE_SYMBOL = "\u00a0";

function splitCents(cents: bigint | string): { sign: string; euros: bigint; rest: bigint } {
  const value = typeof cents === "bigint" ? cents : BigInt(cents);
  const abs = value < 0n ? -value : value;
  return { sign: value < 0n ? "-" : "", euros: abs / 100n, rest: abs % 100n };
}

/**
 * "12 000,00 €" from 1200000 cents (a bigint, or the string the API sends). Integer arithmetic
 * only: money never goes through a float.
 */
export function euroAmountLabel(cents: bigint | string): string {
  const { sign, euros, rest } = splitCents(cents);
  const grouped = euros.toString().replace(/\B(?=(\d{3})+(?!\d))/g, THOUSANDS);
  return `${sign}${grouped},${rest.toString().padStart(2, "0")}${BEFORE_SYMBOL}€`;
}

/** "47800.20" (open data, with a point) or "47800,20" (a form's field, with a comma) from cents. */
export function centsToDecimal(cents: bigint | string, separator: "." | "," = "."): string {
  const { sign, euros, rest } = splitCents(cents);
  return `${sign}${euros}${separator}${rest.toString().padStart(2, "0")}`;
}

// Spreadsheets and word processors put every kind of space between thousands.
const spaces = /[\s\u00a0\u202f\u2007]/g;

/**
 * Cents from euros as people type them: "12 000,50", "12000.5", "47800.20", "15 000 €". Read
 * digit by digit rather than through a float, which would turn 0,29 € into 28,999… cents.
 * Null when the text is not an amount with at most two decimals. Here rather than with the
 * schemas so that forms can total what is being typed with the server's own reading.
 */
export function parseEuros(input: string | number): bigint | null {
  const text = (typeof input === "number" ? String(input) : input).replace(spaces, "").replace(/€$/, "");
  const match = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(text);
  if (!match) return null;
  return BigInt(match[1]!) * 100n + BigInt((match[2] ?? "").padEnd(2, "0"));
}
