import { z } from "zod";
import { createProgrammeInput, updateProgrammeInput } from "@cvv/domain/programmes";
import { authedProcedure, router } from "../trpc.js";
import { unwrap } from "../shared/errors.js";
import { createProgramme, updateProgramme } from "./create-programme/create-programme.service.js";
import { getProgramme, listProgrammes } from "./programmes.queries.js";

export const programmesRouter = router({
  list: authedProcedure.query(async ({ ctx }) => unwrap(await listProgrammes(ctx, ctx.user))),
  get: authedProcedure
    .input(z.object({ id: z.uuid({ error: "Identifiant invalide." }) }))
    .query(async ({ ctx, input }) => unwrap(await getProgramme(ctx, ctx.user, input.id))),
  create: authedProcedure
    .input(createProgrammeInput)
    .mutation(async ({ ctx, input }) => unwrap(await createProgramme(ctx, ctx.user, input))),
  update: authedProcedure
    .input(updateProgrammeInput)
    .mutation(async ({ ctx, input }) => unwrap(await updateProgramme(ctx, ctx.user, input))),
});
