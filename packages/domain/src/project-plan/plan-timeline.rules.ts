import type { PlanItemKind } from "./plan-item.schema.js";

export interface TimelineInput {
  id: string;
  kind: PlanItemKind;
  startsOn: string | null;
  dueOn: string;
}

/**
 * One item on the timeline, in days from the timeline's first day. `end` is exclusive, so an
 * action due on its start day is one day wide; a milestone is its due day (draw it at the middle).
 */
export interface TimelineRow {
  id: string;
  kind: PlanItemKind;
  start: number;
  end: number;
}

/** The first day of a month on the scale, and how many days it is from the timeline's start. */
export interface TimelineTick {
  date: string;
  offset: number;
}

export interface Timeline {
  /** First and last days shown (whole months), ISO dates. */
  startsOn: string;
  endsOn: string;
  /** Days from startsOn to endsOn, both included: the width every offset is a share of. */
  days: number;
  rows: TimelineRow[];
  ticks: TimelineTick[];
  /** Where today falls, or null outside the timeline. */
  todayOffset: number | null;
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

function monthStart(iso: string): string {
  return `${iso.slice(0, 7)}-01`;
}

function nextMonth(iso: string): string {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, "0")}-01`;
}

/** Monthly ticks on a short plan, then quarters, half-years, years: about a dozen labels at most. */
function tickStep(months: number): number {
  if (months <= 12) return 1;
  if (months <= 36) return 3;
  if (months <= 72) return 6;
  return 12;
}

/**
 * Lays out a plan as a timeline: the span covers the project's own dates and every item, widened
 * to whole months so the scale starts and ends on month boundaries; rows keep the items' order.
 * Null when there is nothing to place (no item and no project dates).
 */
export function layoutTimeline(
  items: readonly TimelineInput[],
  options: { projectStartsOn?: string | null; projectEndsOn?: string | null; today?: string | null } = {},
): Timeline | null {
  const dates = [
    ...items.flatMap((item) => (item.startsOn ? [item.startsOn, item.dueOn] : [item.dueOn])),
    ...(options.projectStartsOn ? [options.projectStartsOn] : []),
    ...(options.projectEndsOn ? [options.projectEndsOn] : []),
  ].sort();
  const first = dates[0];
  const last = dates.at(-1);
  if (first === undefined || last === undefined) return null;

  const startsOn = monthStart(first);
  const endDay = dayNumber(nextMonth(last)) - 1;
  const origin = dayNumber(startsOn);
  const days = endDay - origin + 1;
  const offset = (iso: string) => dayNumber(iso) - origin;

  const rows = items.map((item) => {
    const due = offset(item.dueOn);
    const start = item.kind === "action" && item.startsOn ? offset(item.startsOn) : due;
    return { id: item.id, kind: item.kind, start, end: due + 1 };
  });

  const months =
    (Number(last.slice(0, 4)) - Number(first.slice(0, 4))) * 12 +
    Number(last.slice(5, 7)) -
    Number(first.slice(5, 7)) +
    1;
  const step = tickStep(months);
  const ticks: TimelineTick[] = [];
  for (let month = startsOn; dayNumber(month) <= endDay; month = nextMonth(month)) {
    // Ticks fall on calendar boundaries (January, April…), not on whichever month the plan starts.
    if ((Number(month.slice(5, 7)) - 1) % step === 0) ticks.push({ date: month, offset: offset(month) });
  }

  const today = options.today ? offset(options.today) : null;
  return {
    startsOn,
    endsOn: isoOf(endDay),
    days,
    rows,
    ticks,
    todayOffset: today !== null && today >= 0 && today < days ? today : null,
  };
}
