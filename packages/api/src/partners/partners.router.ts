import { z } from "zod";
import { createOrganisationInput, listOrganisationsInput, updateOrganisationInput } from "@cvv/domain/partners";
import { unwrap } from "../shared/errors.js";
import { authedProcedure, router } from "../trpc.js";
import { getPartner, listPartners, partnerHistory } from "./partners.queries.js";
import { createPartner, updatePartner } from "./save-partner/save-partner.service.js";

const byId = z.object({ id: z.uuid({ error: "Identifiant invalide." }) });

/** The programme's partners: chambers, associations, AMO, businesses, communes' services. */
export const partnersRouter = router({
  list: authedProcedure
    .input(listOrganisationsInput)
    .query(async ({ ctx, input }) => unwrap(await listPartners(ctx, ctx.user, input ?? {}))),
  get: authedProcedure.input(byId).query(async ({ ctx, input }) => unwrap(await getPartner(ctx, ctx.user, input.id))),
  history: authedProcedure
    .input(byId)
    .query(async ({ ctx, input }) => unwrap(await partnerHistory(ctx, ctx.user, input.id))),
  create: authedProcedure
    .input(createOrganisationInput)
    .mutation(async ({ ctx, input }) => unwrap(await createPartner(ctx, ctx.user, input))),
  update: authedProcedure
    .input(updateOrganisationInput)
    .mutation(async ({ ctx, input }) => unwrap(await updatePartner(ctx, ctx.user, input))),
});
