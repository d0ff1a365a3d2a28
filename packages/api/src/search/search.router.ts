import { searchInput } from "@cvv/domain/search";
import { unwrap } from "../shared/errors.js";
import { authedProcedure, router } from "../trpc.js";
import { searchRecords } from "./search-records.service.js";

export const searchRouter = router({
  query: authedProcedure
    .input(searchInput)
    .query(async ({ ctx, input }) => unwrap(await searchRecords(ctx, ctx.user, input))),
});
