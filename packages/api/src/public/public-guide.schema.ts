import { z } from "zod";

export const publicGuideChapterSummarySchema = z.object({
  slug: z.string(),
  position: z.number().int(),
  title: z.string(),
  summary: z.string(),
});

export const publicGuideSchema = z.object({
  chapters: z.array(publicGuideChapterSummarySchema.extend({ bodyHtml: z.string() })),
});

export const publicGuideChapterSchema = publicGuideChapterSummarySchema.extend({
  /** Rendered from Markdown and sanitised: the page inserts it as is. */
  bodyHtml: z.string(),
  publishedAt: z.iso.datetime().nullable(),
  previous: z.object({ slug: z.string(), title: z.string() }).nullable(),
  next: z.object({ slug: z.string(), title: z.string() }).nullable(),
});
