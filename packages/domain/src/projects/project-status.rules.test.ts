import { describe, expect, it } from "vitest";
import { projectStatuses } from "./project.schema.js";
import { checkProjectTransition, nextProjectStatuses } from "./project-status.rules.js";

describe("checkProjectTransition", () => {
  it("follows the life of a project from study to completion", () => {
    const path = ["planned", "mature", "committed", "in_progress", "completed"] as const;
    for (let i = 1; i < path.length; i++) {
      expect(checkProjectTransition(path[i - 1]!, path[i]!)).toEqual({ ok: true, value: path[i] });
    }
  });

  it("lets any unfinished project be abandoned, and an abandoned one start again", () => {
    for (const from of ["planned", "mature", "committed", "in_progress"] as const) {
      expect(checkProjectTransition(from, "abandoned").ok).toBe(true);
    }
    expect(checkProjectTransition("abandoned", "planned").ok).toBe(true);
  });

  it("refuses skipping steps and explains what is possible, in French", () => {
    const result = checkProjectTransition("planned", "completed");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe("TRANSITION_REFUSED");
      expect(result.error.message).toBe(
        "Un projet « En projet » ne peut pas passer à « Réalisé » ; statuts possibles : « Mature », « Abandonné ».",
      );
    }
  });

  it("treats a completed project as final", () => {
    for (const to of projectStatuses.filter((s) => s !== "completed")) {
      const result = checkProjectTransition("completed", to);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toContain("ce statut est définitif");
    }
    expect(nextProjectStatuses("completed")).toEqual([]);
  });

  it("accepts keeping the same status", () => {
    for (const s of projectStatuses) expect(checkProjectTransition(s, s).ok).toBe(true);
  });
});
