import { sessionsRepository, usersRepository, type UserRecord } from "@cvv/db";
import { can } from "@cvv/domain/permissions";
import { fail, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { forbidden, fromWrite, notFound } from "../../shared/errors.js";
import { inTransaction } from "../../shared/transaction.js";

export interface SetUserActiveInput {
  id: string;
  version: number;
  active: boolean;
}

/** Disabling an account also ends its open sessions, in the same transaction. */
export async function setUserActive(
  ctx: Context,
  actor: SessionUser,
  input: SetUserActiveInput,
): Promise<Result<UserRecord>> {
  const target = await usersRepository(ctx.db).find(input.id);
  if (!target) return notFound("Compte");
  if (!can(actor, "user.deactivate", { role: target.role })) return forbidden();
  if (target.id === actor.id) return fail("INVALID", "Vous ne pouvez pas désactiver votre propre compte.");
  return inTransaction(ctx.db, async (tx) => {
    const written = fromWrite(await usersRepository(tx).setActive(input.id, input.version, input.active), "Compte");
    if (written.ok && !input.active) await sessionsRepository(tx).revokeAllForUser(input.id, ctx.now());
    return written;
  });
}
