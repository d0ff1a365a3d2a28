import { describe, expect, it } from "vitest";
import { centsToDecimal, euroAmountLabel } from "./funding-labels.js";

describe("euroAmountLabel", () => {
  it("writes cents as French euros, with the spaces Intl uses for fr-FR", () => {
    expect(euroAmountLabel(1_200_000n)).toBe("12\u202f000,00\u00a0€");
    expect(euroAmountLabel("4780020")).toBe("47\u202f800,20\u00a0€");
    expect(euroAmountLabel(5n)).toBe("0,05\u00a0€");
    expect(euroAmountLabel(-150n)).toBe("-1,50\u00a0€");
    expect(euroAmountLabel(123_456_789_012n)).toBe("1\u202f234\u202f567\u202f890,12\u00a0€");
  });

  it("agrees with Intl.NumberFormat on amounts a float still holds exactly", () => {
    const intl = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });
    for (const cents of [0n, 99n, 100_000n, 1_200_000n, 98_765_432n]) {
      expect(euroAmountLabel(cents)).toBe(intl.format(Number(cents) / 100));
    }
  });
});

describe("centsToDecimal", () => {
  it("writes the open data's decimal point, or a form's comma, always with two decimals", () => {
    expect(centsToDecimal(4_780_020n)).toBe("47800.20");
    expect(centsToDecimal("100")).toBe("1.00");
    expect(centsToDecimal(7n, ",")).toBe("0,07");
  });
});
