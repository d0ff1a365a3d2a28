import { z } from "zod";
import { inseeCodeSchema } from "../communes/commune.schema.js";
import { euroAmountSchema } from "../funding/money.schema.js";
import { perimeterSchema, projectThemesSchema } from "../projects/project-theme.schema.js";
import { idSchema, nonEmptyText, versionSchema } from "../shared/common.schema.js";

const longText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `${what} ne doit pas dépasser ${max.toLocaleString("fr-FR")} caractères.` });

/** Empty means "not given yet": a draft may leave it out; a full address otherwise. */
const contactEmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, { error: "Adresse électronique trop longue." })
  .refine((value) => value === "" || z.email().safeParse(value).success, {
    error: "Adresse électronique invalide : par exemple prenom.nom@mairie.fr.",
  });

/**
 * What a commune writes in its application. Only the title is needed for a draft; the rest is
 * required when it is submitted (checkSubmission), so a commune can save its work as it goes.
 */
const applicationContent = {
  title: nonEmptyText(200),
  summary: longText(2000, "Le résumé"),
  motivation: longText(10000, "La motivation"),
  themes: projectThemesSchema,
  perimeter: perimeterSchema,
  /** Entered in euros, kept in cents; null when the commune has no estimate yet. */
  estimatedBudget: euroAmountSchema("zero").nullable(),
  contactName: longText(200, "Le nom du contact"),
  contactEmail: contactEmailSchema,
};

/** `submit` sends the application at once instead of keeping a draft. */
export const createApplicationInput = z.object({
  editionId: idSchema,
  communeInseeCode: inseeCodeSchema,
  title: applicationContent.title,
  summary: applicationContent.summary.optional(),
  motivation: applicationContent.motivation.optional(),
  themes: applicationContent.themes.optional(),
  perimeter: applicationContent.perimeter.optional(),
  estimatedBudget: applicationContent.estimatedBudget.optional(),
  contactName: applicationContent.contactName.optional(),
  contactEmail: applicationContent.contactEmail.optional(),
  submit: z.boolean().optional(),
});
export type CreateApplicationInput = z.infer<typeof createApplicationInput>;

/**
 * An edit of a draft sends only what changed (no defaults), with the version the form was opened
 * on. The edition and the commune are fixed: applying elsewhere is another application.
 */
export const updateApplicationInput = z
  .object(applicationContent)
  .partial()
  .extend({ id: idSchema, version: versionSchema, submit: z.boolean().optional() });
export type UpdateApplicationInput = z.infer<typeof updateApplicationInput>;

/** Submitting or withdrawing: the application at the version the commune is looking at. */
export const applicationStepInput = z.object({ id: idSchema, version: versionSchema });
export type ApplicationStepInput = z.infer<typeof applicationStepInput>;
