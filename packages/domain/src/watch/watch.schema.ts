import { z } from "zod";
import { idSchema, versionSchema } from "../shared/common.schema.js";

/** 0 (not rated yet) to 3 (very relevant): how much an item matters to the programme. */
export const watchRelevances = [0, 1, 2, 3] as const;
export type WatchRelevance = (typeof watchRelevances)[number];
export const watchRelevanceSchema = z
  .number({ error: "Pertinence attendue : un nombre de 0 à 3." })
  .int({ error: "Pertinence attendue : un nombre entier de 0 à 3." })
  .min(0, { error: "Pertinence attendue : de 0 (non évalué) à 3 (très pertinent)." })
  .max(3, { error: "Pertinence attendue : de 0 (non évalué) à 3 (très pertinent)." })
  .transform((value) => value as WatchRelevance);

// Same values, same order as the Prisma enum WatchItemStatus.
export const watchItemStatuses = ["new", "kept", "dismissed", "converted"] as const;
export const watchItemStatusSchema = z.enum(watchItemStatuses, {
  error: "Statut inconnu : à examiner, retenu, écarté ou transformé en brouillon.",
});
export type WatchItemStatus = z.infer<typeof watchItemStatusSchema>;

/** A watched feed as the API returns it; `lastError` is in French, null after a successful fetch. */
export const watchSourceSchema = z.object({
  id: idSchema,
  name: z.string(),
  url: z.string(),
  tags: z.array(z.string()),
  active: z.boolean(),
  lastFetchedAt: z.string().nullable(),
  lastError: z.string().nullable(),
  isDemo: z.boolean(),
  version: versionSchema,
});
export type WatchSource = z.infer<typeof watchSourceSchema>;

export const watchItemSchema = z.object({
  id: idSchema,
  sourceId: idSchema,
  sourceName: z.string(),
  guid: z.string(),
  title: z.string(),
  link: z.string(),
  summary: z.string(),
  publishedAt: z.string().nullable(),
  tags: z.array(z.string()),
  relevance: z.number().int().min(0).max(3),
  status: watchItemStatusSchema,
  publicationId: idSchema.nullable(),
  version: versionSchema,
});
export type WatchItem = z.infer<typeof watchItemSchema>;
