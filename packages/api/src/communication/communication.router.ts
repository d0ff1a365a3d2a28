import { z } from "zod";
import {
  createCommunicationActionInput,
  deleteCommunicationActionInput,
  listCommunicationActionsInput,
  updateCommunicationActionInput,
} from "@cvv/domain/communication";
import { unwrap } from "../shared/errors.js";
import { authedProcedure, router } from "../trpc.js";
import {
  communicationHistory,
  communicationOptions,
  getCommunicationAction,
  listCommunicationActions,
} from "./communication.queries.js";
import { deleteCommunicationAction } from "./delete-action/delete-action.service.js";
import { createCommunicationAction, updateCommunicationAction } from "./save-action/save-action.service.js";

const byId = z.object({ id: z.uuid({ error: "Identifiant invalide." }) });

/** The communication plan: officers' actions by channel and day, shown as a list or a month's calendar. */
export const communicationRouter = router({
  list: authedProcedure
    .input(listCommunicationActionsInput)
    .query(async ({ ctx, input }) => unwrap(await listCommunicationActions(ctx, ctx.user, input ?? {}))),
  get: authedProcedure
    .input(byId)
    .query(async ({ ctx, input }) => unwrap(await getCommunicationAction(ctx, ctx.user, input.id))),
  options: authedProcedure.query(async ({ ctx }) => unwrap(await communicationOptions(ctx, ctx.user))),
  history: authedProcedure
    .input(byId)
    .query(async ({ ctx, input }) => unwrap(await communicationHistory(ctx, ctx.user, input.id))),
  create: authedProcedure
    .input(createCommunicationActionInput)
    .mutation(async ({ ctx, input }) => unwrap(await createCommunicationAction(ctx, ctx.user, input))),
  update: authedProcedure
    .input(updateCommunicationActionInput)
    .mutation(async ({ ctx, input }) => unwrap(await updateCommunicationAction(ctx, ctx.user, input))),
  delete: authedProcedure
    .input(deleteCommunicationActionInput)
    .mutation(async ({ ctx, input }) => unwrap(await deleteCommunicationAction(ctx, ctx.user, input))),
});
