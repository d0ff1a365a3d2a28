import { describe, expect, it } from "vitest";
import { classifyValues } from "./commune-map-classes.rules.js";

const valuesOf = (...values: (number | null)[]) => new Map(values.map((v, i) => [`c${i}`, v]));

const classed = (values: Map<string, number | null>, count?: number) => {
  const result = classifyValues(values, count);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe("classing communes' values for the choropleth", () => {
  it("makes five quantile classes with bounds on existing values", () => {
    const result = classed(valuesOf(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
    expect(result.status).toBe("complete");
    expect(result.classes.map(({ min, max, count }) => [min, max, count])).toEqual([
      [1, 2, 2],
      [3, 4, 2],
      [5, 6, 2],
      [7, 8, 2],
      [9, 10, 2],
    ]);
    expect(result.classOf.get("c0")).toBe(0);
    expect(result.classOf.get("c4")).toBe(2);
    expect(result.classOf.get("c9")).toBe(4);
  });

  it("puts each commune in the class whose bounds hold its value, in any order", () => {
    const values = new Map<string, number | null>([
      ["93010", 40],
      ["93048", 3.5],
      ["75056", 120],
      ["92024", 12],
      ["94037", 0],
      ["93006", 75],
      ["93066", 12],
    ]);
    const result = classed(values);
    for (const [code, value] of values) {
      const index = result.classOf.get(code)!;
      expect(value).toBeGreaterThanOrEqual(result.classes[index]!.min);
      expect(value).toBeLessThanOrEqual(result.classes[index]!.max);
    }
    // Classes follow each other without overlap, and hold every commune once.
    for (let i = 1; i < result.classes.length; i++)
      expect(result.classes[i]!.min).toBeGreaterThan(result.classes[i - 1]!.max);
    expect(result.classes.reduce((sum, c) => sum + c.count, 0)).toBe(7);
    expect(result.classOf.get("92024")).toBe(result.classOf.get("93066"));
  });

  it("moves a break past repeated values so that no class is empty", () => {
    const result = classed(valuesOf(1, 1, 1, 1, 1, 1, 2, 3, 4, 5, 6));
    expect(result.status).toBe("complete");
    expect(result.classes.map(({ min, max }) => [min, max])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
      [5, 6],
    ]);
    expect(result.classes[0]!.count).toBe(6);
  });

  it("gives communes without a value no class, and leaves them out of the bounds", () => {
    const result = classed(valuesOf(null, 10, Number.NaN, 20, 30, 40, 50));
    expect(result.classOf.get("c0")).toBeNull();
    expect(result.classOf.get("c2")).toBeNull();
    expect(result.classes[0]!.min).toBe(10);
    expect(result.classes.at(-1)!.max).toBe(50);
    expect(result.classes.reduce((sum, c) => sum + c.count, 0)).toBe(5);
  });

  it("says when there are fewer distinct values than classes: one class per value", () => {
    const result = classed(valuesOf(7, 3, 7, 3, 3));
    expect(result.status).toBe("fewer_distinct_values");
    expect(result.classes.map(({ min, max, count }) => [min, max, count])).toEqual([
      [3, 3, 3],
      [7, 7, 2],
    ]);
    expect(result.classOf.get("c0")).toBe(1);
  });

  it("says when there is no value at all", () => {
    const result = classed(valuesOf(null, null));
    expect(result.status).toBe("no_values");
    expect(result.classes).toEqual([]);
    expect([...result.classOf.values()]).toEqual([null, null]);
    expect(classed(new Map()).status).toBe("no_values");
  });

  it("refuses a class count that is not a positive whole number", () => {
    expect(classifyValues(valuesOf(1, 2), 0)).toMatchObject({ ok: false, error: { code: "INVALID" } });
    expect(classifyValues(valuesOf(1, 2), 2.5)).toMatchObject({ ok: false });
    expect(classed(valuesOf(1, 2, 3), 3).status).toBe("complete");
  });
});
