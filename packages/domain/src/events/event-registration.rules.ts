import { fail, ok, type Result } from "../shared/result.js";
import type { EventStatus } from "./event.schema.js";

export type RegistrationStatus = "confirmed" | "waiting" | "cancelled";

/**
 * A visitor may register only to a published event that has not started: a draft is not public
 * yet, a cancelled event will not take place, and registering once it began makes no sense.
 */
export function checkRegistrationOpen(event: { status: EventStatus; startsAt: string }, now: Date): Result<void> {
  if (event.status === "draft") return fail("INVALID", "Cet événement n'est pas ouvert aux inscriptions.");
  if (event.status === "cancelled") return fail("INVALID", "Cet événement est annulé : les inscriptions sont closes.");
  if (Date.parse(event.startsAt) <= now.getTime()) {
    return fail("INVALID", "Cet événement a déjà eu lieu ou a commencé : les inscriptions sont closes.");
  }
  return ok(undefined);
}

/** Capacity counts confirmed registrations only; no capacity means no limit. */
export function registrationStatusFor(capacity: number | null, confirmed: number): "confirmed" | "waiting" {
  return capacity === null || confirmed < capacity ? "confirmed" : "waiting";
}

/** Places left for the portal; null when the event has no limit. */
export function placesLeft(capacity: number | null, confirmed: number): number | null {
  return capacity === null ? null : Math.max(0, capacity - confirmed);
}

const transitions: Record<EventStatus, readonly EventStatus[]> = {
  // A published event is never sent back to draft: people may have registered and noted the date.
  draft: ["published", "cancelled"],
  published: ["cancelled"],
  cancelled: [],
};

export function checkEventTransition(from: EventStatus, to: EventStatus): Result<void> {
  if (transitions[from].includes(to)) return ok(undefined);
  const names: Record<EventStatus, string> = { draft: "brouillon", published: "publié", cancelled: "annulé" };
  return fail("TRANSITION_REFUSED", `Un événement ${names[from]} ne peut pas passer à « ${names[to]} ».`, "status");
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The reminder goes in the 24 hours before the start: an hourly job sends it the day before. */
export function isReminderDue(startsAt: string, now: Date): boolean {
  const start = Date.parse(startsAt);
  return now.getTime() < start && start - now.getTime() <= DAY_MS;
}

/** How long after its end an event's survey is still sent: a late server start must not mail old events. */
export const SURVEY_WINDOW_DAYS = 30;

export function isSurveyDue(endsAt: string, now: Date): boolean {
  const end = Date.parse(endsAt);
  return end < now.getTime() && now.getTime() - end <= SURVEY_WINDOW_DAYS * DAY_MS;
}

/**
 * Participants of an event held: those marked present when attendance was taken (at least one
 * registration has `attended` set); otherwise the confirmed registrants, the best figure known.
 */
export function countParticipants(
  registrations: readonly { status: RegistrationStatus; attended: boolean | null }[],
): number {
  const taken = registrations.some((r) => r.attended !== null);
  if (taken) return registrations.filter((r) => r.attended === true).length;
  return registrations.filter((r) => r.status === "confirmed").length;
}
