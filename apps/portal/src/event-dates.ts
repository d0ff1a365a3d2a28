import { messages } from "./messages.fr";

const m = messages.events;

// Events take place in the Métropole: their dates and times are read in Paris time, whatever the
// visitor's or the server's zone, so the server render and the browser agree.
const longDay = new Intl.DateTimeFormat("fr-FR", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "Europe/Paris",
});
const time = new Intl.DateTimeFormat("fr-FR", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Paris" });
const dayKey = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" });
const monthName = new Intl.DateTimeFormat("fr-FR", { month: "long", year: "numeric", timeZone: "UTC" });

const ordinal = (text: string) => text.replace(/(^|\s)1 /, (_, before: string) => `${before}1er `);

/** "2026-12-03": the Paris day of an instant. */
export function parisDay(iso: string): string {
  return dayKey.format(new Date(iso));
}

/** "Le jeudi 3 décembre 2026, de 11:00 à 19:00", or "Du … au …" for an event of several days. */
export function eventWhen(startsAt: string, endsAt: string): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  if (parisDay(startsAt) === parisDay(endsAt)) {
    return m.sameDay(ordinal(longDay.format(start)), time.format(start), time.format(end));
  }
  return m.severalDays(
    ordinal(longDay.format(start)),
    time.format(start),
    ordinal(longDay.format(end)),
    time.format(end),
  );
}

/** "11:00", in Paris time. */
export function eventTime(instant: string): string {
  return time.format(new Date(instant));
}

/** The calendar's month: "2026-12". */
export const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The current month in Paris, "2026-12". */
export function currentParisMonth(now: Date): string {
  return dayKey.format(now).slice(0, 7);
}

/** "décembre 2026". */
export function monthLabel(month: string): string {
  const [y, mm] = month.split("-").map(Number) as [number, number];
  return monthName.format(new Date(Date.UTC(y, mm - 1, 1)));
}

export function adjacentMonth(month: string, delta: 1 | -1): string {
  const [y, mm] = month.split("-").map(Number) as [number, number];
  const d = new Date(Date.UTC(y, mm - 1 + delta, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** The month's days as weeks from Monday to Sunday; null pads the days of other months. */
export function monthWeeks(month: string): (string | null)[][] {
  const [y, mm] = month.split("-").map(Number) as [number, number];
  const days = new Date(Date.UTC(y, mm, 0)).getUTCDate();
  // getUTCDay: 0 is Sunday; the French week starts on Monday.
  const lead = (new Date(Date.UTC(y, mm - 1, 1)).getUTCDay() + 6) % 7;
  const cells: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let d = 1; d <= days; d++) cells.push(`${month}-${String(d).padStart(2, "0")}`);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** Every Paris day an event covers, first to last. */
export function eventDays(startsAt: string, endsAt: string): string[] {
  const first = parisDay(startsAt);
  const last = parisDay(endsAt);
  const days: string[] = [];
  const [y, mm, d] = first.split("-").map(Number) as [number, number, number];
  for (let i = 0; i < 366; i++) {
    const day = new Date(Date.UTC(y, mm - 1, d + i)).toISOString().slice(0, 10);
    if (day > last) break;
    days.push(day);
  }
  return days;
}
