import { hashPassword, hashToken, invitationsRepository, usersRepository } from "@cvv/db";
import { fail, ok, type Result } from "@cvv/domain/shared";
import type { AcceptInvitationInput } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { inTransaction } from "../../shared/transaction.js";
import { startSession } from "../session.service.js";

export const invalidInvitation =
  "Ce lien d'invitation n'est plus valable : il a déjà servi ou a expiré. Demandez une nouvelle invitation à la Métropole.";

export async function invitationInfo(
  ctx: Context,
  token: string,
): Promise<Result<{ email: string; displayName: string }>> {
  const invitation = await invitationsRepository(ctx.db).findPending(hashToken(token), ctx.now());
  if (!invitation) return fail("NOT_FOUND", invalidInvitation);
  const user = await usersRepository(ctx.db).find(invitation.userId);
  if (!user) return fail("NOT_FOUND", invalidInvitation);
  return ok({ email: user.email, displayName: user.displayName });
}

/** Sets the password and signs the person in, in one transaction: a link works exactly once. */
export async function acceptInvitation(
  ctx: Context,
  input: AcceptInvitationInput,
): Promise<Result<{ userId: string }>> {
  const invitations = invitationsRepository(ctx.db);
  const invitation = await invitations.findPending(hashToken(input.token), ctx.now());
  if (!invitation) return fail("NOT_FOUND", invalidInvitation);
  if (input.password.toLowerCase() === invitation.email.toLowerCase()) {
    return fail("INVALID", "Le mot de passe ne doit pas être votre adresse électronique.", "password");
  }
  const passwordHash = await hashPassword(input.password);
  return inTransaction(ctx.db, async (tx) => {
    const invitations = invitationsRepository(tx);
    if (!(await invitations.accept(invitation.id, ctx.now()))) return fail("NOT_FOUND", invalidInvitation);
    // Only an account that has no password yet: a link never replaces one in use.
    if (!(await usersRepository(tx).setInitialPassword(invitation.userId, passwordHash))) {
      return fail("NOT_FOUND", invalidInvitation);
    }
    await invitations.revokePending(invitation.userId, ctx.now());
    await startSession(ctx, tx, invitation.userId);
    return ok({ userId: invitation.userId });
  });
}
