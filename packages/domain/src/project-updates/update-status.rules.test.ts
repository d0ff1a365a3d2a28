import { describe, expect, it } from "vitest";
import { canEditUpdate, checkReview, checkSubmission } from "./update-status.rules.js";

describe("canEditUpdate", () => {
  it("allows editing drafts and returned updates only", () => {
    expect(canEditUpdate("draft").ok).toBe(true);
    expect(canEditUpdate("returned").ok).toBe(true);
    expect(canEditUpdate("submitted").ok).toBe(false);
    expect(canEditUpdate("approved").ok).toBe(false);
  });
});

describe("checkSubmission", () => {
  it("submits a draft whose proposed project status is a legal next step", () => {
    expect(checkSubmission("draft", "committed", "in_progress")).toEqual({ ok: true, value: "submitted" });
    expect(checkSubmission("returned", "committed", null)).toEqual({ ok: true, value: "submitted" });
  });

  it("refuses a proposed status the project cannot reach", () => {
    const result = checkSubmission("draft", "planned", "completed");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe("TRANSITION_REFUSED");
  });

  it("refuses submitting twice", () => {
    const result = checkSubmission("submitted", "planned", null);
    expect(result.ok).toBe(false);
  });
});

describe("checkReview", () => {
  it("approving applies the proposed project status", () => {
    expect(checkReview("submitted", "approve", "committed", "in_progress")).toEqual({
      ok: true,
      value: { status: "approved", projectStatus: "in_progress" },
    });
  });

  it("returning leaves the project as it was", () => {
    expect(checkReview("submitted", "return", "committed", "in_progress")).toEqual({
      ok: true,
      value: { status: "returned", projectStatus: "committed" },
    });
  });

  it("refuses reviewing what was not submitted", () => {
    for (const status of ["draft", "approved", "returned"] as const) {
      expect(checkReview(status, "approve", "planned", null).ok).toBe(false);
    }
  });

  it("re-checks the transition at approval, since the project may have moved", () => {
    const result = checkReview("submitted", "approve", "completed", "in_progress");
    expect(result.ok).toBe(false);
  });
});
