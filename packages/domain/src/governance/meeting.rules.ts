import { fail, ok, type Result } from "../shared/result.js";
import { meetingStatusLabels, type Attendance, type MeetingContent, type MeetingStatus } from "./meeting.schema.js";

const momentFormat = new Intl.DateTimeFormat("fr-FR", {
  dateStyle: "long",
  timeStyle: "short",
  timeZone: "Europe/Paris",
});

/** "12 mars 2026 à 14:30": in Paris time, where the programme's bodies meet, whatever the server's zone. */
export function meetingMomentLabel(startsAt: string): string {
  return momentFormat.format(new Date(startsAt));
}

/** What a meeting leaves behind once held: each is refused before it can have happened. */
export type MeetingOutcome = "minutes" | "attendance" | "decisions";

const outcomeRefusals: Record<MeetingOutcome, string> = {
  minutes: "Le compte rendu ne peut être enregistré",
  attendance: "Les présences ne peuvent être enregistrées",
  decisions: "Les décisions ne peuvent être enregistrées",
};

interface MeetingMoment {
  startsAt: string;
  status: MeetingStatus;
}

// ISO moments may carry different offsets ("+01:00", "Z"): compared as instants, never as text.
const hasStarted = (meeting: MeetingMoment, now: string) => Date.parse(meeting.startsAt) <= Date.parse(now);

/** Whether minutes, attendance and decisions may be written now: the meeting is held, or its time has come. */
export function isOutcomeRecordable(meeting: MeetingMoment, now: string): boolean {
  return meeting.status !== "cancelled" && (meeting.status === "held" || hasStarted(meeting, now));
}

/**
 * Minutes, attendance and decisions record what happened: a sheet of presence filled in before
 * the meeting would be a forecast passed off as a record. A cancelled meeting has none.
 */
export function checkOutcomeRecordable(meeting: MeetingMoment, what: MeetingOutcome, now: string): Result<void> {
  if (meeting.status === "cancelled") {
    return fail(
      "INVALID",
      `${outcomeRefusals[what]} pour une réunion « ${meetingStatusLabels.cancelled} » : changez d'abord son statut.`,
      what,
    );
  }
  if (isOutcomeRecordable(meeting, now)) return ok(undefined);
  return fail(
    "INVALID",
    `${outcomeRefusals[what]} qu'une fois la réunion tenue ou sa date passée : elle est prévue le ${meetingMomentLabel(meeting.startsAt)}.`,
    what,
  );
}

export const meetingFields = [
  "title",
  "startsAt",
  "place",
  "agenda",
  "minutes",
  "status",
] as const satisfies readonly (keyof MeetingContent)[];

/**
 * The meeting as it will be stored: the fields sent applied over the current meeting (or a new
 * one's defaults), then checked. `hasRecords` says whether attendance or decisions are already
 * stored: a meeting with a record of what happened cannot be moved to the future or cancelled.
 */
export function resolveMeeting(
  current: MeetingContent | null,
  changes: Partial<MeetingContent>,
  now: string,
  hasRecords = false,
): Result<MeetingContent> {
  // Only content fields, and only those actually sent: an input's id, version or body stay out.
  const sent = Object.fromEntries(
    meetingFields.filter((field) => changes[field] !== undefined).map((field) => [field, changes[field]]),
  ) as Partial<MeetingContent>;
  const base: MeetingContent = current ?? {
    title: "",
    startsAt: now,
    place: "",
    agenda: "",
    minutes: "",
    status: "planned",
  };
  const meeting: MeetingContent = { ...base, ...sent };

  if (meeting.status === "held" && !hasStarted(meeting, now)) {
    return fail(
      "INVALID",
      `Une réunion ne peut pas être « ${meetingStatusLabels.held} » avant son début, prévu le ${meetingMomentLabel(meeting.startsAt)}.`,
      sent.status !== undefined ? "status" : "startsAt",
    );
  }
  const newMinutes = sent.minutes !== undefined && sent.minutes !== "" && sent.minutes !== current?.minutes;
  if (newMinutes) {
    const recordable = checkOutcomeRecordable(meeting, "minutes", now);
    if (!recordable.ok) return recordable;
  } else if (
    (sent.status !== undefined || sent.startsAt !== undefined) &&
    (hasRecords || meeting.minutes !== "") &&
    !isOutcomeRecordable(meeting, now)
  ) {
    return fail(
      "INVALID",
      "Cette réunion a déjà un compte rendu, des présences ou des décisions : elle ne peut plus être annulée ni reportée à une date à venir.",
      sent.status !== undefined ? "status" : "startsAt",
    );
  }
  return ok(meeting);
}

/**
 * The attendance sheet lists members of the body only, each once. Positions in the error's field
 * ("attendance.2.memberId") are those of the list sent, so a form can show the error on its line.
 */
export function checkAttendance(
  members: readonly { id: string; name: string }[],
  attendance: readonly Attendance[],
): Result<void> {
  const names = new Map(members.map((m) => [m.id, m.name]));
  const seen = new Set<string>();
  for (const [i, entry] of attendance.entries()) {
    const name = names.get(entry.memberId);
    if (name === undefined) {
      return fail(
        "INVALID",
        "Une personne de la feuille de présence n'est pas membre de cette instance : seuls ses membres peuvent y figurer.",
        `attendance.${i}.memberId`,
      );
    }
    if (seen.has(entry.memberId)) {
      return fail("INVALID", `« ${name} » figure deux fois sur la feuille de présence.`, `attendance.${i}.memberId`);
    }
    seen.add(entry.memberId);
  }
  return ok(undefined);
}
