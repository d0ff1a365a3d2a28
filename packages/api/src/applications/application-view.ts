import type { ApplicationDetail, ApplicationListItem } from "@cvv/db";
import type { Application, Contract } from "@cvv/domain/applications";

/*
 * What the API sends of applications and contracts. JSON has no bigint and a float would round
 * money, so amounts travel as strings of cents ("45000000" for 450 000 €), which the admin app
 * formats.
 */

const cents = (value: bigint | null) => (value === null ? null : value.toString());

type WithCents<T extends Application> = Omit<T, "estimatedBudgetCents"> & { estimatedBudgetCents: string | null };
export type ApplicationView = WithCents<Application>;
export type ApplicationListView = WithCents<ApplicationListItem>;
export type ContractView = Omit<Contract, "amountCents"> & { amountCents: string };
export type ApplicationDetailView = Omit<WithCents<ApplicationDetail>, "contract"> & { contract: ContractView | null };

export function applicationView<T extends Application>(application: T): WithCents<T> {
  return { ...application, estimatedBudgetCents: cents(application.estimatedBudgetCents) };
}

export function contractView(contract: Contract): ContractView {
  return { ...contract, amountCents: contract.amountCents.toString() };
}

export function detailView(application: ApplicationDetail): ApplicationDetailView {
  return {
    ...applicationView(application),
    contract: application.contract ? contractView(application.contract) : null,
  };
}

/*
 * The fields kept in the history of each kind of record, as JSON can hold them (cents as text).
 * Empty texts count as nothing, so a new record's entry lists only what was filled in.
 */

const orNull = (text: string) => (text === "" ? null : text);

export const applicationHistoryFields = [
  "title",
  "summary",
  "motivation",
  "themes",
  "perimeter",
  "estimatedBudgetCents",
  "contactName",
  "contactEmail",
  "status",
  "eligibilityNote",
  "decidedOn",
  "decisionNote",
  "projectId",
] as const;

export function applicationHistory(
  application: Application,
): Record<(typeof applicationHistoryFields)[number], unknown> {
  return {
    title: application.title,
    summary: orNull(application.summary),
    motivation: orNull(application.motivation),
    themes: application.themes.length > 0 ? application.themes : null,
    perimeter: orNull(application.perimeter),
    estimatedBudgetCents: cents(application.estimatedBudgetCents),
    contactName: orNull(application.contactName),
    contactEmail: orNull(application.contactEmail),
    status: application.status,
    eligibilityNote: orNull(application.eligibilityNote),
    decidedOn: application.decidedOn,
    decisionNote: orNull(application.decisionNote),
    projectId: application.projectId,
  };
}

export const contractHistoryFields = [
  "reference",
  "parties",
  "signedOn",
  "amountCents",
  "durationMonths",
  "startsOn",
] as const;

export function contractHistory(contract: Contract): Record<(typeof contractHistoryFields)[number], unknown> {
  return {
    reference: contract.reference,
    parties: contract.parties,
    signedOn: contract.signedOn,
    amountCents: cents(contract.amountCents),
    durationMonths: contract.durationMonths,
    startsOn: contract.startsOn,
  };
}
