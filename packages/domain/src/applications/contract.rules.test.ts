import { describe, expect, it } from "vitest";
import { checkContractDates, checkContractOpening, contractPeriod } from "./contract.rules.js";

describe("checkContractOpening", () => {
  it("opens a contract for a selected application without one", () => {
    expect(checkContractOpening({ status: "selected", projectId: null }, false).ok).toBe(true);
  });

  it("refuses an application that was not selected, naming its status", () => {
    expect(checkContractOpening({ status: "eligible", projectId: null }, false)).toEqual({
      ok: false,
      error: {
        code: "TRANSITION_REFUSED",
        message:
          "Seule une candidature retenue donne lieu à un contrat : celle-ci est « Recevable, en attente du comité ».",
      },
    });
  });

  it("refuses a second contract", () => {
    const result = checkContractOpening(
      { status: "selected", projectId: "6f1c0f9e-1b0a-4a52-9c39-0d0d8e9f2a11" },
      true,
    );
    expect(result.ok === false && result.error.code).toBe("CONFLICT");
  });
});

describe("checkContractDates", () => {
  const today = "2026-06-15";

  it("accepts a contract signed today or before, taking effect then or later", () => {
    expect(checkContractDates({ signedOn: today, startsOn: null }, today).ok).toBe(true);
    expect(checkContractDates({ signedOn: "2026-05-02", startsOn: "2026-07-01" }, today).ok).toBe(true);
  });

  it("refuses a signature in the future, on the signature field", () => {
    expect(checkContractDates({ signedOn: "2026-06-16", startsOn: null }, today)).toEqual({
      ok: false,
      error: {
        code: "INVALID",
        message:
          "La date de signature (16 juin 2026) ne peut pas être dans le futur : enregistrez le contrat une fois signé.",
        field: "signedOn",
      },
    });
  });

  it("refuses a contract taking effect before it was signed", () => {
    expect(checkContractDates({ signedOn: "2026-05-02", startsOn: "2026-05-01" }, today)).toEqual({
      ok: false,
      error: {
        code: "INVALID",
        message: "La date de prise d'effet (2026-05-01) précède la date de signature (2026-05-02).",
        field: "startsOn",
      },
    });
  });
});

describe("contractPeriod", () => {
  it("runs from the start to the day before the same day, months later", () => {
    expect(contractPeriod({ signedOn: "2026-01-15", startsOn: null, durationMonths: 12 })).toEqual({
      startsOn: "2026-01-15",
      endsOn: "2027-01-14",
    });
    expect(contractPeriod({ signedOn: "2025-12-10", startsOn: "2026-01-01", durationMonths: 36 })).toEqual({
      startsOn: "2026-01-01",
      endsOn: "2028-12-31",
    });
  });

  it("ends on the month's last day when the same day does not exist", () => {
    expect(contractPeriod({ signedOn: "2026-01-31", startsOn: null, durationMonths: 1 }).endsOn).toBe("2026-02-28");
    expect(contractPeriod({ signedOn: "2027-08-31", startsOn: null, durationMonths: 6 }).endsOn).toBe("2028-02-29");
  });
});
