import { meetsTarget, type Direction } from "./aggregation.rules.js";
import { comparePeriods } from "./period.rules.js";

export interface SeriesPoint {
  period: string;
  value: number | null;
  target: number | null;
  meetsTarget: boolean | null;
}

const isYear = (period: string) => /^\d{4}$/.test(period);

/**
 * Joins published figures and targets into one series in period order. When every period is a
 * year, the years between the first and the last are all present, a missing figure as null: a
 * chart or a table then says "no data" for that year instead of silently closing the gap.
 */
export function targetSeries(
  direction: Direction,
  values: readonly { period: string; value: number | null }[],
  targets: readonly { period: string; value: number }[],
): SeriesPoint[] {
  const valueOf = new Map(values.map((v) => [v.period, v.value]));
  const targetOf = new Map(targets.map((t) => [t.period, t.value]));
  let periods = [...new Set([...valueOf.keys(), ...targetOf.keys()])].sort(comparePeriods);
  if (periods.length > 1 && periods.every(isYear)) {
    const first = Number(periods[0]);
    const last = Number(periods.at(-1));
    periods = Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
  }
  return periods.map((period) => {
    const value = valueOf.get(period) ?? null;
    const target = targetOf.get(period) ?? null;
    return { period, value, target, meetsTarget: meetsTarget(direction, target, value) };
  });
}
