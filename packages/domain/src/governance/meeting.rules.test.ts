import { describe, expect, it } from "vitest";
import { createMeetingInput, updateMeetingInput } from "./create-meeting.input.js";
import type { MeetingContent } from "./meeting.schema.js";
import {
  checkAttendance,
  checkOutcomeRecordable,
  isOutcomeRecordable,
  meetingMomentLabel,
  resolveMeeting,
} from "./meeting.rules.js";

const now = "2026-03-15T10:00:00.000Z";

const planned: MeetingContent = {
  title: "Comité de pilotage n° 4",
  startsAt: "2026-04-02T12:30:00.000Z",
  place: "Métropole du Grand Paris, salle du conseil",
  agenda: "1. Bilan des projets\n2. Programmation 2026",
  minutes: "",
  status: "planned",
};
const past: MeetingContent = { ...planned, startsAt: "2026-03-02T13:30:00.000Z" };

const invalid = (message: string, field: string) => ({ ok: false, error: { code: "INVALID", message, field } });

describe("meetingMomentLabel", () => {
  it("says the moment in Paris time, whatever the offset it was written with", () => {
    expect(meetingMomentLabel("2026-04-02T12:30:00.000Z")).toBe("2 avril 2026 à 14:30");
    expect(meetingMomentLabel("2026-03-02T14:30:00+01:00")).toBe("2 mars 2026 à 14:30");
  });
});

describe("checkOutcomeRecordable", () => {
  it("accepts minutes, attendance and decisions once the meeting's time has come, or once it is held", () => {
    expect(checkOutcomeRecordable(past, "minutes", now).ok).toBe(true);
    expect(checkOutcomeRecordable({ ...planned, startsAt: now }, "attendance", now).ok).toBe(true);
    expect(checkOutcomeRecordable({ ...past, status: "held" }, "decisions", now).ok).toBe(true);
    expect(isOutcomeRecordable(past, now)).toBe(true);
  });

  it("compares moments, not their text: 10:45 in Paris is 9:45 UTC, before now", () => {
    expect(isOutcomeRecordable({ status: "planned", startsAt: "2026-03-15T10:45:00+01:00" }, now)).toBe(true);
    expect(isOutcomeRecordable({ status: "planned", startsAt: "2026-03-15T09:30:00-01:00" }, now)).toBe(false);
  });

  it("refuses them before the meeting, saying when it is, in French", () => {
    expect(checkOutcomeRecordable(planned, "minutes", now)).toEqual(
      invalid(
        "Le compte rendu ne peut être enregistré qu'une fois la réunion tenue ou sa date passée : elle est prévue le 2 avril 2026 à 14:30.",
        "minutes",
      ),
    );
    expect(checkOutcomeRecordable(planned, "attendance", now)).toEqual(
      invalid(
        "Les présences ne peuvent être enregistrées qu'une fois la réunion tenue ou sa date passée : elle est prévue le 2 avril 2026 à 14:30.",
        "attendance",
      ),
    );
  });

  it("refuses them for a cancelled meeting, even a past one", () => {
    expect(checkOutcomeRecordable({ ...past, status: "cancelled" }, "decisions", now)).toEqual(
      invalid(
        "Les décisions ne peuvent être enregistrées pour une réunion « Annulée » : changez d'abord son statut.",
        "decisions",
      ),
    );
    expect(isOutcomeRecordable({ ...past, status: "cancelled" }, now)).toBe(false);
  });
});

