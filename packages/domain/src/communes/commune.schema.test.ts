import { describe, expect, it } from "vitest";
import { communeLabel, inseeCodeSchema } from "./commune.schema.js";

describe("inseeCodeSchema", () => {
  it("accepts INSEE codes, Corsican ones included", () => {
    for (const code of ["75056", "92024", "93006", "2A004", "01001"]) {
      expect(inseeCodeSchema.safeParse(code).success).toBe(true);
    }
  });

  it("refuses numbers, short codes and postal-looking junk", () => {
    for (const code of ["9202", "920240", "ABCDE", "2C004", ""]) {
      expect(inseeCodeSchema.safeParse(code).success).toBe(false);
    }
    expect(inseeCodeSchema.safeParse(92024).success).toBe(false);
  });
});

describe("communeLabel", () => {
  it("tells homonyms apart by département", () => {
    expect(communeLabel({ name: "Sceaux", departement: "92" })).toBe("Sceaux (92)");
  });
});
