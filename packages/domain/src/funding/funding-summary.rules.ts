import type { FunderKind } from "./funding-line.schema.js";

const sum = (items: readonly { amountCents: bigint }[]) => items.reduce((total, item) => total + item.amountCents, 0n);

export interface GrantTotals {
  amountCents: bigint;
  scheduledCents: bigint;
  paidCents: bigint;
  /** What the funder still owes: the amount less the payments made. */
  remainingCents: bigint;
}

/** A grant's figures, from its amount, its schedule and its payments. */
export function grantTotals(grant: {
  amountCents: bigint;
  instalments: readonly { amountCents: bigint }[];
  payments: readonly { amountCents: bigint }[];
}): GrantTotals {
  const paidCents = sum(grant.payments);
  return {
    amountCents: grant.amountCents,
    scheduledCents: sum(grant.instalments),
    paidCents,
    remainingCents: grant.amountCents - paidCents,
  };
}

export interface FundingFigures {
  /** The funding plan: every line, whatever its status. */
  plannedCents: bigint;
  /** Decided by a convention: the grants' amounts. */
  committedCents: bigint;
  paidCents: bigint;
  /** Committed but not paid yet. */
  remainingCents: bigint;
}

export interface FunderFigures extends FundingFigures {
  funderName: string;
  /** Null for a funder known only from a grant, outside the funding plan. */
  funderKind: FunderKind | null;
}

export interface FundingSummary {
  byFunder: FunderFigures[];
  total: FundingFigures;
}

/** "Région Île-de-France" and "région île-de-france " are one funder. */
function funderKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLocaleLowerCase("fr");
}

/**
 * A project's funding by funder: planned (the plan's lines), committed (the grants), paid and
 * remaining. A grant counts for its funding line's funder when it has one, so a grant recorded
 * under a slightly different name still lands on the plan's line; otherwise under its own funder.
 * Funders come in the order of the plan, then those known only from grants.
 */
export function fundingSummary(
  lines: readonly { id: string; funderKind: FunderKind; funderName: string; amountCents: bigint }[],
  grants: readonly {
    fundingLineId: string | null;
    funderName: string;
    amountCents: bigint;
    payments: readonly { amountCents: bigint }[];
  }[],
): FundingSummary {
  const funders = new Map<string, FunderFigures>();
  const funderOf = (name: string, kind: FunderKind | null): FunderFigures => {
    const key = funderKey(name);
    let funder = funders.get(key);
    if (!funder) {
      funder = {
        funderName: name.trim(),
        funderKind: kind,
        plannedCents: 0n,
        committedCents: 0n,
        paidCents: 0n,
        remainingCents: 0n,
      };
      funders.set(key, funder);
    }
    return funder;
  };

  const lineNames = new Map<string, string>();
  for (const line of lines) {
    funderOf(line.funderName, line.funderKind).plannedCents += line.amountCents;
    lineNames.set(line.id, line.funderName);
  }
  for (const grant of grants) {
    const name = (grant.fundingLineId && lineNames.get(grant.fundingLineId)) || grant.funderName;
    const funder = funderOf(name, null);
    const paid = sum(grant.payments);
    funder.committedCents += grant.amountCents;
    funder.paidCents += paid;
    funder.remainingCents += grant.amountCents - paid;
  }

  const byFunder = [...funders.values()];
  const total = (pick: (f: FundingFigures) => bigint) => byFunder.reduce((t, f) => t + pick(f), 0n);
  return {
    byFunder,
    total: {
      plannedCents: total((f) => f.plannedCents),
      committedCents: total((f) => f.committedCents),
      paidCents: total((f) => f.paidCents),
      remainingCents: total((f) => f.remainingCents),
    },
  };
}
