import { z } from "zod";

/** A month of the calendar as the portal's address writes it: "2026-12". */
export const calendarMonthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: "Mois invalide : format attendu AAAA-MM, par exemple 2026-12." });
export type CalendarMonth = z.infer<typeof calendarMonthSchema>;

const parisParts = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Paris",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/** How far Paris is ahead of UTC at that instant, in milliseconds (one or two hours). */
function parisOffset(instant: number): number {
  const p = Object.fromEntries(parisParts.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  const asUtc = Date.UTC(
    Number(p.year),
    Number(p.month) - 1,
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
    Number(p.second),
  );
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant of a Paris wall-clock time (month 1–12; a day past the month's end rolls over, as
 * Date.UTC does). A time inside the spring daylight-saving gap (2:00–3:00) has none: it comes out
 * an hour later.
 */
export function parisDateTime(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  return new Date(guess - parisOffset(guess - parisOffset(guess)));
}

/** Midnight in Paris on that day; never in a daylight-saving gap, which France puts at 2 a.m. */
export function parisMidnight(year: number, month: number, day: number): Date {
  return parisDateTime(year, month, day);
}

/**
 * The instants a month of the calendar covers, in Paris time, where the events take place:
 * from its first midnight (included) to the next month's (excluded).
 */
export function parisMonthBounds(month: CalendarMonth): { from: Date; to: Date } {
  const [year, m] = month.split("-").map(Number) as [number, number];
  return {
    from: parisMidnight(year, m, 1),
    to: m === 12 ? parisMidnight(year + 1, 1, 1) : parisMidnight(year, m + 1, 1),
  };
}

/** The calendar month an instant falls in, in Paris time: what the calendar opens on by default. */
export function parisMonthOf(instant: Date): CalendarMonth {
  const p = Object.fromEntries(parisParts.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${p.year}-${p.month}`;
}

/** The Paris calendar day of an instant, "2026-12-03": the day of the calendar an event shows on. */
export function parisDayOf(instant: Date): string {
  const p = Object.fromEntries(parisParts.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${p.year}-${p.month}-${p.day}`;
}

/** The months before and after, for the calendar's links. */
export function adjacentMonths(month: CalendarMonth): { previous: CalendarMonth; next: CalendarMonth } {
  const [year, m] = month.split("-").map(Number) as [number, number];
  const format = (y: number, mm: number) => `${y}-${String(mm).padStart(2, "0")}`;
  return {
    previous: m === 1 ? format(year - 1, 12) : format(year, m - 1),
    next: m === 12 ? format(year + 1, 1) : format(year, m + 1),
  };
}
