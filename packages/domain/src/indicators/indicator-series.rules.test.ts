import { describe, expect, it } from "vitest";
import { targetSeries } from "./indicator-series.rules.js";

describe("targetSeries", () => {
  it("puts figures beside targets, in period order, and reads each target in the indicator's direction", () => {
    const series = targetSeries(
      "lower_is_better",
      [
        { period: "2025", value: 8 },
        { period: "2024", value: 11 },
      ],
      [
        { period: "2024", value: 10 },
        { period: "2025", value: 9 },
        { period: "2026", value: 8 },
      ],
    );
    expect(series).toEqual([
      { period: "2024", value: 11, target: 10, meetsTarget: false },
      { period: "2025", value: 8, target: 9, meetsTarget: true },
      { period: "2026", value: null, target: 8, meetsTarget: null },
    ]);
  });

  it("keeps every year between the first and the last, a missing figure as null", () => {
    const series = targetSeries(
      "higher_is_better",
      [
        { period: "2021", value: 5 },
        { period: "2024", value: 7 },
      ],
      [],
    );
    expect(series.map((p) => [p.period, p.value])).toEqual([
      ["2021", 5],
      ["2022", null],
      ["2023", null],
      ["2024", 7],
    ]);
  });

  it("does not invent periods between quarters or months", () => {
    const series = targetSeries(
      "higher_is_better",
      [
        { period: "2025-T1", value: 1 },
        { period: "2025-T4", value: 4 },
      ],
      [],
    );
    expect(series.map((p) => p.period)).toEqual(["2025-T1", "2025-T4"]);
  });

  it("is empty without figures or targets", () => {
    expect(targetSeries("higher_is_better", [], [])).toEqual([]);
  });
});
