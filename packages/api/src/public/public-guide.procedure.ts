import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { guideRepository } from "@cvv/db";
import { slugSchema } from "@cvv/domain/shared";
import { renderMarkdown } from "../shared/markdown.js";
import { portalProcedure } from "../trpc.js";
import { publicGuideChapterSchema, publicGuideSchema } from "./public-guide.schema.js";

/** The « Guide du commerce responsable »: published chapters only, in reading order. */
export const guideProcedure = portalProcedure.output(publicGuideSchema).query(async ({ ctx }) => {
  const chapters = await guideRepository(ctx.db).publishedChapters();
  return {
    chapters: chapters.map((c) => ({
      slug: c.slug,
      position: c.position,
      title: c.title,
      summary: c.summary,
      bodyHtml: renderMarkdown(c.body),
    })),
  };
});

/** One published chapter with its neighbours for the reading order; drafts are not found. */
export const guideChapterProcedure = portalProcedure
  .input(z.object({ slug: slugSchema }))
  .output(publicGuideChapterSchema)
  .query(async ({ ctx, input }) => {
    const chapters = await guideRepository(ctx.db).publishedChapters();
    const index = chapters.findIndex((c) => c.slug === input.slug);
    const chapter = chapters[index];
    if (!chapter) throw new TRPCError({ code: "NOT_FOUND", message: "Chapitre du guide introuvable." });
    const link = (c: (typeof chapters)[number] | undefined) => (c ? { slug: c.slug, title: c.title } : null);
    return {
      slug: chapter.slug,
      position: chapter.position,
      title: chapter.title,
      summary: chapter.summary,
      bodyHtml: renderMarkdown(chapter.body),
      publishedAt: chapter.publishedAt,
      previous: link(chapters[index - 1]),
      next: link(chapters[index + 1]),
    };
  });
