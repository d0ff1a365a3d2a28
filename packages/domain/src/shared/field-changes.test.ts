import { describe, expect, it } from "vitest";
import { diffFields } from "./field-changes.js";

describe("diffFields", () => {
  it("keeps only the fields that changed, with their old and new content", () => {
    expect(diffFields({ value: 12, source: "Enquête" }, { value: 11, source: "Enquête" }, ["value", "source"])).toEqual(
      {
        value: [12, 11],
      },
    );
  });

  it("treats a new record as changing every given field from nothing", () => {
    expect(diffFields(null, { value: 3, comment: "" }, ["value", "comment"])).toEqual({
      value: [null, 3],
      comment: [null, ""],
    });
  });

  it("ignores fields left out of the change, and compares arrays by content", () => {
    const parts = [{ label: "alimentaire", value: 2 }];
    expect(
      diffFields<Record<string, unknown>>(
        { value: 2, breakdown: parts },
        { breakdown: [{ label: "alimentaire", value: 2 }] },
        ["value", "breakdown"],
      ),
    ).toEqual({});
    expect(
      diffFields({ breakdown: parts }, { breakdown: [{ label: "alimentaire", value: 3 }] }, ["breakdown"]),
    ).toEqual({
      breakdown: [parts, [{ label: "alimentaire", value: 3 }]],
    });
  });
});
