import type { ActionItemRecord } from "@cvv/db";
import { daysOverdue, isOverdue } from "@cvv/domain/governance";
import type { Context } from "../shared/context.js";

/** The calendar date of a moment, as action items' due dates are written (UTC, like every date of the platform). */
export const todayOf = (ctx: Context) => ctx.now().toISOString().slice(0, 10);

/** An action item as screens show it: whether it is late, and by how many days. */
export function actionItemView<T extends Pick<ActionItemRecord, "status" | "dueOn">>(item: T, today: string) {
  return { ...item, overdue: isOverdue(item, today), daysOverdue: daysOverdue(item, today) };
}
