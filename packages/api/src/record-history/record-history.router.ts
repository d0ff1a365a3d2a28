import { z } from "zod";
import { unwrap } from "../shared/errors.js";
import { authedProcedure, router } from "../trpc.js";
import { historyEntities, recordHistory } from "./record-history.service.js";

export const recordHistoryRouter = router({
  record: authedProcedure
    .input(
      z.object({
        entity: z.enum(historyEntities, { error: "Type d'enregistrement inconnu." }),
        entityId: z.uuid({ error: "Identifiant invalide." }),
      }),
    )
    .query(async ({ ctx, input }) => unwrap(await recordHistory(ctx, ctx.user, input))),
});
