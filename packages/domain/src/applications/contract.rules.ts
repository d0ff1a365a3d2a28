import { checkDateRange } from "../shared/date-range.rules.js";
import { fail, ok, type Result } from "../shared/result.js";
import { frenchDate } from "./application-status.rules.js";
import { applicationStatusLabels, type Application } from "./application.schema.js";

/** A contract is signed with a selected commune, once: a second one would open a second project. */
export function checkContractOpening(
  application: Pick<Application, "status" | "projectId">,
  hasContract: boolean,
): Result<void> {
  if (application.status !== "selected") {
    return fail(
      "TRANSITION_REFUSED",
      `Seule une candidature retenue donne lieu à un contrat : celle-ci est « ${applicationStatusLabels[application.status]} ».`,
    );
  }
  if (hasContract || application.projectId !== null) {
    return fail("CONFLICT", "Cette candidature a déjà son contrat : corrigez-le plutôt que d'en créer un second.");
  }
  return ok(undefined);
}

/** A contract is recorded once signed, and takes effect on its signature or later. */
export function checkContractDates(
  contract: { signedOn: string; startsOn: string | null },
  today: string,
): Result<void> {
  if (contract.signedOn > today) {
    return fail(
      "INVALID",
      `La date de signature (${frenchDate(contract.signedOn)}) ne peut pas être dans le futur : enregistrez le contrat une fois signé.`,
      "signedOn",
    );
  }
  const range = checkDateRange(contract.signedOn, contract.startsOn, {
    start: "date de signature",
    end: "date de prise d'effet",
  });
  return range.ok ? range : fail(range.error.code, range.error.message, "startsOn");
}

const isoOf = (year: number, monthIndex: number, day: number) =>
  new Date(Date.UTC(year, monthIndex, day)).toISOString().slice(0, 10);

/**
 * The period a contract covers: from its start (its signature when no start is set) to the day
 * before the same day `durationMonths` later, as contracts count months. When that day does not
 * exist (31 January + 1 month), the period ends on the last day of that month.
 */
export function contractPeriod(contract: { signedOn: string; startsOn: string | null; durationMonths: number }): {
  startsOn: string;
  endsOn: string;
} {
  const startsOn = contract.startsOn ?? contract.signedOn;
  const [year, month, day] = startsOn.split("-").map(Number) as [number, number, number];
  const targetMonth = month - 1 + contract.durationMonths;
  const daysInTarget = new Date(Date.UTC(year, targetMonth + 1, 0)).getUTCDate();
  const endsOn = day > daysInTarget ? isoOf(year, targetMonth, daysInTarget) : isoOf(year, targetMonth, day - 1);
  return { startsOn, endsOn };
}
