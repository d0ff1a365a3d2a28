import { z } from "zod";
export { projectThemeLabels } from "../labels/index.js";

/**
 * What a town-centre project works on, in the words of the programme's calls for applications.
 * The same list tags applications and the projects they open, so a selected application's themes
 * carry over unchanged.
 */
export const projectThemes = [
  "commerce",
  "artisanat",
  "metiers_d_art",
  "ess",
  "economie_de_la_reparation",
  "seconde_main",
  "production_locale",
  "espace_public",
  "mobilite",
  "habitat",
  "tiers_lieux",
  "culture",
] as const;
export const projectThemeSchema = z.enum(projectThemes, { error: "Thème inconnu." });
export type ProjectTheme = z.infer<typeof projectThemeSchema>;

/**
 * Several themes, kept once each and in the list's order whatever order they were ticked in: two
 * saves of the same choice compare equal, so the history records no change that is not one.
 */
export const projectThemesSchema = z
  .array(projectThemeSchema, { error: "Liste de thèmes attendue." })
  .transform((themes) => projectThemes.filter((theme) => themes.includes(theme)));

/** The town-centre perimeter in words: streets, quarter, shopping parade. */
export const perimeterSchema = z
  .string()
  .trim()
  .max(2000, { error: "Le périmètre ne doit pas dépasser 2000 caractères." });
