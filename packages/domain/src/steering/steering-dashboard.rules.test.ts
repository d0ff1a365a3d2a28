import { describe, expect, it } from "vitest";
import { crossTable, daysLate, horizon, paidShare } from "./steering-dashboard.rules.js";

describe("horizon", () => {
  it("covers the given number of weeks from today, across months and years", () => {
    expect(horizon("2026-12-20", 2)).toEqual({ from: "2026-12-20", to: "2027-01-03" });
    expect(horizon("2026-02-01", 4)).toEqual({ from: "2026-02-01", to: "2026-03-01" });
  });
});

describe("daysLate", () => {
  it("counts whole days after the due date, never a negative delay", () => {
    expect(daysLate("2026-11-01", "2026-11-29")).toBe(28);
    expect(daysLate("2026-11-29", "2026-11-29")).toBe(0);
    expect(daysLate("2026-12-10", "2026-11-29")).toBe(0);
  });

  it("is not fooled by the change to winter time", () => {
    expect(daysLate("2026-10-24", "2026-10-26")).toBe(2);
  });
});

describe("crossTable", () => {
  it("lays counts out by status and group, with zeros where nothing was counted and the totals", () => {
    const table = crossTable(
      [
        { status: "planned", group: "2019", count: 2 },
        { status: "in_progress", group: "2021", count: 3 },
        { status: "in_progress", group: "2019", count: 1 },
      ],
      ["planned", "in_progress", "completed"],
      ["2019", "2021"],
    );
    expect(table.rows).toEqual([
      { status: "planned", cells: [2, 0], total: 2 },
      { status: "in_progress", cells: [1, 3], total: 4 },
      { status: "completed", cells: [0, 0], total: 0 },
    ]);
    expect(table.totals).toEqual([3, 3]);
    expect(table.total).toBe(6);
  });

  it("adds up counts that fall in the same cell", () => {
    const table = crossTable(
      [
        { status: "planned", group: "2019", count: 2 },
        { status: "planned", group: "2019", count: 5 },
      ],
      ["planned"],
      ["2019"],
    );
    expect(table.rows).toEqual([{ status: "planned", cells: [7], total: 7 }]);
  });
});

describe("paidShare", () => {
  it("rounds to a whole percentage and has no share when nothing is committed", () => {
    expect(paidShare(300_000, 100_000)).toBe(33);
    expect(paidShare(0, 0)).toBeNull();
  });
});
