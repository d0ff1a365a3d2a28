import { describe, expect, it } from "vitest";
import {
  comparePeriods,
  formatPeriod,
  isPeriodWithin,
  normalisePeriod,
  parsePeriod,
  periodBounds,
  periodFrequency,
  periodLabel,
  periodsWithin,
  previousPeriod,
} from "./period.rules.js";

const invalid = (message: string) => ({ ok: false, error: { code: "INVALID", message, field: "period" } });

describe("parsePeriod", () => {
  it("reads the canonical forms", () => {
    expect(parsePeriod("2025")).toEqual({ ok: true, value: { frequency: "yearly", year: 2025, index: 1 } });
    expect(parsePeriod("2025-T3")).toEqual({ ok: true, value: { frequency: "quarterly", year: 2025, index: 3 } });
    expect(parsePeriod("2025-11")).toEqual({ ok: true, value: { frequency: "monthly", year: 2025, index: 11 } });
  });

  it("accepts the usual other spellings and surrounding spaces", () => {
    for (const text of ["2025-Q1", "2025 T1", "T1 2025", "2025-t1", "q1-2025", "2025T1", "  2025-T1  "]) {
      expect(parsePeriod(text), text).toEqual({ ok: true, value: { frequency: "quarterly", year: 2025, index: 1 } });
    }
    for (const text of ["2025-3", "2025-03", "03/2025", "3/2025"]) {
      expect(parsePeriod(text), text).toEqual({ ok: true, value: { frequency: "monthly", year: 2025, index: 3 } });
    }
  });

  it("accepts the first and last years allowed", () => {
    expect(parsePeriod("1900").ok).toBe(true);
    expect(parsePeriod("2100-12").ok).toBe(true);
  });

  it("refuses an empty period", () => {
    expect(parsePeriod("   ")).toEqual(
      invalid("Période manquante : formats attendus « 2025 » (année), « 2025-T1 » (trimestre) ou « 2025-03 » (mois)."),
    );
  });

  it("refuses an unknown form, naming it", () => {
    expect(parsePeriod("mars 2025")).toEqual(
      invalid(
        "Période « mars 2025 » invalide : formats attendus « 2025 » (année), « 2025-T1 » (trimestre) ou « 2025-03 » (mois).",
      ),
    );
    for (const text of ["25", "2025-123", "2025/03", "T12025", "2025-S1", "2025-03-01"]) {
      expect(parsePeriod(text).ok, text).toBe(false);
    }
  });

  it("shortens a very long input in the message", () => {
    const result = parsePeriod("x".repeat(100));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain(`« ${"x".repeat(40)}… »`);
  });

  it("refuses a year out of range", () => {
    expect(parsePeriod("1899")).toEqual(
      invalid("Période « 1899 » invalide : l'année doit être comprise entre 1900 et 2100."),
    );
    expect(parsePeriod("2101-T1")).toEqual(
      invalid("Période « 2101-T1 » invalide : l'année doit être comprise entre 1900 et 2100."),
    );
  });

  it("refuses a quarter out of range", () => {
    expect(parsePeriod("2025-T5")).toEqual(
      invalid("Période « 2025-T5 » invalide : le trimestre doit être compris entre 1 et 4."),
    );
    expect(parsePeriod("T0 2025").ok).toBe(false);
  });

  it("refuses a month out of range", () => {
    expect(parsePeriod("2025-13")).toEqual(
      invalid("Période « 2025-13 » invalide : le mois doit être compris entre 1 et 12."),
    );
    expect(parsePeriod("00/2025").ok).toBe(false);
  });
});

describe("formatPeriod and normalisePeriod", () => {
  it("writes the canonical form", () => {
    expect(formatPeriod({ frequency: "yearly", year: 2025, index: 1 })).toBe("2025");
    expect(formatPeriod({ frequency: "quarterly", year: 2025, index: 4 })).toBe("2025-T4");
    expect(formatPeriod({ frequency: "monthly", year: 2025, index: 3 })).toBe("2025-03");
  });

  it("normalises any accepted spelling", () => {
    expect(normalisePeriod(" 2025-q2 ")).toEqual({ ok: true, value: "2025-T2" });
    expect(normalisePeriod("T4 2024")).toEqual({ ok: true, value: "2024-T4" });
    expect(normalisePeriod("7/2025")).toEqual({ ok: true, value: "2025-07" });
    expect(normalisePeriod("2025-T5").ok).toBe(false);
  });
});

describe("periodFrequency", () => {
  it("tells the frequency, or null when the text is not a period", () => {
    expect(periodFrequency("2025")).toBe("yearly");
    expect(periodFrequency("2025-T2")).toBe("quarterly");
    expect(periodFrequency("2025-02")).toBe("monthly");
    expect(periodFrequency("hier")).toBeNull();
  });
});

describe("periodBounds", () => {
  it("gives the first and last day, both included", () => {
    expect(periodBounds("2025")).toEqual({ start: "2025-01-01", end: "2025-12-31" });
    expect(periodBounds("2025-T1")).toEqual({ start: "2025-01-01", end: "2025-03-31" });
    expect(periodBounds("2025-T2")).toEqual({ start: "2025-04-01", end: "2025-06-30" });
    expect(periodBounds("2025-T3")).toEqual({ start: "2025-07-01", end: "2025-09-30" });
    expect(periodBounds("2025-T4")).toEqual({ start: "2025-10-01", end: "2025-12-31" });
    expect(periodBounds("2025-04")).toEqual({ start: "2025-04-01", end: "2025-04-30" });
    expect(periodBounds({ frequency: "monthly", year: 2025, index: 12 })).toEqual({
      start: "2025-12-01",
      end: "2025-12-31",
    });
  });

  it("knows leap years", () => {
    expect(periodBounds("2024-02").end).toBe("2024-02-29");
    expect(periodBounds("2025-02").end).toBe("2025-02-28");
    expect(periodBounds("2000-02").end).toBe("2000-02-29");
    expect(periodBounds("1900-02").end).toBe("1900-02-28");
    expect(periodBounds("2100-02").end).toBe("2100-02-28");
  });

  it("throws on text that is not a period, since callers validate first", () => {
    expect(() => periodBounds("2025-T5")).toThrow(RangeError);
  });
});

