import { centsToDecimal, euroAmountLabel } from "@cvv/domain/labels";
import { messages } from "../messages.fr";
import type { Outputs } from "./api-types";
import { formatDate } from "./format";

const t = messages.funding;

export type FundingOverview = Outputs["funding"]["overview"];
export type FundingLine = FundingOverview["lines"][number];
export type Grant = FundingOverview["grants"][number];
export type FundingChange = Outputs["funding"]["history"][number];
export type FunderKind = FundingLine["funderKind"];
export type FundingStatus = FundingLine["status"];
export type GrantNature = Grant["nature"];
export type GrantPaymentTerms = Grant["paymentTerms"];

export const funderKinds = Object.keys(t.funderKind) as FunderKind[];
export const fundingStatuses = Object.keys(t.status) as FundingStatus[];
export const grantNatures = Object.keys(t.nature) as GrantNature[];
export const grantPaymentTerms = Object.keys(t.paymentTerms) as GrantPaymentTerms[];

/** "12 000,00 €" from the cents the API sends as text: never through a float. */
export const formatCents = (cents: string): string => euroAmountLabel(cents);

/** A stored amount back into a form's text, French style: "47800,20". */
export const centsInput = (cents: string): string => centsToDecimal(cents, ",");

const percentFormat = new Intl.NumberFormat("fr-FR", { style: "percent", maximumFractionDigits: 2 });

/** 0.8 → "80 %". */
export const formatShare = (share: number): string => percentFormat.format(share);

/** A share back into the form's percentage text: 0.3333 → "33,33". */
export function shareInput(share: number): string {
  return String(Math.round(share * 10_000) / 100).replace(".", ",");
}

/** "80" or "33,33" (percent) → 0.8 or 0.3333; NaN when it is not a percentage from 1 to 100. */
export function parseSharePercent(text: string): number {
  const compact = text.replace(/[\s\u00a0\u202f%]/g, "").replace(",", ".");
  if (!/^\d+(\.\d{1,2})?$/.test(compact)) return Number.NaN;
  const percent = Number(compact);
  return percent >= 1 && percent <= 100 ? Math.round(percent * 100) / 10_000 : Number.NaN;
}

interface Lookup {
  lines: readonly Pick<FundingLine, "id" | "funderName">[];
  grants: readonly Pick<Grant, "id" | "purpose" | "payments">[];
}

/** One field's value in the history, in words. */
function valueText(field: string, value: unknown, lookup: Lookup): string {
  if (value === null || value === undefined || value === "") return messages.common.emptyCell;
  switch (field) {
    case "amountCents":
      return formatCents(String(value));
    case "funderKind":
      return t.funderKind[value as FunderKind] ?? String(value);
    case "status":
      return t.status[value as FundingStatus] ?? String(value);
    case "nature":
      return t.nature[value as GrantNature] ?? String(value);
    case "paymentTerms":
      return t.paymentTerms[value as GrantPaymentTerms] ?? String(value);
    case "conventionOn":
    case "paidOn":
      return formatDate(String(value));
    case "share":
      return typeof value === "number" ? formatShare(value) : String(value);
    case "euNotified":
      return value ? t.yes : t.no;
    case "fundingLineId":
      return lookup.lines.find((l) => l.id === value)?.funderName ?? t.entity.removed;
    case "grantId":
      return lookup.grants.find((g) => g.id === value)?.purpose ?? t.entity.removed;
    case "instalments": {
      const list = Array.isArray(value) ? (value as { amountCents: string }[]) : [];
      const total = list.reduce((sum, i) => sum + BigInt(i.amountCents), 0n);
      return t.instalmentCount(list.length, euroAmountLabel(total));
    }
    default:
      return String(value);
  }
}

/** What a history entry is about, in words: the record as it is now, or as the entry left it. */
export function changeSubject(change: FundingChange, lookup: Lookup): string {
  const after = (field: string) => {
    const pair = change.changes[field];
    return pair ? String(pair[1] ?? pair[0] ?? "") : "";
  };
  switch (change.entity) {
    case "funding-line":
      return t.entity.line(
        lookup.lines.find((l) => l.id === change.entityId)?.funderName ?? (after("funderName") || t.entity.removed),
      );
    case "grant":
      return t.entity.grant(
        lookup.grants.find((g) => g.id === change.entityId)?.purpose ?? (after("purpose") || t.entity.removed),
      );
    default: {
      const grant = lookup.grants.find((g) => g.payments.some((p) => p.id === change.entityId));
      return t.entity.payment(grant?.purpose ?? t.entity.removed);
    }
  }
}

// The order of the forms, whatever order the database kept the changed fields in.
const fieldOrder = Object.keys(t.fields);
const rank = (field: string) => (fieldOrder.includes(field) ? fieldOrder.indexOf(field) : fieldOrder.length);

/** The lines of a history entry: "Montant : 12 000,00 € → 15 000,00 €", or the values a record was created with. */
export function changeLines(change: FundingChange, lookup: Lookup): string[] {
  const label = (field: string) => t.fields[field] ?? field;
  const entries = Object.entries(change.changes)
    // A payment's grant is already named by the entry's subject.
    .filter(([field]) => !(change.entity === "grant-payment" && field === "grantId"))
    .sort(([a], [b]) => rank(a) - rank(b));
  return entries.map(([field, [before, after]]) => {
    if (change.action === "created") return t.value(label(field), valueText(field, after, lookup));
    if (change.action === "deleted") return t.value(label(field), valueText(field, before, lookup));
    return t.change(label(field), valueText(field, before, lookup), valueText(field, after, lookup));
  });
}
