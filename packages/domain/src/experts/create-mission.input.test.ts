import { describe, expect, it } from "vitest";
import { createMissionInput, updateMissionInput } from "./create-mission.input.js";

const ids = {
  expertId: "7f1c0a5e-2a4b-4c3d-9e8f-0a1b2c3d4e5f",
  projectId: "0b9e4c1d-3f2a-4e5b-8c7d-6a5b4c3d2e1f",
};
const base = { ...ids, title: "Diagnostic commercial", startsOn: "2025-03-01", endsOn: "2025-05-31" };

describe("createMissionInput", () => {
  it("takes days with a comma, a budget in euros (kept in cents) and deliverables", () => {
    expect(
      createMissionInput.parse({
        ...base,
        days: "12,5",
        budget: "8 125",
        deliverables: [{ title: " Rapport ", dueOn: "2025-05-15", deliveredOn: "" }],
      }),
    ).toMatchObject({
      days: 12.5,
      budget: 812500,
      deliverables: [{ title: "Rapport", dueOn: "2025-05-15", deliveredOn: null }],
    });
  });

  it("refuses an end before the start, in French, at the end date", () => {
    const result = createMissionInput.safeParse({ ...base, endsOn: "2025-02-28" });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        path: ["endsOn"],
        message: "La date de fin de la mission (2025-02-28) précède sa date de début (2025-03-01).",
      }),
    ]);
  });

  it("refuses negative days or budget", () => {
    expect(createMissionInput.safeParse({ ...base, days: -1 }).error?.issues[0]?.message).toBe(
      "Le nombre de jours ne peut pas être négatif.",
    );
    expect(createMissionInput.safeParse({ ...base, budget: "-5" }).error?.issues[0]?.message).toBe(
      "Le montant ne peut pas être négatif.",
    );
  });

  it("wants a title to each deliverable", () => {
    const result = createMissionInput.safeParse({ ...base, deliverables: [{ title: "" }] });
    expect(result.error?.issues[0]?.path).toEqual(["deliverables", 0, "title"]);
  });
});

describe("updateMissionInput", () => {
  it("names the expert and holds only what was sent", () => {
    const id = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
    expect(updateMissionInput.parse({ expertId: ids.expertId, id, version: 0, days: 3 })).toEqual({
      expertId: ids.expertId,
      id,
      version: 0,
      days: 3,
    });
    expect(updateMissionInput.safeParse({ id, version: 0, days: 3 }).success).toBe(false);
  });
});
