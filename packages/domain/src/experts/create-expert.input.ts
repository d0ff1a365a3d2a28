import { z } from "zod";
import { isValidSiret } from "../partners/organisation.schema.js";
import { idSchema, nonEmptyText, versionSchema } from "../shared/common.schema.js";
import { expertKindSchema } from "./expert.schema.js";
import { euroAmountInput } from "./quantities.schema.js";
import { normalizeSkills } from "./skills.rules.js";

const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `${what} ne doit pas dépasser ${max} caractères.` });

/** Optional, but a number that is given must be a real one: the spaces people type are dropped first. */
export const optionalSiretInput = z
  .string()
  .transform((value) => value.replace(/\s/g, ""))
  .refine((value) => value === "" || isValidSiret(value), {
    error: "Numéro SIRET invalide : 14 chiffres dont la clé de contrôle est juste.",
  })
  .transform((value) => (value === "" ? null : value))
  .nullable();

export const skillsInput = z
  .array(z.string().max(80, { error: "Une compétence ne doit pas dépasser 80 caractères." }), {
    error: "Liste de compétences attendue.",
  })
  .max(30, { error: "30 compétences au plus." })
  .transform(normalizeSkills);

/** Empty means none; otherwise a full address, so a mail to it can be written from the page. */
export const optionalEmailInput = z.union([
  z.literal(""),
  z
    .string()
    .trim()
    .pipe(z.email({ error: "Adresse électronique invalide : par exemple prenom.nom@exemple.fr." })),
]);

export const optionalPhoneInput = z
  .string()
  .trim()
  .refine((value) => value === "" || (/^\+?[\d\s.()-]+$/.test(value) && value.replace(/\D/g, "").length >= 6), {
    error: "Numéro de téléphone invalide : des chiffres, par exemple 01 23 45 67 89 ou +33 1 23 45 67 89.",
  })
  .pipe(z.string().max(30, { error: "Le numéro de téléphone ne doit pas dépasser 30 caractères." }));

/** http and https only: a link shown to officers must never be a javascript: or file: address. */
export const optionalWebsiteInput = z.union([
  z.literal(""),
  z
    .string()
    .trim()
    .max(500, { error: "L'adresse du site ne doit pas dépasser 500 caractères." })
    .pipe(
      z.url({
        protocol: /^https?$/,
        hostname: z.regexes.domain,
        error: "Adresse de site invalide : elle commence par http:// ou https://, par exemple https://exemple.fr.",
      }),
    ),
]);

const expertFields = {
  name: nonEmptyText(200),
  kind: expertKindSchema,
  siret: optionalSiretInput,
  skills: skillsInput,
  /** Entered in euros (HT), stored in cents; "" or null means not known. */
  dailyRate: euroAmountInput.nullable(),
  rateNote: optionalText(500, "La précision sur les tarifs"),
  contactName: optionalText(200, "Le nom du contact"),
  contactEmail: optionalEmailInput,
  contactPhone: optionalPhoneInput,
  website: optionalWebsiteInput,
  notes: optionalText(5000, "Les notes"),
  active: z.boolean({ error: "Oui ou non attendu." }),
};

export const createExpertInput = z.object({
  ...expertFields,
  siret: expertFields.siret.optional(),
  skills: expertFields.skills.optional(),
  dailyRate: expertFields.dailyRate.optional(),
  rateNote: expertFields.rateNote.optional(),
  contactName: expertFields.contactName.optional(),
  contactEmail: expertFields.contactEmail.optional(),
  contactPhone: expertFields.contactPhone.optional(),
  website: expertFields.website.optional(),
  notes: expertFields.notes.optional(),
  active: expertFields.active.optional(),
});
export type CreateExpertInput = z.infer<typeof createExpertInput>;

/** Only what the person changed; no defaults, so a field left out is never reset. */
export const updateExpertInput = z.object(expertFields).partial().extend({ id: idSchema, version: versionSchema });
export type UpdateExpertInput = z.infer<typeof updateExpertInput>;
