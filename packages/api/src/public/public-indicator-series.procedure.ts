import { z } from "zod";
import { slugSchema } from "@cvv/domain/shared";
import { unwrap } from "../shared/errors.js";
import { portalProcedure } from "../trpc.js";
import { publicIndicatorSeriesSchema } from "./public-indicator-series.schema.js";
import { publicIndicatorSeries } from "./public-indicator-series.service.js";

/** The indicators page: a programme's public indicators year by year, against its targets. */
export const indicatorSeriesProcedure = portalProcedure
  .input(z.object({ slug: slugSchema.optional() }))
  .output(publicIndicatorSeriesSchema)
  .query(async ({ ctx, input }) => unwrap(await publicIndicatorSeries(ctx, input)));
