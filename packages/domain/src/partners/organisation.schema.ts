import { z } from "zod";
import { idSchema, nonEmptyText, versionSchema } from "../shared/common.schema.js";

export const organisationKinds = [
  "chamber",
  "association",
  "public_body",
  "amo",
  "company",
  "commune_service",
] as const;
export const organisationKindSchema = z.enum(organisationKinds, {
  error:
    "Type de partenaire inconnu : chambre consulaire, association, organisme public, AMO, entreprise ou service communal.",
});
export type OrganisationKind = z.infer<typeof organisationKindSchema>;

/** Luhn checksum, which SIREN and SIRET numbers carry (La Poste's SIRETs are the known exception). */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

const LA_POSTE_SIREN = "356000000";

export function isValidSiren(value: string): boolean {
  return /^\d{9}$/.test(value) && passesLuhn(value);
}

export function isValidSiret(value: string): boolean {
  if (!/^\d{14}$/.test(value)) return false;
  if (value.startsWith(LA_POSTE_SIREN)) {
    // La Poste's establishments are numbered so that the digit sum is a multiple of 5.
    return [...value].reduce((s, d) => s + Number(d), 0) % 5 === 0;
  }
  return passesLuhn(value);
}

/** The associations' register (répertoire national des associations): W and nine digits. */
export function isValidRna(value: string): boolean {
  return /^W\d{9}$/.test(value);
}

const sirenMessage = "Numéro SIREN invalide : 9 chiffres dont la clé de contrôle est juste.";
const siretMessage = "Numéro SIRET invalide : 14 chiffres dont la clé de contrôle est juste.";
const rnaMessage = "Numéro RNA invalide : la lettre W suivie de 9 chiffres.";

export const sirenSchema = z
  .string()
  .transform((v) => v.replace(/\s/g, ""))
  .refine(isValidSiren, { error: sirenMessage });

export const siretSchema = z
  .string()
  .transform((v) => v.replace(/\s/g, ""))
  .refine(isValidSiret, { error: siretMessage });

export const rnaSchema = z
  .string()
  .trim()
  .regex(/^W\d{9}$/, { error: rnaMessage });

/** Optional identifiers: "" or null means none; a number that is given must be a real one (spaces dropped). */
const optionalIdentifier = (check: (value: string) => boolean, message: string, upper = false) =>
  z
    .string({ error: message })
    .transform((value) => {
      const compact = value.replace(/\s/g, "");
      return upper ? compact.toUpperCase() : compact;
    })
    .refine((value) => value === "" || check(value), { error: message })
    .transform((value) => (value === "" ? null : value))
    .nullable();

const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `${what} ne doit pas dépasser ${max} caractères.` });

const optionalEmail = z.union([
  z.literal(""),
  z
    .string()
    .trim()
    .pipe(z.email({ error: "Adresse électronique invalide : par exemple contact@exemple.fr." })),
]);

const optionalPhone = z
  .string()
  .trim()
  .refine((value) => value === "" || (/^\+?[\d\s.()-]+$/.test(value) && value.replace(/\D/g, "").length >= 6), {
    error: "Numéro de téléphone invalide : des chiffres, par exemple 01 23 45 67 89 ou +33 1 23 45 67 89.",
  })
  .pipe(z.string().max(30, { error: "Le numéro de téléphone ne doit pas dépasser 30 caractères." }));

/** http and https only: a link shown to officers must never be a javascript: or file: address. */
const optionalWebsite = z.union([
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

/** Free tags (artisanat, ESS, réparation…): trimmed, each once whatever its case, at most 20. */
const themesInput = z
  .array(z.string().trim().max(60, { error: "Un thème ne doit pas dépasser 60 caractères." }), {
    error: "Liste de thèmes attendue.",
  })
  .max(20, { error: "20 thèmes au plus." })
  .transform((themes) => {
    const seen = new Set<string>();
    return themes.filter((theme) => {
      const key = theme.toLocaleLowerCase("fr");
      if (theme === "" || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  });

const communeCodeInput = z
  .string()
  .trim()
  .regex(/^(\d{5}|2[AB]\d{3})$/, { error: "Code INSEE invalide : 5 caractères, par exemple 93010." })
  .nullable();

const organisationFields = {
  name: nonEmptyText(200),
  kind: organisationKindSchema,
  siren: optionalIdentifier(isValidSiren, sirenMessage),
  siret: optionalIdentifier(isValidSiret, siretMessage),
  rna: optionalIdentifier(isValidRna, rnaMessage, true),
  themes: themesInput,
  website: optionalWebsite,
  email: optionalEmail,
  phone: optionalPhone,
  address: optionalText(500, "L'adresse"),
  communeInseeCode: communeCodeInput,
  notes: optionalText(5000, "Les notes"),
};

export const createOrganisationInput = z.object({
  name: organisationFields.name,
  kind: organisationFields.kind,
  siren: organisationFields.siren.optional(),
  siret: organisationFields.siret.optional(),
  rna: organisationFields.rna.optional(),
  themes: organisationFields.themes.optional(),
  website: organisationFields.website.optional(),
  email: organisationFields.email.optional(),
  phone: organisationFields.phone.optional(),
  address: organisationFields.address.optional(),
  communeInseeCode: organisationFields.communeInseeCode.optional(),
  notes: organisationFields.notes.optional(),
});
export type CreateOrganisationInput = z.infer<typeof createOrganisationInput>;

/** Only what the person changed; no defaults, so a field left out is never reset. */
export const updateOrganisationInput = z
  .object(organisationFields)
  .partial()
  .extend({ id: idSchema, version: versionSchema });
export type UpdateOrganisationInput = z.infer<typeof updateOrganisationInput>;

export const listOrganisationsInput = z
  .object({
    kind: organisationKindSchema.optional(),
    theme: optionalText(60, "Le thème cherché").optional(),
    q: optionalText(200, "La recherche").optional(),
  })
  .optional();
export type ListOrganisationsInput = NonNullable<z.infer<typeof listOrganisationsInput>>;

/** Kept for callers that only name an organisation and its identifiers. */
export const organisationInput = z.object({
  name: nonEmptyText(200),
  kind: organisationKindSchema,
  siren: sirenSchema.nullable().optional(),
  rna: rnaSchema.nullable().optional(),
});
export type OrganisationInput = z.infer<typeof organisationInput>;

/** A partner as the API returns it. */
export type Organisation = {
  id: string;
  name: string;
  kind: OrganisationKind;
  siren: string | null;
  siret: string | null;
  rna: string | null;
  themes: string[];
  website: string;
  email: string;
  phone: string;
  address: string;
  communeInseeCode: string | null;
  notes: string;
  version: number;
};
