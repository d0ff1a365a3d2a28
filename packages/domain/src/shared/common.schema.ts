import { z } from "zod";

export const idSchema = z.uuid({ error: "Identifiant invalide." });

/** A calendar date without time, as users type it and as the law counts deadlines. */
export const isoDateSchema = z.iso.date({ error: "Date invalide : format attendu AAAA-MM-JJ." });

export const versionSchema = z.number().int().nonnegative();

export const nonEmptyText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: "Ce champ est obligatoire." })
    .max(max, { error: `Ce champ ne doit pas dépasser ${max} caractères.` });

export const slugSchema = z
  .string()
  .trim()
  .min(2, { error: "L'adresse courte doit comporter au moins 2 caractères." })
  .max(80, { error: "L'adresse courte ne doit pas dépasser 80 caractères." })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: "L'adresse courte ne peut contenir que des lettres minuscules sans accent, des chiffres et des tirets.",
  });

/** Lowercase, accents stripped, words joined by dashes: used to propose a slug from a name. */
export function slugify(text: string): string {
  return text
    .replace(/œ/g, "oe")
    .replace(/Œ/g, "Oe")
    .replace(/æ/g, "ae")
    .replace(/Æ/g, "Ae")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "-")
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 80)
    .replace(/^-+|-+$/g, "");
}
