import { z } from "zod";
import { authedProcedure, router } from "../trpc.js";
import { unwrap } from "../shared/errors.js";
import { inviteUserProcedure } from "./invite-user/invite-user.procedure.js";
import { setUserActive } from "./set-user-active/set-user-active.service.js";
import { listUsers } from "./users.queries.js";

export const usersRouter = router({
  list: authedProcedure.query(async ({ ctx }) => unwrap(await listUsers(ctx, ctx.user))),
  invite: inviteUserProcedure,
  setActive: authedProcedure
    .input(
      z.object({
        id: z.uuid({ error: "Identifiant invalide." }),
        version: z.number().int().nonnegative(),
        active: z.boolean(),
      }),
    )
    .mutation(async ({ ctx, input }) => unwrap(await setUserActive(ctx, ctx.user, input))),
});
