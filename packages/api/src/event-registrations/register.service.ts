import { eventRegistrationsRepository, hashToken, newToken, type RegistrationEvent } from "@cvv/db";
import { checkRegistrationOpen, registrationInput, registrationStatusFor } from "@cvv/domain/events";
import type { DomainError, Result } from "@cvv/domain/shared";
import type { Context } from "../shared/context.js";
import { inTransaction } from "../shared/transaction.js";
import { confirmationMail, waitingListMail } from "./registration-mails.js";

export type RegistrationField = "name" | "email" | "organisation" | "consent";

/** A refusal of the form: the first message, and each field's own message so the form shows it there. */
export interface RegistrationError extends DomainError {
  fields: Partial<Record<RegistrationField, string>>;
}

export interface Registered {
  status: "confirmed" | "waiting";
  /** False when the e-mail could not leave: the registration is kept all the same. */
  mailSent: boolean;
}

export const duplicateMessage = "Cette adresse est déjà inscrite à cet événement.";

function refusal(code: DomainError["code"], message: string, fields: RegistrationError["fields"] = {}) {
  return { ok: false as const, error: { code, message, fields } };
}

/**
 * A visitor's registration from the portal's form. The event's row is locked for the count and
 * the write, so the last place goes to one registration only; the others join the waiting list.
 */
export async function registerForEvent(
  ctx: Context,
  slug: string,
  form: unknown,
): Promise<Result<Registered, RegistrationError>> {
  const parsed = registrationInput.safeParse(form);
  if (!parsed.success) {
    const fields: RegistrationError["fields"] = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as RegistrationField;
      fields[field] ??= issue.message;
    }
    return refusal("INVALID", parsed.error.issues[0]?.message ?? "Formulaire invalide.", fields);
  }
  const input = parsed.data;
  const now = ctx.now();
  const token = newToken();

  let event: RegistrationEvent | null = null;
  const outcome = await inTransaction<"confirmed" | "waiting">(ctx.db, async (tx) => {
    const repo = eventRegistrationsRepository(tx);
    event = await repo.findEventBySlug(slug);
    if (!event) return refusal("NOT_FOUND", "Événement introuvable.");
    const open = checkRegistrationOpen(event, now);
    if (!open.ok) return refusal(open.error.code, open.error.message);
    await repo.lockEvent(event.id);
    const existing = await repo.findByEmail(event.id, input.email);
    if (existing && existing.status !== "cancelled") {
      return refusal("CONFLICT", duplicateMessage, { email: duplicateMessage });
    }
    const status = registrationStatusFor(event.capacity, await repo.countConfirmed(event.id));
    const written = {
      name: input.name,
      organisation: input.organisation,
      status,
      tokenHash: hashToken(token),
      consentAt: now,
    };
    if (existing) await repo.reopen(existing.id, written);
    else if (!(await repo.create({ ...written, eventId: event.id, email: input.email }))) {
      return refusal("CONFLICT", duplicateMessage, { email: duplicateMessage });
    }
    return { ok: true, value: status };
  });
  if (!outcome.ok) return outcome as { ok: false; error: RegistrationError };

  const registered = event as RegistrationEvent | null;
  if (!registered) throw new Error("event read in the transaction");
  const to = { name: input.name, email: input.email };
  const mail =
    outcome.value === "confirmed"
      ? confirmationMail(ctx.config.publicUrl, registered, to, token)
      : waitingListMail(ctx.config.publicUrl, registered, to, token);
  return { ok: true, value: { status: outcome.value, mailSent: await trySend(ctx, mail) } };
}

/** Mail leaves after the commit: a mail server down must not undo a registration. */
export async function trySend(
  ctx: Pick<Context, "mailer">,
  message: Parameters<Context["mailer"]["send"]>[0],
): Promise<boolean> {
  try {
    await ctx.mailer.send(message);
    return true;
  } catch {
    return false;
  }
}
