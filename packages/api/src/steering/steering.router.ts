import { steeringFiltersInput } from "@cvv/domain/steering";
import { unwrap } from "../shared/errors.js";
import { authedProcedure, router } from "../trpc.js";
import { steeringDashboard } from "./steering-dashboard.service.js";

export const steeringRouter = router({
  dashboard: authedProcedure
    .input(steeringFiltersInput)
    .query(async ({ ctx, input }) => unwrap(await steeringDashboard(ctx, ctx.user, input))),
});
