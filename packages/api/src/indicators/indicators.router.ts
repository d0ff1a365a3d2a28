import { z } from "zod";
import {
  assignIndicatorInput,
  createIndicatorInput,
  updateAssignmentInput,
  updateIndicatorInput,
} from "@cvv/domain/indicators";
import { idSchema, versionSchema } from "@cvv/domain/shared";
import { authedProcedure, router } from "../trpc.js";
import { unwrap } from "../shared/errors.js";
import { assignIndicator, removeAssignment, updateAssignment } from "./assign-indicator/assign-indicator.service.js";
import { getIndicator, listIndicators } from "./indicators.queries.js";
import { createIndicator, updateIndicator } from "./save-indicator/save-indicator.service.js";

export const indicatorsRouter = router({
  list: authedProcedure
    .input(z.object({ programmeId: idSchema.optional() }).optional())
    .query(async ({ ctx, input }) => unwrap(await listIndicators(ctx, ctx.user, input ?? {}))),
  get: authedProcedure
    .input(z.object({ id: idSchema }))
    .query(async ({ ctx, input }) => unwrap(await getIndicator(ctx, ctx.user, input.id))),
  create: authedProcedure
    .input(createIndicatorInput)
    .mutation(async ({ ctx, input }) => unwrap(await createIndicator(ctx, ctx.user, input))),
  update: authedProcedure
    .input(updateIndicatorInput)
    .mutation(async ({ ctx, input }) => unwrap(await updateIndicator(ctx, ctx.user, input))),
  assign: authedProcedure
    .input(assignIndicatorInput)
    .mutation(async ({ ctx, input }) => unwrap(await assignIndicator(ctx, ctx.user, input))),
  updateAssignment: authedProcedure
    .input(updateAssignmentInput)
    .mutation(async ({ ctx, input }) => unwrap(await updateAssignment(ctx, ctx.user, input))),
  removeAssignment: authedProcedure
    .input(z.object({ id: idSchema, version: versionSchema }))
    .mutation(async ({ ctx, input }) => unwrap(await removeAssignment(ctx, ctx.user, input))),
});
