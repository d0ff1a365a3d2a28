import type { CalendarMonth } from "../events/event-calendar.rules.js";

/** The first and last days of a month, "2026-12-01" and "2026-12-31": the plan's dates are days, not instants. */
export function monthDays(month: CalendarMonth): { from: string; to: string } {
  const [year, m] = month.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, "0")}` };
}

/**
 * The weeks of a month as a calendar shows them, Monday first: each week holds seven days, the
 * days of the neighbouring months as null, so a table can draw empty cells there.
 */
export function monthWeeks(month: CalendarMonth): (string | null)[][] {
  const [year, m] = month.split("-").map(Number) as [number, number];
  const { to } = monthDays(month);
  const lastDay = Number(to.slice(8));
  // getUTCDay: Sunday 0 … Saturday 6; Monday first makes Sunday the seventh column.
  const lead = (new Date(Date.UTC(year, m - 1, 1)).getUTCDay() + 6) % 7;
  const cells: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let day = 1; day <= lastDay; day++) cells.push(`${month}-${String(day).padStart(2, "0")}`);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}
