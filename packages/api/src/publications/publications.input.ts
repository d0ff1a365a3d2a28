import { z } from "zod";
import { inseeCodeSchema } from "@cvv/domain/communes";
import { publicationKindSchema, publicationStatusSchema, publicationTagSchema } from "@cvv/domain/publications";
import { idSchema, nonEmptyText, slugSchema, versionSchema } from "@cvv/domain/shared";

const fields = {
  slug: slugSchema,
  kind: publicationKindSchema,
  title: nonEmptyText(200),
  summary: z.string().trim().max(500, { error: "Le résumé ne doit pas dépasser 500 caractères." }),
  // Not trimmed: the text is kept exactly as typed (sanitising happens when it is rendered).
  body: z.string().max(50000, { error: "Le texte ne doit pas dépasser 50 000 caractères." }),
  tags: z.array(publicationTagSchema).max(12, { error: "12 étiquettes au plus." }),
  communeInseeCodes: z.array(inseeCodeSchema).max(150, { error: "150 communes liées au plus." }),
  projectIds: z.array(idSchema).max(50, { error: "50 projets liés au plus." }),
};

/** A new publication is always a draft: it reaches the public only through the workflow. */
export const createAdminPublicationInput = z
  .object(fields)
  .partial({ slug: true, summary: true, body: true, tags: true, communeInseeCodes: true, projectIds: true });
export type CreateAdminPublicationInput = z.infer<typeof createAdminPublicationInput>;

/** Only the fields sent change; no defaults. Status moves go through `transition`. */
export const updateAdminPublicationInput = z.object(fields).partial().extend({ id: idSchema, version: versionSchema });
export type UpdateAdminPublicationInput = z.infer<typeof updateAdminPublicationInput>;

export const listPublicationsInput = z
  .object({
    kind: publicationKindSchema.optional(),
    status: publicationStatusSchema.optional(),
    tag: z.string().trim().max(40).optional(),
    search: z.string().trim().max(200).optional(),
  })
  .optional();

export const transitionPublicationInput = z.object({
  id: idSchema,
  version: versionSchema,
  to: publicationStatusSchema,
  publishAt: z.iso.datetime({ offset: true, error: "Date et heure invalides." }).optional(),
  comment: z.string().trim().max(2000, { error: "Le commentaire ne doit pas dépasser 2 000 caractères." }).optional(),
});
export type TransitionPublicationInput = z.infer<typeof transitionPublicationInput>;

export const restoreVersionInput = z.object({ id: idSchema, version: versionSchema, versionId: idSchema });

const altSchema = z
  .string({ error: "Le texte alternatif de l'image est obligatoire." })
  .trim()
  .min(1, {
    error:
      "Le texte alternatif de l'image est obligatoire : décrivez en quelques mots ce qu'elle montre, pour les personnes qui ne la voient pas.",
  })
  .max(300, { error: "Le texte alternatif ne doit pas dépasser 300 caractères." });
const captionSchema = z.string().trim().max(300, { error: "La légende ne doit pas dépasser 300 caractères." });

export const addImageInput = z.object({
  publicationId: idSchema,
  fileId: idSchema,
  alt: altSchema,
  caption: captionSchema.optional(),
});
export const updateImageInput = z.object({
  id: idSchema,
  alt: altSchema.optional(),
  caption: captionSchema.optional(),
});
export const removeImageInput = z.object({ id: idSchema });
export const previewInput = z.object({
  body: z.string().max(50000, { error: "Le texte ne doit pas dépasser 50 000 caractères." }),
});
