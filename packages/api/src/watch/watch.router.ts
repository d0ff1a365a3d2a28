import { z } from "zod";
import {
  convertWatchItemInput,
  createWatchSourceInput,
  deleteWatchSourceInput,
  listWatchItemsInput,
  rateWatchItemInput,
  updateWatchSourceInput,
} from "@cvv/domain/watch";
import { unwrap } from "../shared/errors.js";
import { authedProcedure, router } from "../trpc.js";
import { convertWatchItem } from "./convert-item/convert-item.service.js";
import { fetchNow } from "./fetch-source/fetch-now.service.js";
import { rateWatchItem } from "./rate-item/rate-item.service.js";
import { createWatchSource, deleteWatchSource, updateWatchSource } from "./save-source/save-source.service.js";
import { listWatchItems, listWatchSources } from "./watch.queries.js";

const byId = z.object({ id: z.uuid({ error: "Identifiant invalide." }) });

/** The veille: watched feeds, fetched on a schedule or on demand, and their items to review. */
export const watchRouter = router({
  sources: authedProcedure.query(async ({ ctx }) => unwrap(await listWatchSources(ctx, ctx.user))),
  createSource: authedProcedure
    .input(createWatchSourceInput)
    .mutation(async ({ ctx, input }) => unwrap(await createWatchSource(ctx, ctx.user, input))),
  updateSource: authedProcedure
    .input(updateWatchSourceInput)
    .mutation(async ({ ctx, input }) => unwrap(await updateWatchSource(ctx, ctx.user, input))),
  deleteSource: authedProcedure
    .input(deleteWatchSourceInput)
    .mutation(async ({ ctx, input }) => unwrap(await deleteWatchSource(ctx, ctx.user, input))),
  fetchNow: authedProcedure
    .input(byId)
    .mutation(async ({ ctx, input }) => unwrap(await fetchNow(ctx, ctx.user, input.id))),
  items: authedProcedure
    .input(listWatchItemsInput)
    .query(async ({ ctx, input }) => unwrap(await listWatchItems(ctx, ctx.user, input ?? {}))),
  rateItem: authedProcedure
    .input(rateWatchItemInput)
    .mutation(async ({ ctx, input }) => unwrap(await rateWatchItem(ctx, ctx.user, input))),
  convertToDraft: authedProcedure
    .input(convertWatchItemInput)
    .mutation(async ({ ctx, input }) => unwrap(await convertWatchItem(ctx, ctx.user, input))),
});
