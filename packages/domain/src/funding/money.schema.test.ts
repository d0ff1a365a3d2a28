import { describe, expect, it } from "vitest";
import { euroAmountSchema, parseEuros } from "./money.schema.js";

describe("parseEuros", () => {
  it("reads euros as French and English spreadsheets write them, into exact cents", () => {
    expect(parseEuros("12 000,50")).toBe(1_200_050n);
    expect(parseEuros("12\u202f000,5")).toBe(1_200_050n);
    expect(parseEuros("47800.20")).toBe(4_780_020n);
    expect(parseEuros("15 000 €")).toBe(1_500_000n);
    expect(parseEuros("0,29")).toBe(29n);
    expect(parseEuros(0.29)).toBe(29n);
    expect(parseEuros(1500)).toBe(150_000n);
  });

  it("refuses a third decimal, text, or an exponent rather than guess", () => {
    for (const text of ["12,505", "douze", "1e21", "12,", ",5", "1.000,00", ""]) {
      expect(parseEuros(text), text).toBeNull();
    }
  });
});

describe("euroAmountSchema", () => {
  it("turns a typed amount into cents", () => {
    expect(euroAmountSchema("zero").parse("0")).toBe(0n);
    expect(euroAmountSchema("positive").parse("8 000,00")).toBe(800_000n);
  });

  it("explains each refusal in French", () => {
    const message = (minimum: "zero" | "positive", value: unknown) =>
      euroAmountSchema(minimum).safeParse(value).error?.issues[0]?.message;
    expect(message("zero", "-5")).toBe("Le montant ne peut pas être négatif.");
    expect(message("positive", "0,00")).toBe("Le montant doit être supérieur à 0 €.");
    expect(message("zero", "12,345")).toContain("au plus 2 décimales");
    expect(message("zero", "  ")).toBe("Ce champ est obligatoire.");
    expect(message("zero", "2000000000000")).toContain("Montant trop grand");
    expect(message("zero", true)).toBe("Montant attendu, en euros.");
  });
});
