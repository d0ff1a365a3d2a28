import { z } from "zod";
import { slugSchema } from "@cvv/domain/shared";
import { unwrap } from "../shared/errors.js";
import { portalProcedure } from "../trpc.js";
import { publicProjectIndicatorsSchema } from "./public-indicator-series.schema.js";
import { publicProjectIndicators } from "./public-indicator-series.service.js";

/** A project page's indicators: the commune's published figures against the project's own targets. */
export const projectIndicatorsProcedure = portalProcedure
  .input(z.object({ slug: slugSchema }))
  .output(publicProjectIndicatorsSchema)
  .query(async ({ ctx, input }) => unwrap(await publicProjectIndicators(ctx, input.slug)));
