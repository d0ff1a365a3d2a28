import { fail, ok, type Result } from "../shared/result.js";
import type { EventStatus } from "./event.schema.js";

const momentFormat = new Intl.DateTimeFormat("fr-FR", {
  dateStyle: "long",
  timeStyle: "short",
  timeZone: "Europe/Paris",
});

/** "12 mars 2026 à 14:30", in Paris time, where the programme's events take place. */
export function eventMomentLabel(instant: string): string {
  return momentFormat.format(new Date(instant));
}

/**
 * An event ends when or after it starts. Moments may carry different offsets ("+01:00", "Z"):
 * compared as instants, never as text.
 */
export function checkEventDates(startsAt: string, endsAt: string): Result<void> {
  if (Date.parse(endsAt) >= Date.parse(startsAt)) return ok(undefined);
  return fail(
    "INVALID",
    `La fin de l'événement (${eventMomentLabel(endsAt)}) précède son début (${eventMomentLabel(startsAt)}).`,
    "endsAt",
  );
}

/** No capacity means no registration limit; a given one is a whole number of places, at least one. */
export function checkEventCapacity(capacity: number | null | undefined): Result<void> {
  if (capacity === null || capacity === undefined) return ok(undefined);
  if (Number.isInteger(capacity) && capacity > 0) return ok(undefined);
  return fail(
    "INVALID",
    "La capacité est un nombre entier de places, au moins 1 ; laissez-la vide s'il n'y a pas de limite.",
    "capacity",
  );
}

/** Both checks of an event as it will be stored, the first refusal first. */
export function checkEvent(event: { startsAt: string; endsAt: string; capacity?: number | null }): Result<void> {
  const dates = checkEventDates(event.startsAt, event.endsAt);
  if (!dates.ok) return dates;
  return checkEventCapacity(event.capacity);
}

/**
 * A draft is the officers' work in progress; a cancelled event stays on the calendar, marked as
 * such, so that someone who noted the date learns it will not take place.
 */
export function isEventPublic(status: EventStatus): boolean {
  return status !== "draft";
}

export type EventTiming = "upcoming" | "ongoing" | "past";

/** Where an event stands at `now`: an event of several days is ongoing until its end. */
export function eventTiming(event: { startsAt: string; endsAt: string }, now: Date): EventTiming {
  const at = now.getTime();
  if (Date.parse(event.endsAt) < at) return "past";
  if (Date.parse(event.startsAt) > at) return "upcoming";
  return "ongoing";
}
