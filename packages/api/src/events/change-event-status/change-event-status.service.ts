import {
  adminEventsRepository,
  eventRegistrationsRepository,
  recordChangesRepository,
  type AdminEvent,
  type Registrant,
  type RegistrationEvent,
} from "@cvv/db";
import { checkEventTransition, type EventStatus } from "@cvv/domain/events";
import { can } from "@cvv/domain/permissions";
import { ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import { eventCancelledMail } from "../../event-registrations/registration-mails.js";
import { trySend } from "../../event-registrations/register.service.js";
import type { Context } from "../../shared/context.js";
import { forbidden, fromWrite, notFound } from "../../shared/errors.js";
import { inTransaction } from "../../shared/transaction.js";

export interface StatusChanged extends AdminEvent {
  /** Registrants told by e-mail (cancellation). */
  notified: number;
}

async function changeStatus(
  ctx: Context,
  actor: SessionUser,
  input: { id: string; version: number },
  to: EventStatus,
): Promise<Result<StatusChanged>> {
  if (!can(actor, "event.manage")) return forbidden();
  let toNotify: Registrant[] = [];
  let mailEvent: RegistrationEvent | null = null;
  const outcome = await inTransaction<AdminEvent>(ctx.db, async (tx) => {
    const repo = adminEventsRepository(tx);
    const before = await repo.find(input.id);
    if (!before) return notFound("Événement");
    const allowed = checkEventTransition(before.status, to);
    if (!allowed.ok) return allowed;
    const written = fromWrite(await repo.setStatus(input.id, input.version, to), "Événement");
    if (!written.ok) return written;
    await recordChangesRepository(tx).log({
      entity: "event",
      entityId: input.id,
      projectId: null,
      actorId: actor.id,
      action: to === "published" ? "published" : "cancelled",
      changes: { status: [before.status, to] },
    });
    if (to === "cancelled") {
      const registrations = eventRegistrationsRepository(tx);
      toNotify = await registrations.activeRegistrants(input.id);
      mailEvent = await registrations.findEvent(input.id);
    }
    return written;
  });
  if (!outcome.ok) return outcome;
  let notified = 0;
  const event = mailEvent as RegistrationEvent | null;
  if (event) {
    for (const registrant of toNotify) {
      if (await trySend(ctx, eventCancelledMail(ctx.config.publicUrl, event, registrant))) notified += 1;
    }
  }
  return ok({ ...outcome.value, notified });
}

/** Puts a draft on the portal's calendar and opens its registrations. */
export const publishEvent = (ctx: Context, actor: SessionUser, input: { id: string; version: number }) =>
  changeStatus(ctx, actor, input, "published");

/** Cancels the event: it stays on the calendar, marked, and everyone registered or waiting is told by e-mail. */
export const cancelEvent = (ctx: Context, actor: SessionUser, input: { id: string; version: number }) =>
  changeStatus(ctx, actor, input, "cancelled");