describe("periodLabel", () => {
  it("says the period in French", () => {
    expect(periodLabel("2025")).toBe("2025");
    expect(periodLabel("2025-T1")).toBe("1er trimestre 2025");
    expect(periodLabel("2025-T2")).toBe("2e trimestre 2025");
    expect(periodLabel("2025-T4")).toBe("4e trimestre 2025");
    expect(periodLabel("2025-03")).toBe("mars 2025");
    expect(periodLabel("2025-08")).toBe("août 2025");
    expect(periodLabel("12/2025")).toBe("décembre 2025");
  });

  it("shows text that is not a period as it is", () => {
    expect(periodLabel("bientôt")).toBe("bientôt");
    expect(periodLabel("2025-T5")).toBe("2025-T5");
  });
});

describe("comparePeriods", () => {
  it("sorts by first day, then shortest first, with text that is not a period last", () => {
    const sorted = ["2025", "2025-T2", "zzz", "2024-12", "2025-02", "2025-T1", "2025-01", "abc", "2024"].sort(
      comparePeriods,
    );
    expect(sorted).toEqual(["2024", "2024-12", "2025-01", "2025-T1", "2025", "2025-02", "2025-T2", "abc", "zzz"]);
  });

  it("treats two spellings of one period as equal", () => {
    expect(comparePeriods("2025-T1", "T1 2025")).toBe(0);
    expect(comparePeriods("2025-02", "2025-03")).toBeLessThan(0);
    expect(comparePeriods("2025-03", "2025-02")).toBeGreaterThan(0);
  });
});

describe("periodsWithin", () => {
  it("lists the quarters of a year", () => {
    expect(periodsWithin("quarterly", "2025-01-01", "2025-12-31")).toEqual([
      "2025-T1",
      "2025-T2",
      "2025-T3",
      "2025-T4",
    ]);
  });

  it("leaves out periods only partly inside the range", () => {
    expect(periodsWithin("yearly", "2025-01-01", "2025-06-30")).toEqual([]);
    expect(periodsWithin("quarterly", "2025-01-02", "2025-09-29")).toEqual(["2025-T2"]);
    expect(periodsWithin("monthly", "2025-01-15", "2025-04-30")).toEqual(["2025-02", "2025-03", "2025-04"]);
  });

  it("includes a period whose bounds are exactly those of the range", () => {
    expect(periodsWithin("yearly", "2025-01-01", "2025-12-31")).toEqual(["2025"]);
    expect(periodsWithin("monthly", "2024-02-01", "2024-02-29")).toEqual(["2024-02"]);
    expect(periodsWithin("monthly", "2024-02-01", "2024-02-28")).toEqual([]);
  });

  it("crosses years in order", () => {
    expect(periodsWithin("monthly", "2024-11-01", "2025-02-28")).toEqual(["2024-11", "2024-12", "2025-01", "2025-02"]);
    expect(periodsWithin("yearly", "2023-01-01", "2025-12-31")).toEqual(["2023", "2024", "2025"]);
    expect(periodsWithin("quarterly", "2024-10-01", "2025-03-31")).toEqual(["2024-T4", "2025-T1"]);
  });

  it("gives nothing for an inverted or too short range", () => {
    expect(periodsWithin("monthly", "2025-12-31", "2025-01-01")).toEqual([]);
    expect(periodsWithin("quarterly", "2025-01-01", "2025-01-31")).toEqual([]);
  });

  it("stays within the years allowed", () => {
    expect(periodsWithin("yearly", "1000-01-01", "1901-12-31")).toEqual(["1900", "1901"]);
    expect(periodsWithin("yearly", "2099-01-01", "9999-12-31")).toEqual(["2099", "2100"]);
  });

  it("throws on a date that is not ISO", () => {
    expect(() => periodsWithin("yearly", "01/01/2025", "2025-12-31")).toThrow(RangeError);
  });
});

describe("isPeriodWithin", () => {
  it("requires the whole period inside the range", () => {
    expect(isPeriodWithin("2025-T2", "2025-01-01", "2025-06-30")).toBe(true);
    expect(isPeriodWithin("2025-T2", "2025-04-02", "2025-06-30")).toBe(false);
    expect(isPeriodWithin("2025", "2025-01-01", "2025-06-30")).toBe(false);
    expect(isPeriodWithin("T2 2025", "2025-04-01", "2025-06-30")).toBe(true);
  });

  it("places text that is not a period nowhere", () => {
    expect(isPeriodWithin("2025-T5", "1900-01-01", "2100-12-31")).toBe(false);
  });
});

describe("previousPeriod", () => {
  it("steps back one period of the same frequency, across years", () => {
    expect(previousPeriod("2025")).toBe("2024");
    expect(previousPeriod("2025-T3")).toBe("2025-T2");
    expect(previousPeriod("2025-T1")).toBe("2024-T4");
    expect(previousPeriod("2025-03")).toBe("2025-02");
    expect(previousPeriod("2025-01")).toBe("2024-12");
    expect(previousPeriod("T1 2025")).toBe("2024-T4");
  });

  it("throws when there is no period before, or on text that is not a period", () => {
    expect(() => previousPeriod("1900-01")).toThrow("aucune période ne la précède");
    expect(() => previousPeriod("2025-13")).toThrow(RangeError);
  });
});
