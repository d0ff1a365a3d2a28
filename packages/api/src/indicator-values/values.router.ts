import { z } from "zod";
import { approveAllInput, reviewValueInput, saveValueInput, submitValuesInput } from "@cvv/domain/indicators";
import { idSchema } from "@cvv/domain/shared";
import { authedProcedure, router } from "../trpc.js";
import { unwrap } from "../shared/errors.js";
import { approveAll, reviewValue } from "./review-value/review-value.service.js";
import { saveValue, submitValues } from "./save-value/save-value.service.js";
import { getValue, reviewQueue } from "./values.queries.js";

export const valuesRouter = router({
  get: authedProcedure
    .input(z.object({ id: idSchema }))
    .query(async ({ ctx, input }) => unwrap(await getValue(ctx, ctx.user, input.id))),
  reviewQueue: authedProcedure
    .input(z.object({ campaignId: idSchema.optional() }).optional())
    .query(async ({ ctx, input }) => unwrap(await reviewQueue(ctx, ctx.user, input ?? {}))),
  save: authedProcedure
    .input(saveValueInput)
    .mutation(async ({ ctx, input }) => unwrap(await saveValue(ctx, ctx.user, input))),
  submitAll: authedProcedure
    .input(submitValuesInput)
    .mutation(async ({ ctx, input }) => unwrap(await submitValues(ctx, ctx.user, input))),
  review: authedProcedure
    .input(reviewValueInput)
    .mutation(async ({ ctx, input }) => unwrap(await reviewValue(ctx, ctx.user, input))),
  approveAll: authedProcedure
    .input(approveAllInput)
    .mutation(async ({ ctx, input }) => unwrap(await approveAll(ctx, ctx.user, input))),
});
