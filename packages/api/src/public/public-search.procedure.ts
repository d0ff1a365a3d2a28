import { z } from "zod";
import { publicSearchKinds, publicSearchRepository } from "@cvv/db";
import { searchInput, toPrefixQuery } from "@cvv/domain/search";
import { unwrap } from "../shared/errors.js";
import { portalProcedure } from "../trpc.js";

const parts = z.array(z.object({ text: z.string(), match: z.boolean() }));

export const publicSearchResultSchema = z.object({
  /** The query as understood (trimmed), for the page to echo. */
  query: z.string(),
  total: z.number(),
  counts: z.object({
    programme: z.number(),
    project: z.number(),
    commune: z.number(),
    publication: z.number(),
    event: z.number(),
  }),
  hits: z.array(
    z.object({
      kind: z.enum(publicSearchKinds),
      key: z.string(),
      title: parts,
      context: z.string(),
      snippet: parts,
      date: z.iso.datetime().nullable(),
      cancelled: z.boolean(),
    }),
  ),
});

/**
 * The portal's search box: public programmes, their projects and communes, published
 * publications and events, accents ignored, every word a prefix. Input refusals (too short, too
 * long, no word) come back as BAD_REQUEST with the domain's French message.
 */
export const searchProcedure = portalProcedure
  .input(searchInput)
  .output(publicSearchResultSchema)
  .query(async ({ ctx, input }) => {
    const query = unwrap(toPrefixQuery(input.q));
    const { hits, counts } = await publicSearchRepository(ctx.db).search(query, ctx.now());
    const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
    return { query: input.q.trim(), total, counts, hits };
  });
