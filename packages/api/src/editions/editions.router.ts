import { createEditionInput, updateEditionInput } from "@cvv/domain/editions";
import { authedProcedure, router } from "../trpc.js";
import { unwrap } from "../shared/errors.js";
import { createEdition } from "./create-edition/create-edition.service.js";
import { updateEdition } from "./update-edition/update-edition.service.js";

export const editionsRouter = router({
  create: authedProcedure
    .input(createEditionInput)
    .mutation(async ({ ctx, input }) => unwrap(await createEdition(ctx, ctx.user, input))),
  update: authedProcedure
    .input(updateEditionInput)
    .mutation(async ({ ctx, input }) => unwrap(await updateEdition(ctx, ctx.user, input))),
});
