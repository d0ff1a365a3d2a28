import { z } from "zod";
import { createUpdateInput, editUpdateInput, reviewUpdateInput } from "@cvv/domain/project-updates";
import { authedProcedure, router } from "../trpc.js";
import { unwrap } from "../shared/errors.js";
import { getUpdate, inbox } from "./project-updates.queries.js";
import { reviewUpdate } from "./review-update/review-update.service.js";
import { createUpdate, editUpdate } from "./submit-update/submit-update.service.js";

export const projectUpdatesRouter = router({
  get: authedProcedure
    .input(z.object({ id: z.uuid({ error: "Identifiant invalide." }) }))
    .query(async ({ ctx, input }) => unwrap(await getUpdate(ctx, ctx.user, input.id))),
  inbox: authedProcedure.query(async ({ ctx }) => unwrap(await inbox(ctx, ctx.user))),
  create: authedProcedure
    .input(createUpdateInput)
    .mutation(async ({ ctx, input }) => unwrap(await createUpdate(ctx, ctx.user, input))),
  edit: authedProcedure
    .input(editUpdateInput)
    .mutation(async ({ ctx, input }) => unwrap(await editUpdate(ctx, ctx.user, input))),
  review: authedProcedure
    .input(reviewUpdateInput)
    .mutation(async ({ ctx, input }) => unwrap(await reviewUpdate(ctx, ctx.user, input))),
});
