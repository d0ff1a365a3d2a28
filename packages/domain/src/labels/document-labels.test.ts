import { describe, expect, it } from "vitest";
import { documentVersionLabel } from "./document-labels.js";

describe("documentVersionLabel", () => {
  it("names a version as the table shows it", () => {
    expect(documentVersionLabel(1)).toBe("version 1");
    expect(documentVersionLabel(12)).toBe("version 12");
  });
});
