import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { publicProjectsRepository, publicPublicationsRepository } from "@cvv/db";
import { slugSchema } from "@cvv/domain/shared";
import { renderMarkdown } from "../shared/markdown.js";
import { portalProcedure } from "../trpc.js";
import {
  PUBLICATIONS_PAGE_SIZE,
  publicPublicationPageSchema,
  publicPublicationSchema,
  publicPublicationsInput,
} from "./public-publications.schema.js";

/**
 * News, initiatives, resources and thematic content public at this moment, latest first: a
 * scheduled one appears at its date, drafts, reviews and archives never.
 */
export const publicationsProcedure = portalProcedure
  .input(publicPublicationsInput)
  .output(publicPublicationPageSchema)
  .query(async ({ ctx, input = {} }) => {
    const page = input.page ?? 1;
    const { items, total } = await publicPublicationsRepository(ctx.db).list(
      ctx.now(),
      { kinds: input.kind ? [input.kind] : undefined, tag: input.tag, communeInseeCode: input.communeInseeCode },
      { skip: (page - 1) * PUBLICATIONS_PAGE_SIZE, take: PUBLICATIONS_PAGE_SIZE },
    );
    return {
      items,
      total,
      page,
      pageSize: PUBLICATIONS_PAGE_SIZE,
      pageCount: Math.ceil(total / PUBLICATIONS_PAGE_SIZE),
    };
  });

/** One publication, its body rendered and sanitised; an archived one stays readable, marked as such. */
export const publicationProcedure = portalProcedure
  .input(z.object({ slug: slugSchema }))
  .output(publicPublicationSchema)
  .query(async ({ ctx, input }) => {
    const publication = await publicPublicationsRepository(ctx.db).findBySlug(input.slug, ctx.now());
    if (!publication) throw new TRPCError({ code: "NOT_FOUND", message: "Publication introuvable." });
    const { body, images, ...rest } = publication;
    const projects = publicProjectsRepository(ctx.db);
    const communes = await Promise.all(
      publication.communes.map(async (c) => ({ ...c, hasPage: await projects.communeHasProjects(c.inseeCode) })),
    );
    return {
      ...rest,
      communes,
      bodyHtml: renderMarkdown(body),
      images: images.map((i) => ({ url: `/api/images/${i.id}`, alt: i.alt, caption: i.caption })),
    };
  });
