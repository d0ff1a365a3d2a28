import { unwrap } from "../shared/errors.js";
import { authedProcedure } from "../trpc.js";
import { updateAdminPublicationInput } from "./publications.input.js";
import { updatePublication } from "./publications.service.js";

export const updatePublicationProcedure = authedProcedure
  .input(updateAdminPublicationInput)
  .mutation(async ({ ctx, input }) => unwrap(await updatePublication(ctx, ctx.user, input)));
