import { z } from "zod";
import { dateTimeSchema } from "../governance/meeting.schema.js";
import { idSchema, nonEmptyText, slugSchema, versionSchema } from "../shared/common.schema.js";

// Same values, same order as the Prisma enums PublicationKind and PublicationStatus.
export const publicationKinds = ["news", "initiative", "resource", "thematic"] as const;
export const publicationKindSchema = z.enum(publicationKinds, {
  error: "Type de publication inconnu : actualité, initiative, ressource ou dossier thématique.",
});
export type PublicationKind = z.infer<typeof publicationKindSchema>;

export const publicationStatuses = ["draft", "review", "scheduled", "published", "archived"] as const;
export const publicationStatusSchema = z.enum(publicationStatuses, {
  error: "Statut inconnu : brouillon, en relecture, programmée, publiée ou archivée.",
});
export type PublicationStatus = z.infer<typeof publicationStatusSchema>;

/** A tag as stored: trimmed, single-spaced, 1 to 40 characters. */
export const publicationTagSchema = z
  .string()
  .transform((tag) => tag.replace(/\s+/g, " ").trim())
  .pipe(
    z
      .string()
      .min(1, { error: "Une étiquette ne peut pas être vide." })
      .max(40, { error: "Une étiquette ne doit pas dépasser 40 caractères." }),
  );

export const publicationSchema = z.object({
  id: idSchema,
  slug: slugSchema,
  kind: publicationKindSchema,
  title: nonEmptyText(200),
  summary: z.string(),
  /** Markdown: rendered and sanitised before it reaches a page. */
  body: z.string(),
  tags: z.array(z.string()),
  status: publicationStatusSchema,
  publishAt: dateTimeSchema.nullable(),
  version: versionSchema,
});
export type Publication = z.infer<typeof publicationSchema>;
