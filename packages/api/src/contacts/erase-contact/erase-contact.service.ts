import { contactsRepository } from "@cvv/db";
import { checkNotAnonymised, type Contact, type EraseContactInput } from "@cvv/domain/contacts";
import { can } from "@cvv/domain/permissions";
import { fail, ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { forbidden, messages, notFound } from "../../shared/errors.js";
import { inTransaction } from "../../shared/transaction.js";
import { anonymiseContact } from "../retention/retention.service.js";

/**
 * The right to erasure: the person's data is replaced at once, in the record and its history, and
 * the reason is kept. Irreversible: nothing keeps the old values.
 */
export async function eraseContact(
  ctx: Context,
  actor: SessionUser,
  input: EraseContactInput,
): Promise<Result<Contact>> {
  if (!can(actor, "contact.manage")) return forbidden();
  return inTransaction(ctx.db, async (tx) => {
    const repo = contactsRepository(tx);
    const before = await repo.find(input.id);
    if (!before) return notFound("Contact");
    const active = checkNotAnonymised(before);
    if (!active.ok) return active;
    const erased = await anonymiseContact(tx, {
      id: input.id,
      at: ctx.now(),
      version: input.version,
      actorId: actor.id,
      action: "erased",
      reason: input.reason,
    });
    if (!erased) return fail("CONFLICT", messages.conflict);
    const after = await repo.find(input.id);
    return after ? ok(after) : notFound("Contact");
  });
}
