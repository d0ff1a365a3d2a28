import { describe, expect, it } from "vitest";
import { can } from "../permissions/can.js";
import {
  createCommunicationActionInput,
  listCommunicationActionsInput,
  updateCommunicationActionInput,
} from "./communication-action.input.js";
import { monthDays, monthWeeks } from "./communication-calendar.rules.js";
import { communicationActionChanges } from "./communication-changes.js";
import {
  checkCommunicationRemoval,
  checkCommunicationTransition,
  isCommunicationOverdue,
  nextCommunicationStatuses,
} from "./communication.rules.js";
import type { CommunicationAction } from "./communication-action.schema.js";

describe("communication statuses", () => {
  it("lets a planned action start, be done or be cancelled", () => {
    expect(nextCommunicationStatuses("planned")).toEqual(["in_progress", "done", "cancelled"]);
    expect(checkCommunicationTransition("planned", "done")).toEqual({ ok: true, value: "done" });
    expect(checkCommunicationTransition("in_progress", "planned").ok).toBe(true);
    expect(checkCommunicationTransition("cancelled", "planned").ok).toBe(true);
  });

  it("refuses to reopen a done action, in French, on the status field", () => {
    expect(checkCommunicationTransition("done", "planned")).toEqual({
      ok: false,
      error: {
        code: "TRANSITION_REFUSED",
        message: "Une action « Réalisée » ne peut pas passer à « Prévue » ; ce statut est définitif.",
        field: "status",
      },
    });
    const refused = checkCommunicationTransition("cancelled", "done");
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain("statuts possibles : « Prévue »");
  });

  it("keeps the same status as a no-op", () => {
    expect(checkCommunicationTransition("done", "done").ok).toBe(true);
  });

  it("deletes only a planned action", () => {
    expect(checkCommunicationRemoval("planned").ok).toBe(true);
    const refused = checkCommunicationRemoval("done");
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.error.message).toBe(
        "Seule une action « Prévue » peut être supprimée ; celle-ci est « Réalisée ». Annulez-la plutôt.",
      );
  });

  it("says an action is late once its day has passed and it is not done nor cancelled", () => {
    expect(isCommunicationOverdue({ plannedOn: "2026-12-01", status: "planned" }, "2026-12-02")).toBe(true);
    expect(isCommunicationOverdue({ plannedOn: "2026-12-01", status: "in_progress" }, "2026-12-02")).toBe(true);
    expect(isCommunicationOverdue({ plannedOn: "2026-12-02", status: "planned" }, "2026-12-02")).toBe(false);
    expect(isCommunicationOverdue({ plannedOn: "2026-12-01", status: "done" }, "2026-12-02")).toBe(false);
    expect(isCommunicationOverdue({ plannedOn: "2026-12-01", status: "cancelled" }, "2026-12-02")).toBe(false);
  });
});

describe("the calendar of a month", () => {
  it("knows the last day of each month, leap years included", () => {
    expect(monthDays("2026-12")).toEqual({ from: "2026-12-01", to: "2026-12-31" });
    expect(monthDays("2028-02")).toEqual({ from: "2028-02-01", to: "2028-02-29" });
    expect(monthDays("2026-02").to).toBe("2026-02-28");
  });

  it("lays the days out in weeks starting on Monday, other months' days empty", () => {
    // 1 December 2026 is a Tuesday.
    const weeks = monthWeeks("2026-12");
    expect(weeks[0]).toEqual([
      null,
      "2026-12-01",
      "2026-12-02",
      "2026-12-03",
      "2026-12-04",
      "2026-12-05",
      "2026-12-06",
    ]);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    expect(weeks.flat().filter(Boolean)).toHaveLength(31);
    expect(weeks.at(-1)).toEqual(["2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31", null, null, null]);
    // February 2027 starts on a Monday and fills four weeks exactly.
    expect(monthWeeks("2027-02")).toHaveLength(4);
  });
});

describe("communication inputs", () => {
  it("accepts a minimal action and refuses an unknown channel in French", () => {
    expect(
      createCommunicationActionInput.safeParse({ title: "Post", channel: "social_media", plannedOn: "2026-12-03" })
        .success,
    ).toBe(true);
    const refused = createCommunicationActionInput.safeParse({
      title: "Post",
      channel: "fax",
      plannedOn: "2026-12-03",
    });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toMatch(/^Canal inconnu/);
  });

  it("adds nothing to an update that was not sent", () => {
    const parsed = updateCommunicationActionInput.parse({
      id: "6f1c1c1e-8a55-4b0a-9a57-1d1d1d1d1d1d",
      version: 2,
      title: " Titre ",
    });
    expect(parsed).toEqual({ id: "6f1c1c1e-8a55-4b0a-9a57-1d1d1d1d1d1d", version: 2, title: "Titre" });
  });

  it("refuses a reversed period on its end", () => {
    const refused = listCommunicationActionsInput.safeParse({ from: "2026-12-10", to: "2026-12-01" });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]).toMatchObject({
      path: ["to"],
      message: "La fin de la période (2026-12-01) précède son début (2026-12-10).",
    });
    expect(listCommunicationActionsInput.safeParse({ month: "2026-13" }).success).toBe(false);
  });
});

describe("history of an action", () => {
  const action: CommunicationAction = {
    id: "6f1c1c1e-8a55-4b0a-9a57-1d1d1d1d1d1d",
    title: "Annonce des Assises",
    channel: "newsletter",
    audience: "Communes",
    message: "",
    plannedOn: "2026-12-03",
    ownerId: null,
    ownerName: null,
    status: "planned",
    eventId: null,
    eventTitle: null,
    publicationId: null,
    publicationTitle: null,
    version: 0,
  };
  it("keeps only what changed, without display names", () => {
    expect(communicationActionChanges(action, { ...action, status: "done", eventTitle: "X", version: 1 })).toEqual({
      status: ["planned", "done"],
    });
  });
});

describe("who manages the plan and the veille", () => {
  it("is the officers' and administrators' work, never a contributor's", () => {
    const contributor = { id: "u", role: "contributor" as const, communeCodes: ["93010"] };
    const officer = { id: "o", role: "officer" as const, communeCodes: [] };
    for (const action of ["communication.manage", "watch.manage"] as const) {
      expect(can(contributor, action)).toBe(false);
      expect(can(officer, action)).toBe(true);
    }
  });
});
