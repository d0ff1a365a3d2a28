import { eventRegistrationsRepository } from "@cvv/db";
import type { AttendanceInput } from "@cvv/domain/events";
import { can } from "@cvv/domain/permissions";
import { fail, ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import {
  eventYear,
  refreshEventIndicators,
  type EventIndicatorsSummary,
} from "../../event-registrations/event-indicators.service.js";
import type { Context } from "../../shared/context.js";
import { forbidden, notFound } from "../../shared/errors.js";
import { inTransaction } from "../../shared/transaction.js";

/**
 * Attendance taken on the day, in one request: the confirmed registrants ticked are present,
 * the others absent. The programme's event indicators are recounted in the same transaction.
 */
export async function takeAttendance(
  ctx: Context,
  actor: SessionUser,
  input: AttendanceInput,
): Promise<Result<{ present: number; indicators: EventIndicatorsSummary }>> {
  if (!can(actor, "event.manage")) return forbidden();
  const now = ctx.now();
  return inTransaction(ctx.db, async (tx) => {
    const repo = eventRegistrationsRepository(tx);
    const event = await repo.findEvent(input.eventId);
    if (!event) return notFound("Événement");
    if (event.status !== "published") {
      return fail(
        "INVALID",
        "Les présences se prennent sur un événement publié, pas sur un brouillon ni un événement annulé.",
      );
    }
    if (Date.parse(event.startsAt) > now.getTime()) {
      return fail("INVALID", "Les présences se prennent le jour de l'événement, une fois qu'il a commencé.");
    }
    const present = await repo.setAttendance(event.id, input.presentIds);
    const indicators = await refreshEventIndicators(tx, { year: eventYear(event.startsAt), now, actorId: actor.id });
    return ok({ present, indicators });
  });
}
