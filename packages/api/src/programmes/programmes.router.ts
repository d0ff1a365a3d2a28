import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { editionsRepository, programmesRepository } from "@cvv/db";
import { createProgrammeInput, updateProgrammeInput } from "@cvv/domain/programmes";
import { can } from "@cvv/domain/permissions";
import { authedProcedure, router } from "../trpc.js";
import { messages, unwrap } from "../shared/errors.js";
import { createProgramme, updateProgramme } from "./create-programme/create-programme.service.js";

export const programmesRouter = router({
  list: authedProcedure.query(async ({ ctx }) => {
    if (!can(ctx.user, "programme.read")) throw new TRPCError({ code: "FORBIDDEN", message: messages.forbidden });
    return programmesRepository(ctx.db).list();
  }),
  get: authedProcedure.input(z.object({ id: z.uuid({ error: "Identifiant invalide." }) })).query(async ({ ctx, input }) => {
    if (!can(ctx.user, "programme.read")) throw new TRPCError({ code: "FORBIDDEN", message: messages.forbidden });
    const programme = await programmesRepository(ctx.db).find(input.id);
    if (!programme) throw new TRPCError({ code: "NOT_FOUND", message: "Programme introuvable." });
    return { ...programme, editions: await editionsRepository(ctx.db).listByProgramme(programme.id) };
  }),
  create: authedProcedure
    .input(createProgrammeInput)
    .mutation(async ({ ctx, input }) => unwrap(await createProgramme(ctx, ctx.user, input))),
  update: authedProcedure
    .input(updateProgrammeInput)
    .mutation(async ({ ctx, input }) => unwrap(await updateProgramme(ctx, ctx.user, input))),
});
