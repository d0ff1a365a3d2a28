import type { FundingLineRecord, GrantPaymentRecord, GrantRecord } from "@cvv/db";
import { grantTotals, type FunderFigures, type FundingFigures, type FundingSummary } from "@cvv/domain/funding";
import type { FieldChanges } from "@cvv/domain/shared";

/*
 * What the API sends of funding records. JSON has no bigint and a float would round money, so
 * amounts travel as strings of cents ("4780020" for 47 800,20 €), which the admin app formats.
 */

const cents = (value: bigint) => value.toString();

export type FundingLineView = Omit<FundingLineRecord, "amountCents"> & { amountCents: string };

export interface PaymentView extends Omit<GrantPaymentRecord, "amountCents"> {
  amountCents: string;
}

export interface GrantView extends Omit<GrantRecord, "amountCents" | "instalments" | "payments"> {
  amountCents: string;
  instalments: { id: string; label: string; dueOn: string; amountCents: string }[];
  payments: PaymentView[];
  scheduledCents: string;
  paidCents: string;
  remainingCents: string;
}

type Figures<T> = { [K in keyof T]: T[K] extends bigint ? string : T[K] };
export interface FundingSummaryView {
  byFunder: Figures<FunderFigures>[];
  total: Figures<FundingFigures>;
}

export function lineView(line: FundingLineRecord): FundingLineView {
  return { ...line, amountCents: cents(line.amountCents) };
}

export function paymentView(payment: GrantPaymentRecord): PaymentView {
  return { ...payment, amountCents: cents(payment.amountCents) };
}

export function grantView(grant: GrantRecord): GrantView {
  const totals = grantTotals(grant);
  return {
    ...grant,
    amountCents: cents(grant.amountCents),
    instalments: grant.instalments.map((i) => ({ ...i, amountCents: cents(i.amountCents) })),
    payments: grant.payments.map(paymentView),
    scheduledCents: cents(totals.scheduledCents),
    paidCents: cents(totals.paidCents),
    remainingCents: cents(totals.remainingCents),
  };
}

function figuresView(f: FundingFigures): Figures<FundingFigures> {
  return {
    plannedCents: cents(f.plannedCents),
    committedCents: cents(f.committedCents),
    paidCents: cents(f.paidCents),
    remainingCents: cents(f.remainingCents),
  };
}

export function summaryView(summary: FundingSummary): FundingSummaryView {
  return {
    byFunder: summary.byFunder.map((f) => ({ funderName: f.funderName, funderKind: f.funderKind, ...figuresView(f) })),
    total: figuresView(summary.total),
  };
}

/*
 * The fields kept in the history of each kind of record, as JSON can hold them (cents as text).
 */

export const lineHistoryFields = ["funderKind", "funderName", "amountCents", "status", "note"] as const;

export function lineHistory(line: FundingLineRecord): Record<(typeof lineHistoryFields)[number], unknown> {
  return {
    funderKind: line.funderKind,
    funderName: line.funderName,
    amountCents: cents(line.amountCents),
    status: line.status,
    note: line.note,
  };
}

export const grantHistoryFields = [
  "fundingLineId",
  "funderName",
  "funderSiret",
  "beneficiaryName",
  "beneficiarySiret",
  "purpose",
  "decisionReference",
  "conventionOn",
  "amountCents",
  "nature",
  "paymentTerms",
  "paymentTermsNote",
  "share",
  "euNotified",
  "raeId",
] as const;

export function grantHistory(grant: GrantRecord): Record<(typeof grantHistoryFields)[number], unknown> {
  return {
    fundingLineId: grant.fundingLineId,
    funderName: grant.funderName,
    funderSiret: grant.funderSiret,
    beneficiaryName: grant.beneficiaryName,
    beneficiarySiret: grant.beneficiarySiret,
    purpose: grant.purpose,
    decisionReference: grant.decisionReference,
    conventionOn: grant.conventionOn,
    amountCents: cents(grant.amountCents),
    nature: grant.nature,
    paymentTerms: grant.paymentTerms,
    paymentTermsNote: grant.paymentTermsNote,
    share: grant.share,
    euNotified: grant.euNotified,
    raeId: grant.raeId,
  };
}

export function scheduleHistory(grant: Pick<GrantRecord, "instalments">) {
  return grant.instalments.map((i) => ({ dueOn: i.dueOn, amountCents: cents(i.amountCents), label: i.label }));
}

/** A deleted record's history: each field goes from what it was to nothing. */
export function removedFields(before: Record<string, unknown>): FieldChanges {
  return Object.fromEntries(Object.entries(before).map(([field, value]) => [field, [value, null]]));
}
