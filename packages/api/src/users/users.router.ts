import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { sessionsRepository, usersRepository } from "@cvv/db";
import { can } from "@cvv/domain/permissions";
import { authedProcedure, router } from "../trpc.js";
import { messages } from "../shared/errors.js";
import { inviteUserProcedure } from "./invite-user/invite-user.procedure.js";

export const usersRouter = router({
  list: authedProcedure.query(async ({ ctx }) => {
    if (!can(ctx.user, "user.list")) throw new TRPCError({ code: "FORBIDDEN", message: messages.forbidden });
    return usersRepository(ctx.db).list();
  }),
  invite: inviteUserProcedure,
  /** Disabling an account also ends its open sessions at once. */
  setActive: authedProcedure
    .input(z.object({ id: z.uuid({ error: "Identifiant invalide." }), active: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      const users = usersRepository(ctx.db);
      const target = await users.find(input.id);
      if (!target) throw new TRPCError({ code: "NOT_FOUND", message: "Compte introuvable." });
      if (!can(ctx.user, "user.deactivate", { role: target.role })) {
        throw new TRPCError({ code: "FORBIDDEN", message: messages.forbidden });
      }
      if (target.id === ctx.user.id) {
        throw new TRPCError({ code: "BAD_REQUEST", message: "Vous ne pouvez pas désactiver votre propre compte." });
      }
      await ctx.db.$transaction(async (tx) => {
        await usersRepository(tx).setActive(input.id, input.active);
        if (!input.active) await sessionsRepository(tx).revokeAllForUser(input.id, ctx.now());
      });
      return { ok: true as const };
    }),
});
