import { z } from "zod";
import {
  addPaymentInput,
  createFundingLineInput,
  createGrantInput,
  removeFundingLineInput,
  setScheduleInput,
  updateFundingLineInput,
  updateGrantInput,
} from "@cvv/domain/funding";
import { idSchema } from "@cvv/domain/shared";
import { unwrap } from "../shared/errors.js";
import { authedProcedure, router } from "../trpc.js";
import { addPayment } from "./add-payment/add-payment.service.js";
import { fundingHistory, fundingOverview } from "./funding.queries.js";
import { removeFundingLine } from "./remove-funding-line/remove-funding-line.service.js";
import { createFundingLine, updateFundingLine } from "./save-funding-line/save-funding-line.service.js";
import { createGrant, updateGrant } from "./save-grant/save-grant.service.js";
import { setSchedule } from "./set-schedule/set-schedule.service.js";

const projectInput = z.object({ projectId: idSchema });

/** A project's funding plan, grants, payment schedules and payments. */
export const fundingRouter = router({
  overview: authedProcedure
    .input(projectInput)
    .query(async ({ ctx, input }) => unwrap(await fundingOverview(ctx, ctx.user, input.projectId))),
  history: authedProcedure
    .input(projectInput)
    .query(async ({ ctx, input }) => unwrap(await fundingHistory(ctx, ctx.user, input.projectId))),
  createLine: authedProcedure
    .input(createFundingLineInput)
    .mutation(async ({ ctx, input }) => unwrap(await createFundingLine(ctx, ctx.user, input))),
  updateLine: authedProcedure
    .input(updateFundingLineInput)
    .mutation(async ({ ctx, input }) => unwrap(await updateFundingLine(ctx, ctx.user, input))),
  removeLine: authedProcedure
    .input(removeFundingLineInput)
    .mutation(async ({ ctx, input }) => unwrap(await removeFundingLine(ctx, ctx.user, input))),
  createGrant: authedProcedure
    .input(createGrantInput)
    .mutation(async ({ ctx, input }) => unwrap(await createGrant(ctx, ctx.user, input))),
  updateGrant: authedProcedure
    .input(updateGrantInput)
    .mutation(async ({ ctx, input }) => unwrap(await updateGrant(ctx, ctx.user, input))),
  setSchedule: authedProcedure
    .input(setScheduleInput)
    .mutation(async ({ ctx, input }) => unwrap(await setSchedule(ctx, ctx.user, input))),
  addPayment: authedProcedure
    .input(addPaymentInput)
    .mutation(async ({ ctx, input }) => unwrap(await addPayment(ctx, ctx.user, input))),
});
