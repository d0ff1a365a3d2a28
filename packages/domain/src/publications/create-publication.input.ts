import { z } from "zod";
import { inseeCodeSchema } from "../communes/commune.schema.js";
import { dateTimeSchema } from "../governance/meeting.schema.js";
import { idSchema, nonEmptyText, slugSchema, versionSchema } from "../shared/common.schema.js";
import { publicationKindSchema, publicationStatusSchema, publicationTagSchema } from "./publication.schema.js";
import { checkPublicationSchedule, normalizeTags } from "./publication.rules.js";

const publicationFields = {
  slug: slugSchema,
  kind: publicationKindSchema,
  title: nonEmptyText(200),
  summary: z.string().trim().max(500, { error: "Le résumé ne doit pas dépasser 500 caractères." }),
  body: z.string().trim().max(50000, { error: "Le texte ne doit pas dépasser 50 000 caractères." }),
  tags: z
    .array(publicationTagSchema)
    .max(12, { error: "12 étiquettes au plus." })
    .transform((tags) => normalizeTags(tags)),
  status: publicationStatusSchema,
  publishAt: dateTimeSchema.nullable(),
  communeInseeCodes: z.array(inseeCodeSchema).max(150, { error: "150 communes liées au plus." }),
  projectIds: z.array(idSchema).max(50, { error: "50 projets liés au plus." }),
};

/** A new publication, a draft unless told; the slug is proposed from the title when left out. */
export const createPublicationInput = z
  .object(publicationFields)
  .partial({
    slug: true,
    summary: true,
    body: true,
    tags: true,
    status: true,
    publishAt: true,
    communeInseeCodes: true,
    projectIds: true,
  })
  .superRefine((value, ctx) => {
    const schedule = checkPublicationSchedule(value.status ?? "draft", value.publishAt);
    if (!schedule.ok) ctx.addIssue({ code: "custom", message: schedule.error.message, path: ["publishAt"] });
  });
export type CreatePublicationInput = z.infer<typeof createPublicationInput>;

/** Only the fields sent change; no defaults. The service checks the schedule of the stored result. */
export const updatePublicationInput = z
  .object(publicationFields)
  .partial()
  .extend({ id: idSchema, version: versionSchema });
export type UpdatePublicationInput = z.infer<typeof updatePublicationInput>;
