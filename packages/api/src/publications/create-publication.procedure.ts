import { unwrap } from "../shared/errors.js";
import { authedProcedure } from "../trpc.js";
import { createAdminPublicationInput } from "./publications.input.js";
import { createPublication } from "./publications.service.js";

export const createPublicationProcedure = authedProcedure
  .input(createAdminPublicationInput)
  .mutation(async ({ ctx, input }) => unwrap(await createPublication(ctx, ctx.user, input)));
