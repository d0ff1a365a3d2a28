import { TRPCError } from "@trpc/server";
import { communesRepository } from "@cvv/db";
import { can } from "@cvv/domain/permissions";
import { authedProcedure, router } from "../trpc.js";
import { messages } from "../shared/errors.js";

export const communesRouter = router({
  list: authedProcedure.query(async ({ ctx }) => {
    if (!can(ctx.user, "commune.list")) throw new TRPCError({ code: "FORBIDDEN", message: messages.forbidden });
    return communesRepository(ctx.db).list();
  }),
});
