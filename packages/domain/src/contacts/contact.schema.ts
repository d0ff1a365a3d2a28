import { z } from "zod";
import { idSchema, isoDateSchema, nonEmptyText, versionSchema } from "../shared/common.schema.js";

export const legalBases = ["consent", "legitimate_interest", "public_task", "contract"] as const;
export const legalBasisSchema = z.enum(legalBases, {
  error: "Base légale inconnue : consentement, intérêt légitime, mission d'intérêt public ou contrat.",
});
export type LegalBasis = z.infer<typeof legalBasisSchema>;

/** A person the officers work with, as the API returns it to officers (never to the portal). */
export type Contact = {
  id: string;
  organisationId: string | null;
  organisationName: string | null;
  firstName: string;
  lastName: string;
  jobTitle: string;
  email: string | null;
  phone: string;
  legalBasis: LegalBasis;
  /** When the information notice was given (ISO instant). */
  noticeGivenAt: string | null;
  consentAt: string | null;
  /** YYYY-MM-DD: what the three years of retention count from. */
  lastContactAt: string;
  anonymisedAt: string | null;
  notes: string;
  version: number;
};

const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `${what} ne doit pas dépasser ${max} caractères.` });

/** "" means none (stored as null), so an e-mail can be removed from a form. */
const optionalEmail = z
  .union([
    z.literal(""),
    z
      .string()
      .trim()
      .pipe(z.email({ error: "Adresse électronique invalide : par exemple prenom.nom@exemple.fr." })),
  ])
  .transform((value) => (value === "" ? null : value.toLowerCase()))
  .nullable();

const optionalPhone = z
  .string()
  .trim()
  .refine((value) => value === "" || (/^\+?[\d\s.()-]+$/.test(value) && value.replace(/\D/g, "").length >= 6), {
    error: "Numéro de téléphone invalide : des chiffres, par exemple 01 23 45 67 89 ou +33 1 23 45 67 89.",
  })
  .pipe(z.string().max(30, { error: "Le numéro de téléphone ne doit pas dépasser 30 caractères." }));

const contactFields = {
  organisationId: idSchema.nullable(),
  firstName: nonEmptyText(100),
  lastName: nonEmptyText(100),
  jobTitle: optionalText(200, "La fonction"),
  email: optionalEmail,
  phone: optionalPhone,
  legalBasis: legalBasisSchema,
  notes: optionalText(5000, "Les notes"),
};

/** The person's consent, given now: required when the legal basis is consent (see checkConsent). */
const consentInput = z.boolean({ error: "Oui ou non attendu." });

export const createContactInput = z.object({
  ...contactFields,
  organisationId: contactFields.organisationId.optional(),
  jobTitle: contactFields.jobTitle.optional(),
  email: contactFields.email.optional(),
  phone: contactFields.phone.optional(),
  notes: contactFields.notes.optional(),
  consent: consentInput.optional(),
  /** Today when left out. */
  lastContactAt: isoDateSchema.optional(),
});
export type CreateContactInput = z.infer<typeof createContactInput>;

/**
 * Only what the person changed. `lastContactAt: "today"` is the one-click "contact pris
 * aujourd'hui": the server's today in Paris, not the browser's.
 */
export const updateContactInput = z
  .object(contactFields)
  .partial()
  .extend({
    id: idSchema,
    version: versionSchema,
    consent: consentInput.optional(),
    lastContactAt: z.union([isoDateSchema, z.literal("today")]).optional(),
  });
export type UpdateContactInput = z.infer<typeof updateContactInput>;

export const listContactsInput = z
  .object({
    organisationId: idSchema.optional(),
    q: optionalText(200, "La recherche").optional(),
  })
  .optional();
export type ListContactsInput = NonNullable<z.infer<typeof listContactsInput>>;

/** The right to erasure: the reason is kept in the history, the person's data is not. */
export const eraseContactInput = z.object({
  id: idSchema,
  version: versionSchema,
  reason: z
    .string()
    .trim()
    .min(1, { error: "Indiquez le motif de l'effacement (par exemple : demande de la personne du 12 mars)." })
    .max(500, { error: "Le motif ne doit pas dépasser 500 caractères." }),
});
export type EraseContactInput = z.infer<typeof eraseContactInput>;
