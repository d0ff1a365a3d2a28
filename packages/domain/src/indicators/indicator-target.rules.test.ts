import { describe, expect, it } from "vitest";
import { checkTargets } from "./indicator-target.rules.js";

describe("a trajectory of targets", () => {
  it("normalises and sorts the periods", () => {
    expect(
      checkTargets("quarterly", [
        { period: "2026-Q1", value: 3 },
        { period: "T4 2025", value: 2 },
      ]),
    ).toEqual({
      ok: true,
      value: [
        { period: "2025-T4", value: 2 },
        { period: "2026-T1", value: 3 },
      ],
    });
  });

  it("refuses a period of another frequency and two targets for one period", () => {
    const wrong = checkTargets("yearly", [{ period: "2025-T1", value: 1 }]);
    expect(!wrong.ok && wrong.error.message).toContain("fréquence");
    const twice = checkTargets("yearly", [
      { period: "2025", value: 1 },
      { period: " 2025 ", value: 2 },
    ]);
    expect(!twice.ok && twice.error.message).toBe("Deux cibles pour la période « 2025 ».");
  });
});
