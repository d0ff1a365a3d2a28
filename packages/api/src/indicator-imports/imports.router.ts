import { z } from "zod";
import { idSchema } from "@cvv/domain/shared";
import { unwrap } from "../shared/errors.js";
import { authedProcedure, router } from "../trpc.js";
import { confirmImport } from "./confirm-import/confirm-import.service.js";
import { getImport } from "./imports.queries.js";
import { startImport } from "./start-import/start-import.service.js";

const jobInput = z.object({ id: idSchema });

/** Spreadsheet imports into a campaign: start (dry run in the background), follow, confirm. */
export const importsRouter = router({
  start: authedProcedure
    .input(
      z.object({
        fileId: idSchema,
        campaignId: idSchema,
        submit: z.boolean({ error: "Indiquez par oui ou non s'il faut envoyer les valeurs en relecture." }).optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => unwrap(await startImport(ctx, ctx.user, input))),
  get: authedProcedure
    .input(jobInput)
    .query(async ({ ctx, input }) => unwrap(await getImport(ctx, ctx.user, input.id))),
  confirm: authedProcedure
    .input(jobInput)
    .mutation(async ({ ctx, input }) => unwrap(await confirmImport(ctx, ctx.user, input))),
});
