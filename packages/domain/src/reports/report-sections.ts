/** The officers' narrative sections every new report starts with, in reading order. */
export const defaultReportSections = [
  { key: "introduction", title: "Introduction" },
  { key: "faits-marquants", title: "Faits marquants de l'année" },
  { key: "artisanat", title: "Artisanat et métiers d'avenir : le mot de l'équipe" },
  { key: "perspectives", title: "Perspectives" },
] as const;

export type ReportSectionKey = (typeof defaultReportSections)[number]["key"];

/** The project themes the crafts section gathers: crafts and the trades of the future. */
export const craftThemes = [
  "artisanat",
  "metiers_d_art",
  "economie_de_la_reparation",
  "seconde_main",
  "production_locale",
] as const;

/** Publication tags (compared without accents or case) that put a publication in the crafts section. */
export const craftTags = [
  "artisanat",
  "artisan",
  "metiers d'art",
  "metiers d'avenir",
  "seconde main",
  "reparation",
  "economie de la reparation",
  "production locale",
  "reemploi",
] as const;

export function defaultReportTitle(year: number, programmeName: string): string {
  return `Bilan annuel ${year} — ${programmeName}`;
}
