import { describe, expect, it } from "vitest";
import { comparisonKey, uniqueLabels } from "./comparison-key.rules.js";

describe("comparisonKey", () => {
  it("sets aside case, accents, ligatures, apostrophes and spacing", () => {
    expect(comparisonKey("  Métiers   d’ART ")).toBe("metiers d'art");
    expect(comparisonKey("ŒUVRES")).toBe(comparisonKey("oeuvres"));
    expect(comparisonKey("Économie")).not.toBe(comparisonKey("Écologie"));
  });
});

describe("uniqueLabels", () => {
  it("keeps each label once, in its first spelling, without empty ones", () => {
    expect(uniqueLabels(["Réparation", " reparation ", "", "  ", "Seconde  main", "SECONDE MAIN"])).toEqual([
      "Réparation",
      "Seconde main",
    ]);
  });
});
