import type { indicatorAggregations, indicatorDirections } from "./indicator.schema.js";

export type Aggregation = (typeof indicatorAggregations)[number];
export type Direction = (typeof indicatorDirections)[number];

export interface CommuneFigure {
  value: number;
  population: number;
}

/**
 * One figure for a group of communes, by the indicator's own method. Null when the method is
 * "none" or nothing was reported: an empty group has no figure, not a zero.
 */
export function aggregate(method: Aggregation, figures: readonly CommuneFigure[]): number | null {
  if (figures.length === 0 || method === "none") return null;
  switch (method) {
    case "sum":
      return figures.reduce((sum, f) => sum + f.value, 0);
    case "population_weighted_mean": {
      const population = figures.reduce((sum, f) => sum + f.population, 0);
      if (population === 0) return null;
      return figures.reduce((sum, f) => sum + f.value * f.population, 0) / population;
    }
    case "median": {
      const sorted = figures.map((f) => f.value).sort((a, b) => a - b);
      const middle = Math.floor(sorted.length / 2);
      return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
    }
  }
}

/** Past the threshold in the wrong direction: the figure needs attention. */
export function isAlert(direction: Direction, threshold: number | null, value: number | null): boolean {
  if (threshold === null || value === null) return false;
  return direction === "higher_is_better" ? value < threshold : value > threshold;
}

/** Whether a value meets its target, read in the indicator's direction. */
export function meetsTarget(direction: Direction, target: number | null, value: number | null): boolean | null {
  if (target === null || value === null) return null;
  return direction === "higher_is_better" ? value >= target : value <= target;
}

export interface PeerCandidate {
  inseeCode: string;
  territorySiren: string | null;
  population: number;
}

/**
 * A commune's two peer groups: the other communes of its EPT, and the communes of similar size
 * (population within a factor of `spread` either way) across the métropole. Pure, so every screen
 * and the annual report pick the same peers.
 */
export function peerGroups<T extends PeerCandidate>(
  commune: PeerCandidate,
  others: readonly T[],
  spread = 1.5,
): { sameTerritory: T[]; similarPopulation: T[] } {
  const rest = others.filter((o) => o.inseeCode !== commune.inseeCode);
  return {
    sameTerritory:
      commune.territorySiren === null ? [] : rest.filter((o) => o.territorySiren === commune.territorySiren),
    similarPopulation: rest.filter(
      (o) => o.population >= commune.population / spread && o.population <= commune.population * spread,
    ),
  };
}
