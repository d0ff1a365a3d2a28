import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { usersRepository } from "@cvv/db";
import { can } from "@cvv/domain/permissions";
import { authedProcedure, router } from "../trpc.js";
import { messages, unwrap } from "../shared/errors.js";
import { inviteUserProcedure } from "./invite-user/invite-user.procedure.js";
import { setUserActive } from "./set-user-active/set-user-active.service.js";

export const usersRouter = router({
  list: authedProcedure.query(async ({ ctx }) => {
    if (!can(ctx.user, "user.list")) throw new TRPCError({ code: "FORBIDDEN", message: messages.forbidden });
    return usersRepository(ctx.db).list();
  }),
  invite: inviteUserProcedure,
  setActive: authedProcedure
    .input(z.object({ id: z.uuid({ error: "Identifiant invalide." }), version: z.number().int().nonnegative(), active: z.boolean() }))
    .mutation(async ({ ctx, input }) => unwrap(await setUserActive(ctx, ctx.user, input))),
});
