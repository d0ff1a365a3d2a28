import { describe, expect, it } from "vitest";
import {
  canEditValue,
  canSubmitValue,
  checkBreakdown,
  checkValueReview,
  publicationAfterApproval,
} from "./value-status.rules.js";

describe("the life of a value", () => {
  it("freezes a value under review and lets every other be edited", () => {
    expect(canEditValue("submitted").ok).toBe(false);
    for (const status of ["draft", "returned", "approved"] as const) expect(canEditValue(status).ok).toBe(true);
    expect(canSubmitValue("draft")).toBe(true);
    expect(canSubmitValue("returned")).toBe(true);
    expect(canSubmitValue("approved")).toBe(false);
  });

  it("reviews only submitted values", () => {
    expect(checkValueReview("submitted", "approve")).toEqual({ ok: true, value: "approved" });
    expect(checkValueReview("submitted", "return")).toEqual({ ok: true, value: "returned" });
    const refused = checkValueReview("draft", "approve");
    expect(!refused.ok && refused.error.message).toBe(
      "Seule une valeur soumise peut être relue ; celle-ci est « Brouillon ».",
    );
  });

  it("publishes on first approval, and dates a correction only when the figure changes", () => {
    const now = new Date("2026-02-01T10:00:00Z");
    const first = new Date("2025-03-01T10:00:00Z");
    expect(publicationAfterApproval({ publishedAt: null, correctedAt: null, publishedValue: null }, 12, now)).toEqual({
      publishedAt: now,
      correctedAt: null,
    });
    expect(publicationAfterApproval({ publishedAt: first, correctedAt: null, publishedValue: 12 }, 11, now)).toEqual({
      publishedAt: first,
      correctedAt: now,
    });
    expect(publicationAfterApproval({ publishedAt: first, correctedAt: null, publishedValue: 12 }, 12, now)).toEqual({
      publishedAt: first,
      correctedAt: null,
    });
  });

  it("checks that the parts of an additive figure add up to it", () => {
    const parts = [
      { label: "alimentaire", value: 0.1 },
      { label: "services", value: 0.2 },
    ];
    expect(checkBreakdown(true, 0.3, parts).ok).toBe(true);
    expect(checkBreakdown(true, 0.4, parts).ok).toBe(false);
    expect(checkBreakdown(false, 0.4, parts).ok).toBe(true);
    expect(checkBreakdown(true, 5, null).ok).toBe(true);
  });
});
