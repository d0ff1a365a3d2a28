import { z } from "zod";
import {
  createGuideChapterInput,
  publishGuideChapterInput,
  reorderGuideChaptersInput,
  updateGuideChapterInput,
} from "@cvv/domain/guide";
import { unwrap } from "../shared/errors.js";
import { authedProcedure } from "../trpc.js";
import {
  createChapter,
  getChapter,
  listChapters,
  reorderChapters,
  setChapterStatus,
  updateChapter,
} from "./guide.service.js";

const byId = z.object({ id: z.uuid({ error: "Identifiant invalide." }) });

export const listChaptersProcedure = authedProcedure.query(async ({ ctx }) =>
  unwrap(await listChapters(ctx, ctx.user)),
);

export const getChapterProcedure = authedProcedure
  .input(byId)
  .query(async ({ ctx, input }) => unwrap(await getChapter(ctx, ctx.user, input.id)));

export const createChapterProcedure = authedProcedure
  .input(createGuideChapterInput)
  .mutation(async ({ ctx, input }) => unwrap(await createChapter(ctx, ctx.user, input)));

export const updateChapterProcedure = authedProcedure
  .input(updateGuideChapterInput)
  .mutation(async ({ ctx, input }) => unwrap(await updateChapter(ctx, ctx.user, input)));

export const reorderChaptersProcedure = authedProcedure
  .input(reorderGuideChaptersInput)
  .mutation(async ({ ctx, input }) => unwrap(await reorderChapters(ctx, ctx.user, input.ids)));

export const publishChapterProcedure = authedProcedure
  .input(publishGuideChapterInput)
  .mutation(async ({ ctx, input }) => unwrap(await setChapterStatus(ctx, ctx.user, input)));
