import type { ProjectStatus } from "../projects/project.schema.js";

/** The dates the "next weeks" view covers: from today included to today + weeks × 7 days included. */
export function horizon(today: string, weeks: number): { from: string; to: string } {
  const end = new Date(`${today}T00:00:00.000Z`);
  end.setUTCDate(end.getUTCDate() + weeks * 7);
  return { from: today, to: end.toISOString().slice(0, 10) };
}

/** Whole days late: 0 on the due date itself, never negative. */
export function daysLate(dueOn: string, today: string): number {
  const ms = Date.parse(`${today}T00:00:00.000Z`) - Date.parse(`${dueOn}T00:00:00.000Z`);
  return Math.max(0, Math.round(ms / 86_400_000));
}

export interface ProjectCount {
  status: ProjectStatus;
  group: string;
  count: number;
}

/**
 * Counts of projects by status (rows) and by a grouping (columns: an edition, an EPT), with
 * totals, for a table read row by row. Groups keep the order given; statuses the domain's order.
 */
export function crossTable(
  counts: readonly ProjectCount[],
  statuses: readonly ProjectStatus[],
  groups: readonly string[],
): { rows: { status: ProjectStatus; cells: number[]; total: number }[]; totals: number[]; total: number } {
  // Counts may come finer than the table (by edition and EPT at once): the same cell adds them up.
  const index = new Map<string, number>();
  for (const c of counts) index.set(`${c.status}|${c.group}`, (index.get(`${c.status}|${c.group}`) ?? 0) + c.count);
  const rows = statuses.map((status) => {
    const cells = groups.map((group) => index.get(`${status}|${group}`) ?? 0);
    return { status, cells, total: cells.reduce((a, b) => a + b, 0) };
  });
  const totals = groups.map((_, i) => rows.reduce((sum, row) => sum + row.cells[i]!, 0));
  return { rows, totals, total: totals.reduce((a, b) => a + b, 0) };
}

/** Paid out of committed, as a whole percentage; null when nothing is committed (no division by zero shown as 0 %). */
export function paidShare(committedCents: number, paidCents: number): number | null {
  if (committedCents <= 0) return null;
  return Math.round((paidCents / committedCents) * 100);
}
