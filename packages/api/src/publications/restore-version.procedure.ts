import { unwrap } from "../shared/errors.js";
import { authedProcedure } from "../trpc.js";
import { restoreVersionInput } from "./publications.input.js";
import { restorePublicationVersion } from "./publications.service.js";

export const restoreVersionProcedure = authedProcedure
  .input(restoreVersionInput)
  .mutation(async ({ ctx, input }) => unwrap(await restorePublicationVersion(ctx, ctx.user, input)));
