import { eventRegistrationsRepository, hashToken, newToken, type Registrant, type RegistrationEvent } from "@cvv/db";
import { registrationTokenSchema } from "@cvv/domain/events";
import { fail, ok, type Result } from "@cvv/domain/shared";
import type { Context } from "../shared/context.js";
import { inTransaction } from "../shared/transaction.js";
import { promotionMail } from "./registration-mails.js";
import { trySend } from "./register.service.js";

export const invalidLinkMessage =
  "Ce lien d'annulation n'est pas valide ou n'est plus à jour : utilisez le lien du dernier courriel reçu.";

export interface Cancelled {
  alreadyCancelled: boolean;
  /** The waiting registrant who got the freed place, if any. */
  promoted: boolean;
}

/**
 * Cancels the registration the link's token points to (POST only: a link scanner's GET must
 * never cancel). A confirmed place freed goes to the first on the waiting list in the same
 * transaction, so the place is never given twice nor lost.
 */
export async function cancelRegistration(ctx: Context, rawToken: unknown): Promise<Result<Cancelled>> {
  const token = registrationTokenSchema.safeParse(rawToken);
  if (!token.success) return fail("INVALID", invalidLinkMessage, "jeton");
  const now = ctx.now();
  const promotionToken = newToken();
  let promoted: { registrant: Registrant; event: RegistrationEvent } | null = null;

  const outcome = await inTransaction<Cancelled>(ctx.db, async (tx) => {
    const repo = eventRegistrationsRepository(tx);
    const registration = await repo.findByTokenHash(hashToken(token.data));
    if (!registration) return fail("INVALID", invalidLinkMessage, "jeton");
    if (registration.status === "cancelled") return ok({ alreadyCancelled: true, promoted: false });
    const event = await repo.findEvent(registration.eventId);
    if (!event) return fail("NOT_FOUND", "Événement introuvable.");
    if (Date.parse(event.endsAt) < now.getTime()) {
      return fail("INVALID", "Cet événement est terminé : l'inscription ne peut plus être annulée.");
    }
    await repo.lockEvent(event.id);
    await repo.cancel(registration.id, now);
    if (registration.status !== "confirmed" || event.status !== "published") {
      return ok({ alreadyCancelled: false, promoted: false });
    }
    const next = await repo.firstWaiting(event.id);
    if (!next) return ok({ alreadyCancelled: false, promoted: false });
    await repo.promote(next.id, hashToken(promotionToken));
    promoted = { registrant: next, event };
    return ok({ alreadyCancelled: false, promoted: true });
  });

  const done = promoted as { registrant: Registrant; event: RegistrationEvent } | null;
  if (outcome.ok && done) {
    await trySend(ctx, promotionMail(ctx.config.publicUrl, done.event, done.registrant, promotionToken));
  }
  return outcome;
}
