import type { ActionItemStatus } from "./action-item.schema.js";

interface Due {
  status: ActionItemStatus;
  dueOn: string;
}

/** Late: still to do and due before today. Due today is not late yet; done or abandoned never is. */
export function isOverdue(item: Due, today: string): boolean {
  return item.status === "open" && item.dueOn < today;
}

/** How many days late an item is (0 when it is not), both dates being ISO calendar dates. */
export function daysOverdue(item: Due, today: string): number {
  if (!isOverdue(item, today)) return 0;
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${item.dueOn}T00:00:00Z`)) / 86_400_000);
}

/** The last day of a window of `days` days from today, for "due within N days" lists. */
export function dueHorizon(today: string, days: number): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
