import { describe, expect, it } from "vitest";
import { checkGrantAmount, checkPayment, checkPaymentTermsNote, checkSchedule } from "./grant-payment.rules.js";

describe("checkPayment", () => {
  it("accepts a payment up to what remains, and says what will remain", () => {
    expect(checkPayment({ amountCents: 2_000_000n, paidCents: 1_200_000n }, 300_000n)).toEqual({
      ok: true,
      value: { remainingCents: 500_000n },
    });
    expect(checkPayment({ amountCents: 2_000_000n, paidCents: 1_200_000n }, 800_000n)).toEqual({
      ok: true,
      value: { remainingCents: 0n },
    });
  });

  it("refuses a payment above what remains, giving both figures in French", () => {
    expect(checkPayment({ amountCents: 2_000_000n, paidCents: 1_200_000n }, 1_200_000n)).toEqual({
      ok: false,
      error: {
        code: "INVALID",
        field: "amount",
        message:
          "Le versement de 12\u202f000,00\u00a0€ dépasse le reste à verser de la subvention : 8\u202f000,00\u00a0€.",
      },
    });
  });

  it("refuses any payment on a grant paid in full", () => {
    const result = checkPayment({ amountCents: 500_000n, paidCents: 500_000n }, 1n);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain("reste à verser de la subvention : 0,00\u00a0€");
  });
});

describe("checkSchedule", () => {
  it("accepts a schedule up to the grant, and an empty one", () => {
    expect(checkSchedule(1_000_000n, [300_000n, 700_000n]).ok).toBe(true);
    expect(checkSchedule(1_000_000n, []).ok).toBe(true);
  });

  it("refuses instalments adding up to more than the grant", () => {
    expect(checkSchedule(1_000_000n, [600_000n, 400_001n])).toEqual({
      ok: false,
      error: {
        code: "INVALID",
        field: "instalments",
        message:
          "Les échéances totalisent 10\u202f000,01\u00a0€, plus que le montant de la subvention : 10\u202f000,00\u00a0€.",
      },
    });
  });
});

describe("checkGrantAmount", () => {
  it("lets a grant be raised, or lowered down to what was paid and scheduled", () => {
    expect(checkGrantAmount(900_000n, { paidCents: 400_000n, scheduledCents: 900_000n }).ok).toBe(true);
    expect(checkGrantAmount(5_000_000n, { paidCents: 400_000n, scheduledCents: 900_000n }).ok).toBe(true);
  });

  it("refuses lowering a grant below what was already paid", () => {
    expect(checkGrantAmount(300_000n, { paidCents: 400_000n, scheduledCents: 0n })).toEqual({
      ok: false,
      error: {
        code: "INVALID",
        field: "amount",
        message: "Le montant de 3\u202f000,00\u00a0€ est inférieur à ce qui a déjà été versé : 4\u202f000,00\u00a0€.",
      },
    });
  });

  it("refuses lowering a grant below its schedule, pointing to the schedule", () => {
    const result = checkGrantAmount(800_000n, { paidCents: 0n, scheduledCents: 900_000n });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain("Modifiez d'abord l'échéancier");
  });
});

describe("checkPaymentTermsNote", () => {
  it("wants the words of 'other' terms, and only then", () => {
    expect(checkPaymentTermsNote("other", "  ")).toMatchObject({ ok: false, error: { field: "paymentTermsNote" } });
    expect(checkPaymentTermsNote("other", "Sur présentation des factures").ok).toBe(true);
    expect(checkPaymentTermsNote("single", "").ok).toBe(true);
  });
});
