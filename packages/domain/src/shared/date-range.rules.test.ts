import { describe, expect, it } from "vitest";
import { checkDateRange } from "./date-range.rules.js";

describe("checkDateRange", () => {
  it("accepts a range that ends on or after its start, or an open one", () => {
    expect(checkDateRange("2024-01-01", "2024-01-01").ok).toBe(true);
    expect(checkDateRange("2024-01-01", "2025-06-30").ok).toBe(true);
    expect(checkDateRange("2024-01-01", null).ok).toBe(true);
  });

  it("refuses a range that ends before it starts, naming both dates in French", () => {
    const result = checkDateRange("2024-03-01", "2024-02-28", { start: "date d'ouverture", end: "date de clôture" });
    expect(result).toEqual({
      ok: false,
      error: { code: "INVALID", message: "La date de clôture (2024-02-28) précède la date d'ouverture (2024-03-01)." },
    });
  });
});
