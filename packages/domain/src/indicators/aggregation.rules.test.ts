import { describe, expect, it } from "vitest";
import { aggregate, isAlert, meetsTarget, peerGroups } from "./aggregation.rules.js";

const figures = [
  { value: 10, population: 50_000 },
  { value: 20, population: 150_000 },
  { value: 40, population: 0 },
];

describe("aggregating across communes", () => {
  it("sums, weights by population, takes the median, or gives no figure", () => {
    expect(aggregate("sum", figures)).toBe(70);
    expect(aggregate("population_weighted_mean", figures)).toBe(17.5);
    expect(aggregate("median", figures)).toBe(20);
    expect(aggregate("median", figures.slice(0, 2))).toBe(15);
    expect(aggregate("none", figures)).toBeNull();
    expect(aggregate("sum", [])).toBeNull();
    expect(aggregate("population_weighted_mean", [{ value: 3, population: 0 }])).toBeNull();
  });

  it("reads thresholds and targets in the indicator's direction", () => {
    expect(isAlert("lower_is_better", 7.5, 9)).toBe(true);
    expect(isAlert("lower_is_better", 7.5, 7)).toBe(false);
    expect(isAlert("higher_is_better", 100, 90)).toBe(true);
    expect(isAlert("higher_is_better", null, 90)).toBe(false);
    expect(meetsTarget("lower_is_better", 8, 7)).toBe(true);
    expect(meetsTarget("higher_is_better", 8, 7)).toBe(false);
    expect(meetsTarget("higher_is_better", null, 7)).toBeNull();
  });

  it("finds a commune's peers: its EPT, and communes of similar size", () => {
    const bondy = { inseeCode: "93010", territorySiren: "200057875", population: 53_000 };
    const others = [
      bondy,
      { inseeCode: "93006", territorySiren: "200057875", population: 38_000 },
      { inseeCode: "94037", territorySiren: "200058014", population: 17_000 },
      { inseeCode: "92036", territorySiren: "200057990", population: 48_000 },
    ];
    const peers = peerGroups(bondy, others);
    expect(peers.sameTerritory.map((p) => p.inseeCode)).toEqual(["93006"]);
    expect(peers.similarPopulation.map((p) => p.inseeCode)).toEqual(["93006", "92036"]);
  });
});
