import { z } from "zod";
import { inseeCodeSchema } from "@cvv/domain/communes";
import { publicationKindSchema } from "@cvv/domain/publications";
import { publicProjectLinkSchema } from "./public-events.schema.js";

/** Publications per page of the list. */
export const PUBLICATIONS_PAGE_SIZE = 12;

export const publicPublicationsInput = z
  .object({
    kind: publicationKindSchema.optional(),
    tag: z
      .string()
      .trim()
      .min(1, { error: "Étiquette vide." })
      .max(40, { error: "Une étiquette ne dépasse pas 40 caractères." })
      .optional(),
    communeInseeCode: inseeCodeSchema.optional(),
    page: z.number().int().min(1, { error: "Les pages sont numérotées à partir de 1." }).max(1000).optional(),
  })
  .optional();
export type PublicPublicationsInput = z.infer<typeof publicPublicationsInput>;

export const publicPublicationSummarySchema = z.object({
  slug: z.string(),
  kind: publicationKindSchema,
  title: z.string(),
  summary: z.string(),
  tags: z.array(z.string()),
  publishedAt: z.iso.datetime(),
});

export const publicPublicationPageSchema = z.object({
  items: z.array(publicPublicationSummarySchema),
  total: z.number().int().nonnegative(),
  page: z.number().int().positive(),
  pageSize: z.number().int().positive(),
  pageCount: z.number().int().nonnegative(),
});

export const publicPublicationSchema = publicPublicationSummarySchema.extend({
  /** The body rendered from Markdown and sanitised: the page inserts it as is. */
  bodyHtml: z.string(),
  /** Archived: no longer listed, still readable at its address, shown with a notice. */
  archived: z.boolean(),
  updatedAt: z.iso.datetime(),
  /** hasPage: the commune has a page on the portal (a public project), so the page links it only then. */
  communes: z.array(z.object({ inseeCode: z.string(), name: z.string(), hasPage: z.boolean() })),
  projects: z.array(publicProjectLinkSchema),
  /** Images with their text alternative, served by /api/images/:id while the publication is readable. */
  images: z.array(z.object({ url: z.string(), alt: z.string(), caption: z.string() })),
});
