import { fail, ok, type Result } from "../shared/result.js";
import { raciRoleLabels, raciRoleLetters, type RaciAssignment, type RaciRole } from "./raci.schema.js";

const letter = (role: RaciRole) => `« ${raciRoleLetters[role]} » (${raciRoleLabels[role]})`;

/**
 * A matrix that steers: each activity has exactly one Accountable (two would mean nobody decides)
 * and at least one Responsible (or nobody does it), and a party holds one role per activity.
 * Activities are checked in the order they come; the error's field points at the cell to correct
 * ("assignments.4.role"), by its position in the list sent.
 */
export function checkRaciMatrix(assignments: readonly RaciAssignment[]): Result<RaciAssignment[]> {
  const byActivity = new Map<string, number[]>();
  const pairs = new Set<string>();
  for (const [i, cell] of assignments.entries()) {
    const pair = JSON.stringify([cell.activity, cell.party]);
    if (pairs.has(pair)) {
      return fail(
        "INVALID",
        `Activité « ${cell.activity} » : « ${cell.party} » a deux rôles ; une partie prenante n'a qu'un rôle par activité.`,
        `assignments.${i}.role`,
      );
    }
    pairs.add(pair);
    byActivity.set(cell.activity, [...(byActivity.get(cell.activity) ?? []), i]);
  }
  for (const [activity, cells] of byActivity) {
    const withRole = (role: RaciRole) => cells.filter((i) => assignments[i]!.role === role);
    const accountable = withRole("accountable");
    if (accountable.length === 0) {
      return fail(
        "INVALID",
        `Activité « ${activity} » : il faut un ${letter("accountable")}, il n'y en a aucun.`,
        `assignments.${cells[0]}.role`,
      );
    }
    if (accountable.length > 1) {
      return fail(
        "INVALID",
        `Activité « ${activity} » : un seul ${letter("accountable")} par activité, il y en a ${accountable.length}.`,
        `assignments.${accountable[1]}.role`,
      );
    }
    if (withRole("responsible").length === 0) {
      return fail(
        "INVALID",
        `Activité « ${activity} » : il faut au moins un ${letter("responsible")}, il n'y en a aucun.`,
        `assignments.${cells[0]}.role`,
      );
    }
  }
  return ok([...assignments]);
}

/** A matrix to show: activities as rows, parties as columns, each cell a role or nothing. */
export interface RaciGrid {
  activities: string[];
  parties: string[];
  /** One per activity, in the order of `activities`; `roles` follows the order of `parties`. */
  rows: { activity: string; roles: (RaciRole | null)[] }[];
}

// Numeric collation, so activities numbered by the officer ("2. …", "10. …") keep their order.
const collator = new Intl.Collator("fr", { numeric: true, sensitivity: "base" });

/**
 * The grid of a stored matrix. Cells carry no position, so activities and parties are sorted in
 * French alphabetical order: the same matrix always reads the same way.
 */
export function raciGrid(assignments: readonly RaciAssignment[]): RaciGrid {
  const sorted = (values: Iterable<string>) => [...new Set(values)].sort(collator.compare);
  const activities = sorted(assignments.map((a) => a.activity));
  const parties = sorted(assignments.map((a) => a.party));
  const roleOf = new Map(assignments.map((a) => [JSON.stringify([a.activity, a.party]), a.role]));
  return {
    activities,
    parties,
    rows: activities.map((activity) => ({
      activity,
      roles: parties.map((party) => roleOf.get(JSON.stringify([activity, party])) ?? null),
    })),
  };
}
