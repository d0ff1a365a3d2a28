import { z } from "zod";
import { idSchema, nonEmptyText, versionSchema } from "../shared/common.schema.js";
import { normalizeWatchTags } from "./watch-tags.rules.js";
import { watchItemStatusSchema, watchRelevanceSchema } from "./watch.schema.js";

/**
 * A feed's address: http or https only. The server fetches it, so a file:, ftp: or javascript:
 * address must never get in.
 */
export const feedUrlSchema = z
  .string({ error: "Adresse du flux attendue." })
  .trim()
  .min(1, { error: "Ce champ est obligatoire." })
  .max(1000, { error: "L'adresse du flux ne doit pas dépasser 1000 caractères." })
  .pipe(
    z.url({
      protocol: /^https?$/,
      hostname: z.regexes.hostname,
      error:
        "Adresse de flux invalide : elle commence par http:// ou https://, par exemple https://exemple.fr/flux.xml.",
    }),
  );

export const watchTagsInput = z
  .array(z.string().trim().max(40, { error: "Une étiquette ne doit pas dépasser 40 caractères." }), {
    error: "Liste d'étiquettes attendue.",
  })
  .max(12, { error: "12 étiquettes au plus." })
  .transform(normalizeWatchTags);

const sourceFields = {
  name: nonEmptyText(200),
  url: feedUrlSchema,
  tags: watchTagsInput,
  active: z.boolean({ error: "Oui ou non attendu." }),
};

export const createWatchSourceInput = z.object(sourceFields).partial({ tags: true, active: true });
export type CreateWatchSourceInput = z.infer<typeof createWatchSourceInput>;

/** Only what the person changed; no defaults. */
export const updateWatchSourceInput = z.object(sourceFields).partial().extend({ id: idSchema, version: versionSchema });
export type UpdateWatchSourceInput = z.infer<typeof updateWatchSourceInput>;

export const deleteWatchSourceInput = z.object({ id: idSchema, version: versionSchema });

export const listWatchItemsInput = z
  .object({
    status: watchItemStatusSchema,
    tag: z.string().trim().max(40, { error: "Une étiquette ne doit pas dépasser 40 caractères." }),
    /** At least this relevant. */
    relevance: watchRelevanceSchema,
    sourceId: idSchema,
  })
  .partial();
export type ListWatchItemsInput = z.infer<typeof listWatchItemsInput>;

/** What an officer decides on an item: how relevant, under which tags, kept or dismissed. No defaults. */
export const rateWatchItemInput = z.object({
  id: idSchema,
  version: versionSchema,
  relevance: watchRelevanceSchema.optional(),
  tags: watchTagsInput.optional(),
  status: z.enum(["new", "kept", "dismissed"], { error: "Statut inconnu : à examiner, retenu ou écarté." }).optional(),
});
export type RateWatchItemInput = z.infer<typeof rateWatchItemInput>;

export const convertWatchItemInput = z.object({ id: idSchema, version: versionSchema });
export type ConvertWatchItemInput = z.infer<typeof convertWatchItemInput>;
