import { describe, expect, it } from "vitest";
import type { RaciAssignment } from "./raci.schema.js";
import { checkRaciMatrix, raciGrid } from "./raci.rules.js";
import { setRaciInput } from "./set-raci.input.js";

const concertation = "Concertation des commerçants";
const diagnostic = "1. Diagnostic commercial";

const valid: RaciAssignment[] = [
  { activity: concertation, party: "Manager de centre-ville", role: "responsible" },
  { activity: concertation, party: "Maire adjoint au commerce", role: "accountable" },
  { activity: concertation, party: "CCI Paris Île-de-France", role: "consulted" },
  { activity: diagnostic, party: "Bureau d'études", role: "responsible" },
  { activity: diagnostic, party: "Manager de centre-ville", role: "accountable" },
  { activity: diagnostic, party: "Métropole du Grand Paris", role: "informed" },
];

const invalid = (message: string, field: string) => ({ ok: false, error: { code: "INVALID", message, field } });

describe("checkRaciMatrix", () => {
  it("accepts one A and at least one R per activity, and an empty matrix", () => {
    expect(checkRaciMatrix(valid)).toEqual({ ok: true, value: valid });
    expect(checkRaciMatrix([])).toEqual({ ok: true, value: [] });
  });

  it("refuses two A's on one activity, naming it, on the second A's cell", () => {
    const twoAs = [
      ...valid,
      { activity: concertation, party: "Métropole du Grand Paris", role: "accountable" as const },
    ];
    expect(checkRaciMatrix(twoAs)).toEqual(
      invalid(
        "Activité « Concertation des commerçants » : un seul « A » (approbateur) par activité, il y en a 2.",
        "assignments.6.role",
      ),
    );
  });

  it("refuses an activity without A, or without R", () => {
    const noA = valid.map((cell, i) => (i === 4 ? { ...cell, role: "consulted" as const } : cell));
    expect(checkRaciMatrix(noA)).toEqual(
      invalid(
        "Activité « 1. Diagnostic commercial » : il faut un « A » (approbateur), il n'y en a aucun.",
        "assignments.3.role",
      ),
    );
    const noR = valid.filter((cell) => cell.role !== "responsible" || cell.activity !== concertation);
    expect(checkRaciMatrix(noR)).toEqual(
      invalid(
        "Activité « Concertation des commerçants » : il faut au moins un « R » (réalisateur), il n'y en a aucun.",
        "assignments.0.role",
      ),
    );
  });

  it("refuses two roles for one party on one activity", () => {
    const twice = [...valid, { activity: diagnostic, party: "Bureau d'études", role: "consulted" as const }];
    expect(checkRaciMatrix(twice)).toEqual(
      invalid(
        "Activité « 1. Diagnostic commercial » : « Bureau d'études » a deux rôles ; une partie prenante n'a qu'un rôle par activité.",
        "assignments.6.role",
      ),
    );
  });

  it("takes names trimmed by the input schema, so ' Concertation ' is the same activity", () => {
    const parsed = setRaciInput.parse({
      projectId: "6f1c1d1e-3c1b-4a55-9a51-7b7d0b4b2b10",
      assignments: [
        { activity: ` ${concertation} `, party: "Manager de centre-ville", role: "responsible" },
        { activity: concertation, party: " Manager de centre-ville", role: "accountable" },
      ],
    });
    expect(checkRaciMatrix(parsed.assignments).ok).toBe(false);
  });
});

describe("raciGrid", () => {
  it("lays cells out as activities × parties, in French order, numbered activities first", () => {
    const grid = raciGrid([...valid, { activity: "10. Bilan", party: "Élus", role: "informed" }]);
    expect(grid.activities).toEqual([diagnostic, "10. Bilan", concertation]);
    expect(grid.parties).toEqual([
      "Bureau d'études",
      "CCI Paris Île-de-France",
      "Élus",
      "Maire adjoint au commerce",
      "Manager de centre-ville",
      "Métropole du Grand Paris",
    ]);
    expect(grid.rows[0]).toEqual({
      activity: diagnostic,
      roles: ["responsible", null, null, null, "accountable", "informed"],
    });
    expect(grid.rows[2]?.roles).toEqual([null, "consulted", null, "accountable", "responsible", null]);
  });

  it("is empty for an empty matrix", () => {
    expect(raciGrid([])).toEqual({ activities: [], parties: [], rows: [] });
  });
});
