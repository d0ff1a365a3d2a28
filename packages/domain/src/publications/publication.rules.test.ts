import { describe, expect, it } from "vitest";
import { publicationStatuses } from "./publication.schema.js";
import {
  checkPublicationSchedule,
  isPubliclyVisible,
  isReadableAtItsAddress,
  normalizeTags,
} from "./publication.rules.js";

const now = new Date("2026-06-15T10:00:00Z");
const past = "2026-06-01T08:00:00Z";
const future = "2026-07-01T08:00:00Z";

describe("isPubliclyVisible", () => {
  it("shows published publications and scheduled ones whose time has come", () => {
    expect(isPubliclyVisible({ status: "published", publishAt: past }, now)).toBe(true);
    expect(isPubliclyVisible({ status: "scheduled", publishAt: past }, now)).toBe(true);
    expect(isPubliclyVisible({ status: "scheduled", publishAt: now.toISOString() }, now)).toBe(true);
    expect(isPubliclyVisible({ status: "scheduled", publishAt: new Date(past) }, now)).toBe(true);
  });

  it("hides a scheduled publication until its time, and drafts, reviews and archives whatever their date", () => {
    expect(isPubliclyVisible({ status: "scheduled", publishAt: future }, now)).toBe(false);
    expect(isPubliclyVisible({ status: "scheduled", publishAt: null }, now)).toBe(false);
    for (const status of ["draft", "review", "archived"] as const) {
      expect(isPubliclyVisible({ status, publishAt: past }, now)).toBe(false);
    }
  });
});

describe("isReadableAtItsAddress", () => {
  it("keeps an archived publication readable once it was public, never a draft or a review", () => {
    expect(isReadableAtItsAddress({ status: "archived", publishAt: past }, now)).toBe(true);
    expect(isReadableAtItsAddress({ status: "archived", publishAt: future }, now)).toBe(false);
    expect(isReadableAtItsAddress({ status: "archived", publishAt: null }, now)).toBe(false);
    expect(isReadableAtItsAddress({ status: "draft", publishAt: past }, now)).toBe(false);
    expect(isReadableAtItsAddress({ status: "review", publishAt: past }, now)).toBe(false);
  });

  it("reads everything listed", () => {
    for (const status of publicationStatuses) {
      for (const publishAt of [past, future, null]) {
        if (isPubliclyVisible({ status, publishAt }, now)) {
          expect(isReadableAtItsAddress({ status, publishAt }, now)).toBe(true);
        }
      }
    }
  });
});

describe("checkPublicationSchedule", () => {
  it("wants a date for scheduled, published and archived publications only", () => {
    expect(checkPublicationSchedule("draft", null).ok).toBe(true);
    expect(checkPublicationSchedule("review", undefined).ok).toBe(true);
    expect(checkPublicationSchedule("scheduled", future).ok).toBe(true);
    expect(checkPublicationSchedule("scheduled", null)).toEqual({
      ok: false,
      error: {
        code: "INVALID",
        message: "Une publication « Programmée » a une date de publication : indiquez-la.",
        field: "publishAt",
      },
    });
    expect(checkPublicationSchedule("published", undefined).ok).toBe(false);
  });
});

describe("normalizeTags", () => {
  it("trims, drops empty tags and keeps each once whatever its case", () => {
    expect(normalizeTags([" ESS ", "ess", "", "  métiers   d'art", "Métiers d'art", "commerce"])).toEqual([
      "ESS",
      "métiers d'art",
      "commerce",
    ]);
  });
});
