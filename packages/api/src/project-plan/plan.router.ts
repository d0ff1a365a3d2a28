import {
  createPlanItemInput,
  overduePlanItemsInput,
  projectPlanInput,
  removePlanItemInput,
  updatePlanItemInput,
} from "@cvv/domain/project-plan";
import { unwrap } from "../shared/errors.js";
import { authedProcedure, router } from "../trpc.js";
import { createPlanItem } from "./create-plan-item/create-plan-item.service.js";
import { listPlan, overduePlanItems, planHistory } from "./plan.queries.js";
import { removePlanItem } from "./remove-plan-item/remove-plan-item.service.js";
import { updatePlanItem } from "./update-plan-item/update-plan-item.service.js";

/** A project's actions and milestones. */
export const planRouter = router({
  list: authedProcedure
    .input(projectPlanInput)
    .query(async ({ ctx, input }) => unwrap(await listPlan(ctx, ctx.user, input.projectId))),
  history: authedProcedure
    .input(projectPlanInput)
    .query(async ({ ctx, input }) => unwrap(await planHistory(ctx, ctx.user, input.projectId))),
  overdue: authedProcedure
    .input(overduePlanItemsInput)
    .query(async ({ ctx, input }) => unwrap(await overduePlanItems(ctx, ctx.user, input))),
  create: authedProcedure
    .input(createPlanItemInput)
    .mutation(async ({ ctx, input }) => unwrap(await createPlanItem(ctx, ctx.user, input))),
  update: authedProcedure
    .input(updatePlanItemInput)
    .mutation(async ({ ctx, input }) => unwrap(await updatePlanItem(ctx, ctx.user, input))),
  remove: authedProcedure
    .input(removePlanItemInput)
    .mutation(async ({ ctx, input }) => unwrap(await removePlanItem(ctx, ctx.user, input))),
});
