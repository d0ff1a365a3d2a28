import { z } from "zod";
import { nonEmptyText } from "../shared/common.schema.js";

export const organisationKinds = [
  "chamber",
  "association",
  "public_body",
  "amo",
  "company",
  "commune_service",
] as const;

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

export const sirenSchema = z
  .string()
  .transform((v) => v.replace(/\s/g, ""))
  .refine(isValidSiren, { error: "Numéro SIREN invalide : 9 chiffres dont la clé de contrôle est juste." });

export const siretSchema = z
  .string()
  .transform((v) => v.replace(/\s/g, ""))
  .refine(isValidSiret, { error: "Numéro SIRET invalide : 14 chiffres dont la clé de contrôle est juste." });

export const rnaSchema = z
  .string()
  .trim()
  .regex(/^W\d{9}$/, { error: "Numéro RNA invalide : la lettre W suivie de 9 chiffres." });

export const organisationInput = z.object({
  name: nonEmptyText(200),
  kind: z.enum(organisationKinds),
  siren: sirenSchema.nullable().optional(),
  rna: rnaSchema.nullable().optional(),
});
export type OrganisationInput = z.infer<typeof organisationInput>;
