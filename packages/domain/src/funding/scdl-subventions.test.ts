import { describe, expect, it } from "vitest";
import { paymentDates, scdlSubventionsColumns, toScdlSubvention, type ScdlGrant } from "./scdl-subventions.js";

const grant: ScdlGrant = {
  funderName: "Métropole du Grand Paris",
  funderSiret: "20005478100022",
  conventionOn: "2024-03-15",
  decisionReference: "CM2024/03/15-12",
  beneficiaryName: "Commune de Bondy",
  beneficiarySiret: "21930010000019",
  purpose: "Requalification des abords du marché",
  amountCents: 4_780_020n,
  nature: "cash",
  paymentTerms: "instalments",
  paymentTermsNote: "",
  share: 0.8,
  euNotified: false,
  raeId: "",
  instalments: [{ dueOn: "2024-06-30" }, { dueOn: "2025-06-30" }, { dueOn: "2024-12-31" }],
  payments: [{ paidOn: "2024-07-04" }],
};

describe("the SCDL subventions columns", () => {
  it("are those of version 2.0, in its order", () => {
    expect(scdlSubventionsColumns.join(",")).toBe(
      "nomAttribuant,idAttribuant,dateConvention,referenceDecision,nomBeneficiaire,idBeneficiaire,objet,montant,nature,conditionsVersement,datesPeriodeVersement,idRAE,notificationUE,pourcentageSubvention",
    );
  });
});

describe("toScdlSubvention", () => {
  it("maps a grant paid in instalments to one row, every value as the schema writes it", () => {
    const row = toScdlSubvention(grant);
    expect(row).toEqual({
      nomAttribuant: "Métropole du Grand Paris",
      idAttribuant: "20005478100022",
      dateConvention: "2024-03-15",
      referenceDecision: "CM2024/03/15-12",
      nomBeneficiaire: "Commune de Bondy",
      idBeneficiaire: "21930010000019",
      objet: "Requalification des abords du marché",
      montant: "47800.20",
      nature: "aide en numéraire",
      conditionsVersement: "échelonné",
      datesPeriodeVersement: "2024-06-30/2025-06-30",
      idRAE: "",
      notificationUE: "non",
      pourcentageSubvention: "0.8",
    });
    expect(Object.keys(row)).toEqual([...scdlSubventionsColumns]);
  });

  it("writes the nature, the terms, the EU notification and the share in the schema's words", () => {
    const row = toScdlSubvention({
      ...grant,
      nature: "cash_and_in_kind",
      paymentTerms: "other",
      paymentTermsNote: `Sur présentation des factures acquittées. ${"x".repeat(300)}`,
      euNotified: true,
      raeId: "12345",
      share: 1,
      amountCents: 1_500_000n,
    });
    expect(row.nature).toBe("aide en numéraire;aide en nature");
    expect(row.conditionsVersement.startsWith("Sur présentation des factures acquittées.")).toBe(true);
    expect([...row.conditionsVersement].length).toBe(256);
    expect(row.notificationUE).toBe("oui");
    expect(row.idRAE).toBe("12345");
    expect(row.pourcentageSubvention).toBe("1");
    expect(row.montant).toBe("15000.00");
    expect(toScdlSubvention({ ...grant, nature: "in_kind", paymentTerms: "single" })).toMatchObject({
      nature: "aide en nature",
      conditionsVersement: "unique",
    });
  });

  it("leaves a missing optional value empty", () => {
    const row = toScdlSubvention({ ...grant, decisionReference: "  ", instalments: [], payments: [] });
    expect(row.referenceDecision).toBe("");
    expect(row.datesPeriodeVersement).toBe("");
  });
});

describe("paymentDates", () => {
  it("is the date of a single payment: the one made, else the one planned", () => {
    const single = { paymentTerms: "single" as const, instalments: [{ dueOn: "2024-06-30" }] };
    expect(paymentDates({ ...single, payments: [{ paidOn: "2024-07-02" }] })).toBe("2024-07-02");
    expect(paymentDates({ ...single, payments: [] })).toBe("2024-06-30");
  });

  it("is the period from the first to the last instalment or payment, or one date when they coincide", () => {
    expect(
      paymentDates({
        paymentTerms: "instalments",
        instalments: [{ dueOn: "2025-01-31" }],
        payments: [{ paidOn: "2024-11-05" }, { paidOn: "2025-03-01" }],
      }),
    ).toBe("2024-11-05/2025-03-01");
    expect(paymentDates({ paymentTerms: "instalments", instalments: [{ dueOn: "2025-01-31" }], payments: [] })).toBe(
      "2025-01-31",
    );
  });
});
