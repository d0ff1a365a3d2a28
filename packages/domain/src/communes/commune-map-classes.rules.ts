import { fail, ok, type Result } from "../shared/result.js";

export const choroplethClassCount = 5;

export interface ChoroplethClass {
  /** 0 for the lowest values. */
  index: number;
  /** Lowest and highest value found in the class: the legend reads "from min to max". */
  min: number;
  max: number;
  /** How many communes fall in it. */
  count: number;
}

/**
 * `complete`: as many classes as asked. `fewer_distinct_values`: there were fewer distinct values
 * than classes, so each value has its own class. `no_values`: nothing to class; every commune is
 * "no data".
 */
export type ChoroplethStatus = "complete" | "fewer_distinct_values" | "no_values";

export interface Choropleth {
  status: ChoroplethStatus;
  classes: ChoroplethClass[];
  /** Each key's class index, or null when it has no value (missing, or not a finite number). */
  classOf: Map<string, number | null>;
}

/**
 * Quantile classes over the values (about as many communes in each class), with bounds taken on
 * values that exist so two classes never share a value and none is empty. When quantiles would
 * fall on the same value (many equal figures), the break moves to the next distinct value.
 */
export function classifyValues(
  values: ReadonlyMap<string, number | null>,
  classCount: number = choroplethClassCount,
): Result<Choropleth> {
  if (!Number.isInteger(classCount) || classCount < 1)
    return fail("INVALID", "Le nombre de classes doit être un entier positif.");
  const known = [...values.values()].filter((v): v is number => v !== null && Number.isFinite(v));
  const sorted = [...known].sort((a, b) => a - b);
  const distinct = sorted.filter((v, i) => i === 0 || v !== sorted[i - 1]);
  if (sorted.length === 0) {
    return ok({ status: "no_values", classes: [], classOf: new Map([...values.keys()].map((k) => [k, null])) });
  }

  const count = Math.min(classCount, distinct.length);
  // Index in `distinct` of the lowest value of each class.
  const starts = [0];
  for (let i = 1; i < count; i++) {
    const quantile = sorted[Math.floor((i * sorted.length) / count)]!;
    let start = distinct.indexOf(quantile);
    start = Math.max(start, starts[i - 1]! + 1);
    // Leave at least one distinct value to each class still to come.
    start = Math.min(start, distinct.length - (count - i));
    starts.push(start);
  }
  const classes: ChoroplethClass[] = starts.map((start, index) => ({
    index,
    min: distinct[start]!,
    max: distinct[(starts[index + 1] ?? distinct.length) - 1]!,
    count: 0,
  }));
  const classOfValue = (v: number) => classes.findLastIndex((c) => v >= c.min);
  const classOf = new Map<string, number | null>();
  for (const [key, value] of values) {
    if (value === null || !Number.isFinite(value)) {
      classOf.set(key, null);
      continue;
    }
    const index = classOfValue(value);
    classes[index]!.count++;
    classOf.set(key, index);
  }
  return ok({ status: count < classCount ? "fewer_distinct_values" : "complete", classes, classOf });
}
