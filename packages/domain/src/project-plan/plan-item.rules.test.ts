import { describe, expect, it } from "vitest";
import { createPlanItemInput, updatePlanItemInput } from "./create-plan-item.input.js";
import type { PlanItemContent } from "./plan-item.schema.js";
import { checkPlanItemDates, isOverdue, resolvePlanItem } from "./plan-item.rules.js";

const today = "2026-03-15";

const action: PlanItemContent = {
  kind: "action",
  title: "Diagnostic des cellules vacantes",
  description: "",
  owner: "Manager de centre-ville",
  startsOn: "2026-01-05",
  dueOn: "2026-04-30",
  progress: 40,
  status: "in_progress",
  completedOn: null,
  dependsOnIds: [],
};

const invalid = (message: string, field: string) => ({ ok: false, error: { code: "INVALID", message, field } });

function resolved(current: PlanItemContent | null, changes: Partial<PlanItemContent>): PlanItemContent {
  const result = resolvePlanItem(current, changes, today);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe("checkPlanItemDates", () => {
  it("accepts a due date on or after the start, or no start at all", () => {
    expect(checkPlanItemDates("2026-01-05", "2026-01-05").ok).toBe(true);
    expect(checkPlanItemDates(null, "2026-01-05").ok).toBe(true);
  });

  it("refuses a due date before the start, on the due date's field", () => {
    expect(checkPlanItemDates("2026-05-01", "2026-04-30")).toEqual(
      invalid("La date d'échéance (2026-04-30) précède la date de début (2026-05-01).", "dueOn"),
    );
  });
});

describe("resolvePlanItem", () => {
  it("gives a new item its defaults: planned, 0 %, no owner, no dependency", () => {
    expect(resolved(null, { kind: "action", title: "Étude", dueOn: "2026-06-30" })).toEqual({
      kind: "action",
      title: "Étude",
      description: "",
      owner: "",
      startsOn: null,
      dueOn: "2026-06-30",
      progress: 0,
      status: "planned",
      completedOn: null,
      dependsOnIds: [],
    });
  });

  it("applies only the fields sent, and keeps ids and versions (the input's or the record's) out", () => {
    const changes = { id: "x", version: 3, owner: "Service commerce" } as Partial<PlanItemContent>;
    const stored = { ...action, id: "y", projectId: "z", version: 2 } as PlanItemContent;
    expect(resolved(stored, changes)).toEqual({ ...action, owner: "Service commerce" });
  });

  it("refuses a due date before the start, also when only one of them changes", () => {
    expect(resolvePlanItem(action, { dueOn: "2025-12-31" }, today)).toEqual(
      invalid("La date d'échéance (2025-12-31) précède la date de début (2026-01-05).", "dueOn"),
    );
    expect(resolvePlanItem(action, { startsOn: "2026-05-01" }, today)).toEqual(
      invalid("La date d'échéance (2026-04-30) précède la date de début (2026-05-01).", "dueOn"),
    );
  });

  it("keeps a milestone to its due date: a start sent is refused, an action's start is dropped", () => {
    expect(
      resolvePlanItem(null, { kind: "milestone", title: "Comité", startsOn: "2026-01-01", dueOn: "2026-02-01" }, today),
    ).toEqual(invalid("Un jalon n'a qu'une date d'échéance : laissez la date de début vide.", "startsOn"));
    expect(resolved(action, { kind: "milestone" }).startsOn).toBeNull();
    expect(resolved(null, { kind: "milestone", title: "Comité", startsOn: null, dueOn: "2026-02-01" }).startsOn).toBe(
      null,
    );
  });

  it("marks an item done at 100 %, dated today unless a date is given", () => {
    expect(resolved(action, { status: "done" })).toMatchObject({ status: "done", progress: 100, completedOn: today });
    expect(resolved(action, { status: "done", completedOn: "2026-03-01" })).toMatchObject({
      progress: 100,
      completedOn: "2026-03-01",
    });
  });

  it("derives the status from the progress typed: 100 % is done, more than 0 is under way", () => {
    const planned = { ...action, status: "planned" as const, progress: 0 };
    expect(resolved(planned, { progress: 100 })).toMatchObject({ status: "done", completedOn: today });
    expect(resolved(planned, { progress: 10 })).toMatchObject({ status: "in_progress", completedOn: null });
    const done = { ...action, status: "done" as const, progress: 100, completedOn: "2026-03-01" };
    expect(resolved(done, { progress: 80 })).toMatchObject({ status: "in_progress", completedOn: null });
    expect(resolved(done, { progress: 0 })).toMatchObject({ status: "planned", completedOn: null });
    const cancelled = { ...action, status: "cancelled" as const };
    expect(resolved(cancelled, { progress: 100 })).toMatchObject({ status: "cancelled", completedOn: null });
  });

  it("refuses a status and a progress that contradict each other, on the field to correct", () => {
    expect(resolvePlanItem(action, { status: "done", progress: 90 }, today)).toEqual(
      invalid("Un élément « Terminé » est avancé à 100 % : indiquez 100 % ou choisissez un autre statut.", "progress"),
    );
    expect(resolvePlanItem(action, { status: "in_progress", progress: 100 }, today)).toEqual(
      invalid(
        "Un élément avancé à 100 % est « Terminé » : choisissez ce statut ou indiquez un avancement inférieur.",
        "status",
      ),
    );
  });

  it("asks for the progress of a done item sent back to work, and forgets its completion date", () => {
    const done = { ...action, status: "done" as const, progress: 100, completedOn: "2026-03-01" };
    expect(resolvePlanItem(done, { status: "in_progress" }, today)).toEqual(
      invalid(
        "Indiquez l'avancement de l'élément rouvert : il ne peut rester à 100 % sans être « Terminé ».",
        "progress",
      ),
    );
    expect(resolved(done, { status: "in_progress", progress: 70 })).toMatchObject({
      status: "in_progress",
      completedOn: null,
    });
  });

  it("refuses a completion date on an unfinished item, in the future, or before the start", () => {
    expect(resolvePlanItem(action, { completedOn: "2026-03-01" }, today)).toEqual(
      invalid(
        "Seul un élément « Terminé » a une date d'achèvement : choisissez ce statut ou laissez la date vide.",
        "completedOn",
      ),
    );
    expect(resolvePlanItem(action, { status: "done", completedOn: "2026-03-16" }, today)).toEqual(
      invalid(
        "La date d'achèvement (2026-03-16) est postérieure à aujourd'hui (2026-03-15) : un élément ne s'achève pas à l'avance.",
        "completedOn",
      ),
    );
    expect(resolvePlanItem(action, { status: "done", completedOn: "2026-01-01" }, today)).toEqual(
      invalid("La date d'achèvement (2026-01-01) précède la date de début (2026-01-05).", "completedOn"),
    );
  });
});

describe("isOverdue", () => {
  it("is late when due before today and still planned or under way", () => {
    expect(isOverdue({ status: "planned", dueOn: "2026-03-14" }, today)).toBe(true);
    expect(isOverdue({ status: "in_progress", dueOn: "2026-03-14" }, today)).toBe(true);
  });

  it("is not late on its due day, nor once done or cancelled", () => {
    expect(isOverdue({ status: "in_progress", dueOn: today }, today)).toBe(false);
    expect(isOverdue({ status: "done", dueOn: "2026-01-01" }, today)).toBe(false);
    expect(isOverdue({ status: "cancelled", dueOn: "2026-01-01" }, today)).toBe(false);
  });
});

describe("plan item inputs", () => {
  const projectId = "8c5b6a59-3f2e-4d1a-9b7c-2e4f6a8b0c1d";

  it("require a title, a kind and a due date to create an item", () => {
    const result = createPlanItemInput.safeParse({ projectId, title: " ", kind: "action" });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((issue) => [issue.path.join("."), issue.message]);
    expect(messages).toContainEqual(["title", "Ce champ est obligatoire."]);
    expect(messages?.map(([path]) => path)).toContain("dueOn");
  });

  it("refuse a title over 200 characters and a progress outside 0–100 or not whole", () => {
    const base = { projectId, kind: "action", dueOn: "2026-06-30" };
    expect(createPlanItemInput.safeParse({ ...base, title: "a".repeat(201) }).error?.issues[0]?.message).toBe(
      "Ce champ ne doit pas dépasser 200 caractères.",
    );
    expect(createPlanItemInput.safeParse({ ...base, title: "Étude", progress: 101 }).error?.issues[0]?.message).toBe(
      "L'avancement ne peut pas dépasser 100 %.",
    );
    expect(createPlanItemInput.safeParse({ ...base, title: "Étude", progress: 12.5 }).error?.issues[0]?.message).toBe(
      "L'avancement doit être un nombre entier de 0 à 100.",
    );
  });

  it("leave out of an update whatever is not sent: no defaults", () => {
    const id = "0f1e2d3c-4b5a-4968-8776-655443322110";
    expect(updatePlanItemInput.parse({ id, version: 2, progress: 50 })).toEqual({ id, version: 2, progress: 50 });
  });
});