describe("resolveMeeting", () => {
  it("plans a meeting from the fields sent over a new meeting's defaults", () => {
    expect(resolveMeeting(null, { title: "Comité technique", startsAt: planned.startsAt }, now)).toEqual({
      ok: true,
      value: {
        title: "Comité technique",
        startsAt: planned.startsAt,
        place: "",
        agenda: "",
        minutes: "",
        status: "planned",
      },
    });
  });

  it("applies only the fields sent, leaving the others as stored", () => {
    const result = resolveMeeting(planned, { agenda: "1. Bilan", place: undefined }, now);
    expect(result).toEqual({ ok: true, value: { ...planned, agenda: "1. Bilan" } });
  });

  it("records minutes of a past meeting and marks it held", () => {
    const result = resolveMeeting(past, { minutes: "Le comité valide la programmation.", status: "held" }, now);
    expect(result.ok && result.value).toMatchObject({ minutes: "Le comité valide la programmation.", status: "held" });
  });

  it("refuses minutes written before the meeting", () => {
    expect(resolveMeeting(planned, { minutes: "Compte rendu anticipé." }, now)).toEqual(
      invalid(
        "Le compte rendu ne peut être enregistré qu'une fois la réunion tenue ou sa date passée : elle est prévue le 2 avril 2026 à 14:30.",
        "minutes",
      ),
    );
    expect(resolveMeeting(null, { ...planned, minutes: "Déjà écrit." }, now).ok).toBe(false);
  });

  it("refuses marking held a meeting that has not started, on the field that was changed", () => {
    const message = "Une réunion ne peut pas être « Tenue » avant son début, prévu le 2 avril 2026 à 14:30.";
    expect(resolveMeeting(planned, { status: "held" }, now)).toEqual(invalid(message, "status"));
    expect(resolveMeeting({ ...past, status: "held" }, { startsAt: planned.startsAt }, now)).toEqual(
      invalid(message, "startsAt"),
    );
  });

  it("keeps a meeting with a record of what happened from being postponed or cancelled", () => {
    const message =
      "Cette réunion a déjà un compte rendu, des présences ou des décisions : elle ne peut plus être annulée ni reportée à une date à venir.";
    const withMinutes = { ...past, minutes: "Compte rendu." };
    expect(resolveMeeting(withMinutes, { startsAt: planned.startsAt }, now)).toEqual(invalid(message, "startsAt"));
    expect(resolveMeeting(past, { status: "cancelled" }, now, true)).toEqual(invalid(message, "status"));
    // Without any record, a meeting moves or is cancelled freely; its agenda is always editable.
    expect(resolveMeeting(past, { status: "cancelled" }, now, false).ok).toBe(true);
    expect(resolveMeeting(withMinutes, { agenda: "Ordre du jour corrigé" }, now).ok).toBe(true);
  });
});

describe("meeting inputs", () => {
  it("need a moment with its time zone, and refuse unknown statuses in French", () => {
    const bodyId = "6f1c1d1e-3c1b-4a55-9a51-7b7d0b4b2b10";
    expect(
      createMeetingInput.safeParse({ bodyId, title: "Copil", startsAt: "2026-04-02T14:30:00+02:00" }).success,
    ).toBe(true);
    const local = createMeetingInput.safeParse({ bodyId, title: "Copil", startsAt: "2026-04-02T14:30" });
    expect(local.success).toBe(false);
    const status = updateMeetingInput.safeParse({ id: bodyId, version: 0, status: "postponed" });
    expect(status.error?.issues[0]?.message).toBe("Statut inconnu : prévue, tenue ou annulée.");
  });

  it("have no defaults when updating, so an omitted field keeps what is stored", () => {
    const parsed = updateMeetingInput.parse({ id: "6f1c1d1e-3c1b-4a55-9a51-7b7d0b4b2b10", version: 2 });
    expect(parsed).toEqual({ id: "6f1c1d1e-3c1b-4a55-9a51-7b7d0b4b2b10", version: 2 });
  });
});

describe("checkAttendance", () => {
  const members = [
    { id: "a", name: "Claire Moreau" },
    { id: "b", name: "Youssef Haddad" },
  ];

  it("accepts members of the body, each once, and an empty sheet", () => {
    expect(
      checkAttendance(members, [
        { memberId: "a", status: "present" },
        { memberId: "b", status: "excused" },
      ]).ok,
    ).toBe(true);
    expect(checkAttendance(members, []).ok).toBe(true);
  });

  it("refuses someone who is not a member, on their line", () => {
    expect(
      checkAttendance(members, [
        { memberId: "a", status: "present" },
        { memberId: "z", status: "present" },
      ]),
    ).toEqual(
      invalid(
        "Une personne de la feuille de présence n'est pas membre de cette instance : seuls ses membres peuvent y figurer.",
        "attendance.1.memberId",
      ),
    );
  });

  it("refuses a member listed twice, naming them", () => {
    expect(
      checkAttendance(members, [
        { memberId: "b", status: "present" },
        { memberId: "b", status: "absent" },
      ]),
    ).toEqual(invalid("« Youssef Haddad » figure deux fois sur la feuille de présence.", "attendance.1.memberId"));
  });
});
