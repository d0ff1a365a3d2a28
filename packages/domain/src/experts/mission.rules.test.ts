import { describe, expect, it } from "vitest";
import { missionStatuses } from "./mission.schema.js";
import {
  checkMissionDates,
  checkMissionDelivery,
  checkMissionStatusChange,
  checkMissionTransition,
  nextMissionStatuses,
} from "./mission.rules.js";

describe("checkMissionTransition", () => {
  it("follows a mission from proposal to closing", () => {
    const path = ["proposed", "ordered", "in_progress", "delivered", "closed"] as const;
    for (let i = 1; i < path.length; i++) {
      expect(checkMissionTransition(path[i - 1]!, path[i]!)).toEqual({ ok: true, value: path[i] });
    }
  });

  it("lets a mission be cancelled until it is delivered", () => {
    for (const from of ["proposed", "ordered", "in_progress"] as const) {
      expect(checkMissionTransition(from, "cancelled").ok).toBe(true);
    }
    expect(checkMissionTransition("delivered", "cancelled").ok).toBe(false);
  });

  it("refuses skipping steps and says which statuses are possible, in French", () => {
    const result = checkMissionTransition("proposed", "delivered");
    expect(result).toEqual({
      ok: false,
      error: {
        code: "TRANSITION_REFUSED",
        message:
          "Une mission « Proposée » ne peut pas passer à « Livrée » ; statuts possibles : « Commandée », « Annulée ».",
        field: "status",
      },
    });
  });

  it("treats closed and cancelled missions as final", () => {
    for (const from of ["closed", "cancelled"] as const) {
      expect(nextMissionStatuses(from)).toEqual([]);
      for (const to of missionStatuses.filter((s) => s !== from)) {
        const result = checkMissionTransition(from, to);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.message).toContain("ce statut est définitif");
      }
    }
  });

  it("accepts keeping the same status", () => {
    for (const s of missionStatuses) expect(checkMissionTransition(s, s).ok).toBe(true);
  });
});

describe("checkMissionDelivery", () => {
  const report = { title: "Rapport de diagnostic", deliveredOn: "2025-03-01" };
  const plan = { title: "Plan de merchandising", deliveredOn: null };

  it("wants every deliverable handed over before the mission is delivered or closed", () => {
    expect(checkMissionDelivery("delivered", [report]).ok).toBe(true);
    expect(checkMissionDelivery("delivered", []).ok).toBe(true);
    expect(checkMissionDelivery("delivered", [report, plan])).toEqual({
      ok: false,
      error: {
        code: "INVALID",
        message:
          "La mission ne peut pas être livrée : le livrable « Plan de merchandising » n'a pas de date de livraison.",
        field: "deliverables",
      },
    });
    const closed = checkMissionDelivery("closed", [plan, { title: "Synthèse" }]);
    expect(!closed.ok && closed.error.message).toBe(
      "La mission ne peut pas être clôturée : les livrables « Plan de merchandising », « Synthèse » n'ont pas de date de livraison.",
    );
  });

  it("does not ask it of a mission still running", () => {
    for (const s of ["proposed", "ordered", "in_progress", "cancelled"] as const) {
      expect(checkMissionDelivery(s, [plan]).ok).toBe(true);
    }
  });

  it("applies to a status change after its transition", () => {
    expect(checkMissionStatusChange("in_progress", "delivered", [plan]).ok).toBe(false);
    expect(checkMissionStatusChange("in_progress", "delivered", [report])).toEqual({ ok: true, value: "delivered" });
    const skipped = checkMissionStatusChange("ordered", "delivered", [report]);
    expect(!skipped.ok && skipped.error.code).toBe("TRANSITION_REFUSED");
  });
});

describe("checkMissionDates", () => {
  it("wants the end on or after the start, saying so at the end date", () => {
    expect(checkMissionDates("2025-01-01", "2025-01-01").ok).toBe(true);
    expect(checkMissionDates("2025-02-01", "2025-01-31")).toEqual({
      ok: false,
      error: {
        code: "INVALID",
        message: "La date de fin de la mission (2025-01-31) précède sa date de début (2025-02-01).",
        field: "endsOn",
      },
    });
  });
});
