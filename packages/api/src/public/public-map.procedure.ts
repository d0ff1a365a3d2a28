import { unwrap } from "../shared/errors.js";
import { portalProcedure } from "../trpc.js";
import { publicMapInput, publicMapSchema } from "./public-map.schema.js";
import { publicMap } from "./public-map.service.js";

/** The map of the métropole: participating communes by edition, a public indicator as a choropleth. */
export const mapProcedure = portalProcedure
  .input(publicMapInput)
  .output(publicMapSchema)
  .query(async ({ ctx, input }) => unwrap(await publicMap(ctx, input)));
