import { describe, expect, it } from "vitest";
import {
  adjacentMonths,
  calendarMonthSchema,
  parisDateTime,
  parisMidnight,
  parisMonthBounds,
  parisDayOf,
  parisMonthOf,
} from "./event-calendar.rules.js";

describe("parisMonthBounds", () => {
  it("covers a winter month from Paris midnight (23:00 UTC the day before)", () => {
    expect(parisMonthBounds("2026-12")).toEqual({
      from: new Date("2026-11-30T23:00:00Z"),
      to: new Date("2026-12-31T23:00:00Z"),
    });
  });

  it("follows daylight saving time: March starts in winter time and ends in summer time", () => {
    expect(parisMonthBounds("2026-03")).toEqual({
      from: new Date("2026-02-28T23:00:00Z"),
      to: new Date("2026-03-31T22:00:00Z"),
    });
    expect(parisMonthBounds("2026-10").to).toEqual(new Date("2026-10-31T23:00:00Z"));
  });

  it("turns the year in December", () => {
    expect(parisMonthBounds("2025-12").to).toEqual(parisMidnight(2026, 1, 1));
  });
});

describe("parisMonthOf", () => {
  it("places an instant in its Paris month, not its UTC one", () => {
    expect(parisMonthOf(new Date("2026-11-30T23:30:00Z"))).toBe("2026-12");
    expect(parisMonthOf(new Date("2026-11-30T22:30:00Z"))).toBe("2026-11");
  });
});

describe("adjacentMonths", () => {
  it("links the previous and next months across years", () => {
    expect(adjacentMonths("2026-01")).toEqual({ previous: "2025-12", next: "2026-02" });
    expect(adjacentMonths("2026-12")).toEqual({ previous: "2026-11", next: "2027-01" });
  });
});

describe("calendarMonthSchema", () => {
  it("accepts YYYY-MM and refuses other forms in French", () => {
    expect(calendarMonthSchema.safeParse("2026-12").success).toBe(true);
    for (const wrong of ["2026-13", "2026-1", "décembre", "2026-12-01"]) {
      const parsed = calendarMonthSchema.safeParse(wrong);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toContain("AAAA-MM");
    }
  });
});

describe("parisDateTime", () => {
  it("gives the instant of a Paris wall-clock time in winter and in summer", () => {
    expect(parisDateTime(2026, 1, 20, 14, 30)).toEqual(new Date("2026-01-20T13:30:00Z"));
    expect(parisDateTime(2026, 7, 2, 9, 0)).toEqual(new Date("2026-07-02T07:00:00Z"));
    // The day daylight saving begins: 14:00 is already summer time.
    expect(parisDateTime(2026, 3, 29, 14, 0)).toEqual(new Date("2026-03-29T12:00:00Z"));
  });
});

describe("parisDayOf", () => {
  it("gives the Paris day, which turns an hour or two before UTC's", () => {
    expect(parisDayOf(new Date("2026-12-02T23:30:00Z"))).toBe("2026-12-03");
    expect(parisDayOf(new Date("2026-07-02T21:59:00Z"))).toBe("2026-07-02");
    expect(parisDayOf(new Date("2026-07-02T22:00:00Z"))).toBe("2026-07-03");
  });
});
