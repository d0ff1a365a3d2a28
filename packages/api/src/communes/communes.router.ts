import { communesRepository } from "@cvv/db";
import { can } from "@cvv/domain/permissions";
import { ok } from "@cvv/domain/shared";
import { authedProcedure, router } from "../trpc.js";
import { forbidden, unwrap } from "../shared/errors.js";

export const communesRouter = router({
  list: authedProcedure.query(async ({ ctx }) =>
    unwrap(can(ctx.user, "commune.list") ? ok(await communesRepository(ctx.db).list()) : forbidden()),
  ),
});
