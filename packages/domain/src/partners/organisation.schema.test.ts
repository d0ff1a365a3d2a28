import { describe, expect, it } from "vitest";
import { isValidSiren, isValidSiret, rnaSchema, sirenSchema } from "./organisation.schema.js";

describe("SIREN and SIRET", () => {
  it("accepts real numbers: the Métropole du Grand Paris and a SIRET of it", () => {
    expect(isValidSiren("200054781")).toBe(true);
    expect(isValidSiret("20005478100022")).toBe(true);
  });

  it("refuses a wrong check digit or length", () => {
    expect(isValidSiren("200054782")).toBe(false);
    expect(isValidSiren("20005478")).toBe(false);
    expect(isValidSiret("20005478100023")).toBe(false);
  });

  it("accepts La Poste's establishments, which do not follow Luhn", () => {
    expect(isValidSiret("35600000000010")).toBe(true);
  });

  it("ignores spaces people type and explains a refusal in French", () => {
    expect(sirenSchema.parse("200 054 781")).toBe("200054781");
    const result = sirenSchema.safeParse("123456789");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain("SIREN invalide");
  });
});

describe("RNA", () => {
  it("wants W and nine digits", () => {
    expect(rnaSchema.safeParse("W751234567").success).toBe(true);
    expect(rnaSchema.safeParse("751234567").success).toBe(false);
  });
});
