import { describe, expect, it } from "vitest";
import { layoutTimeline } from "./plan-timeline.rules.js";

describe("layoutTimeline", () => {
  it("spans whole months around the items, with rows in days from the first day", () => {
    const timeline = layoutTimeline([
      { id: "diagnostic", kind: "action", startsOn: "2026-01-05", dueOn: "2026-01-14" },
      { id: "comite", kind: "milestone", startsOn: null, dueOn: "2026-02-02" },
    ]);
    expect(timeline).toEqual({
      startsOn: "2026-01-01",
      endsOn: "2026-02-28",
      days: 59,
      rows: [
        { id: "diagnostic", kind: "action", start: 4, end: 14 },
        { id: "comite", kind: "milestone", start: 32, end: 33 },
      ],
      ticks: [
        { date: "2026-01-01", offset: 0 },
        { date: "2026-02-01", offset: 31 },
      ],
      todayOffset: null,
    });
  });

  it("covers the project's own dates, and places today when it falls inside", () => {
    const timeline = layoutTimeline([{ id: "vitrines", kind: "action", startsOn: "2026-03-01", dueOn: "2026-03-31" }], {
      projectStartsOn: "2025-12-15",
      projectEndsOn: "2026-04-10",
      today: "2026-01-01",
    });
    expect(timeline?.startsOn).toBe("2025-12-01");
    expect(timeline?.endsOn).toBe("2026-04-30");
    expect(timeline?.days).toBe(151);
    expect(timeline?.rows).toEqual([{ id: "vitrines", kind: "action", start: 90, end: 121 }]);
    expect(timeline?.todayOffset).toBe(31);
    expect(layoutTimeline([], { projectStartsOn: "2026-01-01", today: "2027-01-01" })?.todayOffset).toBeNull();
  });

  it("draws an action without a start as its due day, and an action due on its start as one day", () => {
    const timeline = layoutTimeline([
      { id: "sans-debut", kind: "action", startsOn: null, dueOn: "2026-05-10" },
      { id: "un-jour", kind: "action", startsOn: "2026-05-20", dueOn: "2026-05-20" },
    ]);
    expect(timeline?.rows).toEqual([
      { id: "sans-debut", kind: "action", start: 9, end: 10 },
      { id: "un-jour", kind: "action", start: 19, end: 20 },
    ]);
  });

  it("thins the scale on long plans: quarters over two years, years over a decade", () => {
    const twoYears = layoutTimeline([{ id: "a", kind: "action", startsOn: "2025-02-10", dueOn: "2026-11-30" }]);
    expect(twoYears?.ticks.map((tick) => tick.date)).toEqual([
      "2025-04-01",
      "2025-07-01",
      "2025-10-01",
      "2026-01-01",
      "2026-04-01",
      "2026-07-01",
      "2026-10-01",
    ]);
    const decade = layoutTimeline([{ id: "a", kind: "action", startsOn: "2020-06-01", dueOn: "2029-06-30" }]);
    expect(decade?.ticks.map((tick) => tick.date)).toEqual(
      ["2021", "2022", "2023", "2024", "2025", "2026", "2027", "2028", "2029"].map((year) => `${year}-01-01`),
    );
  });

  it("has nothing to lay out without items or project dates", () => {
    expect(layoutTimeline([])).toBeNull();
  });
});
