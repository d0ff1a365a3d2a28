import { describe, expect, it } from "vitest";
import { fundingSummary, grantTotals } from "./funding-summary.rules.js";

describe("grantTotals", () => {
  it("adds up a grant's schedule and payments, and what remains to pay", () => {
    expect(
      grantTotals({
        amountCents: 45_000_000n,
        instalments: [{ amountCents: 13_500_000n }, { amountCents: 18_000_000n }, { amountCents: 13_500_000n }],
        payments: [{ amountCents: 13_500_000n }, { amountCents: 9_000_000n }],
      }),
    ).toEqual({
      amountCents: 45_000_000n,
      scheduledCents: 45_000_000n,
      paidCents: 22_500_000n,
      remainingCents: 22_500_000n,
    });
  });
});

describe("fundingSummary", () => {
  const lines = [
    { id: "l1", funderKind: "metropole" as const, funderName: "Métropole du Grand Paris", amountCents: 45_000_000n },
    { id: "l2", funderKind: "region" as const, funderName: "Région Île-de-France", amountCents: 20_000_000n },
    { id: "l3", funderKind: "commune" as const, funderName: "Commune de Bondy", amountCents: 33_000_000n },
    // A second line of the same funder (another call for projects) adds to it.
    { id: "l4", funderKind: "region" as const, funderName: "région  Île-de-France ", amountCents: 5_000_000n },
  ];

  it("gives planned, committed, paid and remaining by funder, in the plan's order, and in total", () => {
    const summary = fundingSummary(lines, [
      {
        fundingLineId: "l1",
        funderName: "MGP",
        amountCents: 45_000_000n,
        payments: [{ amountCents: 13_500_000n }],
      },
      { fundingLineId: null, funderName: "Région Île-de-France", amountCents: 20_000_000n, payments: [] },
      {
        fundingLineId: null,
        funderName: "Banque des Territoires",
        amountCents: 6_000_000n,
        payments: [{ amountCents: 6_000_000n }],
      },
    ]);
    expect(summary.byFunder).toEqual([
      {
        funderName: "Métropole du Grand Paris",
        funderKind: "metropole",
        plannedCents: 45_000_000n,
        committedCents: 45_000_000n,
        paidCents: 13_500_000n,
        remainingCents: 31_500_000n,
      },
      {
        funderName: "Région Île-de-France",
        funderKind: "region",
        plannedCents: 25_000_000n,
        committedCents: 20_000_000n,
        paidCents: 0n,
        remainingCents: 20_000_000n,
      },
      {
        funderName: "Commune de Bondy",
        funderKind: "commune",
        plannedCents: 33_000_000n,
        committedCents: 0n,
        paidCents: 0n,
        remainingCents: 0n,
      },
      {
        funderName: "Banque des Territoires",
        funderKind: null,
        plannedCents: 0n,
        committedCents: 6_000_000n,
        paidCents: 6_000_000n,
        remainingCents: 0n,
      },
    ]);
    expect(summary.total).toEqual({
      plannedCents: 103_000_000n,
      committedCents: 71_000_000n,
      paidCents: 19_500_000n,
      remainingCents: 51_500_000n,
    });
  });

  it("is all zeros for a project without funding", () => {
    expect(fundingSummary([], [])).toEqual({
      byFunder: [],
      total: { plannedCents: 0n, committedCents: 0n, paidCents: 0n, remainingCents: 0n },
    });
  });
});
