import { z } from "zod";
import { SEARCH_MAX_LENGTH } from "./search-query.rules.js";

export const searchKinds = ["programme", "project", "commune", "expert", "meeting", "document"] as const;
export type SearchKind = (typeof searchKinds)[number];

export const searchInput = z.object({
  q: z
    .string({ error: "Saisissez un ou plusieurs mots à rechercher." })
    .max(SEARCH_MAX_LENGTH * 2, { error: `La recherche est limitée à ${SEARCH_MAX_LENGTH} caractères.` }),
});
export type SearchInput = z.infer<typeof searchInput>;

export const searchHitSchema = z.object({
  kind: z.enum(searchKinds),
  id: z.string(),
  title: z.string(),
  /** Where the record sits: a project's commune, a meeting's body, a document's record. */
  context: z.string(),
  /** An excerpt cut into parts, the matched words flagged, for the page to mark them. */
  snippet: z.array(z.object({ text: z.string(), match: z.boolean() })),
  /** For a document: the record it is attached to. */
  entity: z.string().nullable(),
  entityId: z.string().nullable(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;
