import { describe, expect, it } from "vitest";
import type { MissionStatus } from "./mission.schema.js";
import { availability } from "./availability.rules.js";

const mission = (id: string, status: MissionStatus, startsOn: string, endsOn: string) => ({
  id,
  status,
  startsOn,
  endsOn,
});

describe("availability", () => {
  it("says an expert is free when no mission holds their time over the period", () => {
    expect(availability([], "2025-03-01", "2025-03-31")).toEqual({ ok: true, value: { available: true, busy: [] } });
  });

  it("names the ordered and in-progress missions that overlap the period, earliest first", () => {
    const missions = [
      mission("late", "in_progress", "2025-03-20", "2025-06-30"),
      mission("early", "ordered", "2025-02-01", "2025-03-01"),
      mission("before", "ordered", "2025-01-01", "2025-02-28"),
      mission("after", "ordered", "2025-04-01", "2025-04-30"),
    ];
    const result = availability(missions, "2025-03-01", "2025-03-31");
    expect(result.ok && result.value.available).toBe(false);
    expect(result.ok && result.value.busy.map((m) => m.id)).toEqual(["early", "late"]);
  });

  it("counts both ends of the period and of the mission", () => {
    const ends = [mission("m", "ordered", "2025-03-31", "2025-04-10")];
    expect(availability(ends, "2025-03-01", "2025-03-31")).toMatchObject({ value: { available: false } });
    expect(availability(ends, "2025-04-10", "2025-04-10")).toMatchObject({ value: { available: false } });
    expect(availability(ends, "2025-04-11", "2025-04-30")).toMatchObject({ value: { available: true } });
  });

  it("ignores proposed, delivered, closed and cancelled missions", () => {
    const missions = (["proposed", "delivered", "closed", "cancelled"] as const).map((s) =>
      mission(s, s, "2025-03-01", "2025-03-31"),
    );
    expect(availability(missions, "2025-03-10", "2025-03-20")).toEqual({
      ok: true,
      value: { available: true, busy: [] },
    });
  });

  it("refuses a period that ends before it starts, in French", () => {
    expect(availability([], "2025-03-31", "2025-03-01")).toEqual({
      ok: false,
      error: {
        code: "INVALID",
        message: "La fin de la période (2025-03-01) précède son début (2025-03-31).",
        field: "availableTo",
      },
    });
  });
});
