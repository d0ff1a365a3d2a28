import { z } from "zod";
import { inseeCodeSchema } from "@cvv/domain/communes";
import { idSchema } from "@cvv/domain/shared";
import { authedProcedure, router } from "../trpc.js";
import { unwrap } from "../shared/errors.js";
import { indicatorBreakdown, indicatorSeries, programmeDashboard } from "./figures.service.js";

const yearSchema = z
  .number({ error: "Année invalide." })
  .int({ error: "Année invalide." })
  .min(1900, { error: "Année invalide : au plus tôt 1900." })
  .max(2100, { error: "Année invalide : au plus tard 2100." });

export const figuresRouter = router({
  dashboard: authedProcedure
    .input(z.object({ programmeId: idSchema, year: yearSchema.optional() }))
    .query(async ({ ctx, input }) => unwrap(await programmeDashboard(ctx, ctx.user, input))),
  breakdown: authedProcedure
    .input(z.object({ programmeId: idSchema, indicatorId: idSchema, year: yearSchema }))
    .query(async ({ ctx, input }) => unwrap(await indicatorBreakdown(ctx, ctx.user, input))),
  series: authedProcedure
    .input(z.object({ programmeId: idSchema, indicatorId: idSchema, communeInseeCode: inseeCodeSchema.optional() }))
    .query(async ({ ctx, input }) => unwrap(await indicatorSeries(ctx, ctx.user, input))),
});
