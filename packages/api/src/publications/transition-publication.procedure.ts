import { unwrap } from "../shared/errors.js";
import { authedProcedure } from "../trpc.js";
import { transitionPublicationInput } from "./publications.input.js";
import { transitionPublication } from "./publications.service.js";

export const transitionPublicationProcedure = authedProcedure
  .input(transitionPublicationInput)
  .mutation(async ({ ctx, input }) => unwrap(await transitionPublication(ctx, ctx.user, input)));
