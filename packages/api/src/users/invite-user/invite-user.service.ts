import { communesRepository, organisationsRepository, usersRepository } from "@cvv/db";
import { can } from "@cvv/domain/permissions";
import { fail, ok, type Result } from "@cvv/domain/shared";
import { roleLabels, type InviteUserInput, type SessionUser } from "@cvv/domain/users";
import { forbidden } from "../../shared/errors.js";
import { inTransaction } from "../../shared/transaction.js";
import { createInvitation, invitationLink } from "../create-invitation.js";
import type { Context } from "../../shared/context.js";

export interface InviteOutcome {
  userId: string;
  email: string;
  /** "failed": the account and its link exist, but the e-mail could not be sent; invite again. */
  delivery: "smtp" | "outbox" | "memory" | "failed";
}

/**
 * Creates the account without a password and mails a one-time link to set one. Inviting again a
 * person who never accepted sends a fresh link; an account already in use is refused.
 */
export async function inviteUser(
  ctx: Context,
  actor: SessionUser,
  input: InviteUserInput,
): Promise<Result<InviteOutcome>> {
  if (!can(actor, "user.invite", { role: input.role })) return forbidden();
  const communeCodes = [...new Set(input.communeInseeCodes ?? [])];
  const known = await communesRepository(ctx.db).existing(communeCodes);
  const unknown = communeCodes.filter((c) => !known.includes(c));
  if (unknown.length > 0) {
    return fail("INVALID", `Commune inconnue de la Métropole : ${unknown.join(", ")}.`);
  }

  const outcome = await inTransaction(ctx.db, async (tx): Promise<Result<{ userId: string; token: string }>> => {
    const users = usersRepository(tx);
    let user = await users.findByEmail(input.email);
    if (user) {
      const credentials = await users.findCredentials(input.email);
      if (credentials?.passwordHash) return fail("CONFLICT", `Un compte existe déjà pour ${input.email}.`);
      if (user.role !== input.role) {
        return fail("CONFLICT", `${input.email} a déjà été invité(e) avec le rôle « ${roleLabels[user.role]} ».`);
      }
      if (!user.active) {
        return fail(
          "CONFLICT",
          `Le compte de ${input.email} est désactivé : réactivez-le avant de l'inviter à nouveau.`,
        );
      }
      // A new invitation carries the details given now: the officer may have corrected them.
      await users.updatePending(user.id, { displayName: input.displayName, communeCodes });
    } else {
      if (input.organisationId && !(await organisationsRepository(tx).find(input.organisationId))) {
        return fail(
          "INVALID",
          "Organisation introuvable : choisissez-la dans l'annuaire des partenaires.",
          "organisationId",
        );
      }
      user = await users.create({
        email: input.email,
        displayName: input.displayName,
        role: input.role,
        communeCodes,
        organisationId: input.organisationId ?? null,
      });
    }
    const { token } = await createInvitation(tx, { userId: user.id, invitedById: actor.id, now: ctx.now() });
    return ok({ userId: user.id, token });
  });
  if (!outcome.ok) return outcome;

  const link = invitationLink(ctx.config.publicUrl, outcome.value.token);
  const sent = await ctx.mailer
    .send({
      to: input.email,
      subject: "Votre accès à la plateforme Centres-villes vivants",
      text: [
        `Bonjour ${input.displayName},`,
        "",
        `${actor.displayName} vous invite à rejoindre la plateforme « Centres-villes vivants » de la Métropole du Grand Paris en tant que ${roleLabels[input.role].toLowerCase()}.`,
        "",
        "Pour choisir votre mot de passe et activer votre compte, ouvrez ce lien (valable 7 jours, une seule fois) :",
        link,
        "",
        "Si vous n'attendiez pas cette invitation, ignorez ce message.",
        "",
        "Vos nom et adresse électronique sont traités par la Métropole du Grand Paris pour l'exécution de sa mission d'intérêt public (gestion du programme) ; vous pouvez exercer vos droits auprès de son délégué à la protection des données.",
      ].join("\n"),
    })
    .then(
      () => true,
      // The account exists either way; the officer is told to send the invitation again.
      () => false,
    );
  return ok({ userId: outcome.value.userId, email: input.email, delivery: sent ? ctx.mailer.delivery : "failed" });
}
