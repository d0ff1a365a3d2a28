import type { PublicationKind, PublicationStatus } from "../publications/publication.schema.js";

/** The French names of the kinds and statuses of publications (see index.ts: no zod here). */
export const publicationKindLabels: Record<PublicationKind, string> = {
  news: "Actualité",
  initiative: "Initiative",
  resource: "Ressource",
  thematic: "Dossier thématique",
};

export const publicationStatusLabels: Record<PublicationStatus, string> = {
  draft: "Brouillon",
  review: "En relecture",
  scheduled: "Programmée",
  published: "Publiée",
  archived: "Archivée",
};

/**
 * Tags offered when writing a publication, and as the portal's filter. Others may be typed: a
 * suggestion, not a closed list. Plain strings here so the portal can show them at run time.
 */
export const publicationTagSuggestions = [
  "artisanat",
  "métiers d'art",
  "ESS",
  "réparation",
  "seconde main",
  "production locale",
  "tiers-lieux",
  "commerce",
] as const;
