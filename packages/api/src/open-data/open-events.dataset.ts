import { openDataRepository } from "@cvv/db";
import { eventKindLabels, eventStatusLabels } from "@cvv/domain/labels";
import { portalUrl, type OpenDataset, type OpenField } from "./open-data.js";

export const openEventFields = [
  {
    name: "slug",
    type: "string",
    description: "Identifiant stable de l'événement, tel qu'il figure dans l'adresse de sa page.",
  },
  {
    name: "type",
    type: "string",
    description: "Code du type : site_visit, workshop, meeting, meetup, assises ou fair.",
  },
  { name: "type_libelle", type: "string", description: "Type en toutes lettres (« Atelier »…)." },
  { name: "titre", type: "string", description: "Titre de l'événement." },
  { name: "resume", type: "string", description: "Résumé de l'événement." },
  { name: "debut", type: "datetime", description: "Début (ISO 8601, UTC)." },
  { name: "fin", type: "datetime", description: "Fin (ISO 8601, UTC)." },
  { name: "lieu", type: "string", description: "Nom du lieu ; vide si non précisé." },
  { name: "adresse", type: "string", description: "Adresse du lieu ; vide si non précisée." },
  { name: "code_insee", type: "string", description: "Code INSEE de la commune où il a lieu ; vide si aucune." },
  { name: "commune", type: "string", description: "Nom de cette commune ; vide si aucune." },
  { name: "programme_slug", type: "string", description: "Identifiant du programme organisateur ; vide si aucun." },
  { name: "programme", type: "string", description: "Nom du programme organisateur ; vide si aucun." },
  { name: "statut", type: "string", description: "published (publié) ou cancelled (annulé)." },
  { name: "statut_libelle", type: "string", description: "Statut en toutes lettres (« Publié », « Annulé »)." },
  {
    name: "projets",
    type: "string",
    description: "Identifiants (slug) des projets liés, séparés par « ; » ; vide si aucun.",
  },
  { name: "url", type: "string", description: "Adresse de la page de l'événement sur le portail." },
] as const satisfies readonly OpenField[];

/** The public calendar: published events, and cancelled ones marked so; never a draft. */
export const openEventsDataset: OpenDataset = {
  id: "evenements",
  title: "Événements du programme d'animation",
  description:
    "Visites, ateliers, rencontres, assises et salons publiés sur le portail, y compris ceux qui ont été annulés (signalés comme tels).",
  fields: openEventFields,
  filters: {
    commune: "Code INSEE de la commune où a lieu l'événement.",
    programme: "Identifiant (slug) du programme organisateur.",
    annee: "Année du début de l'événement (UTC).",
  },
  tables: ["Event", "EventProject", "Project", "Programme"],
  async *rows(ctx, filter) {
    const events = await openDataRepository(ctx.db).events({
      ...(filter.commune !== undefined ? { communeInseeCode: filter.commune } : {}),
      ...(filter.programme !== undefined ? { programmeSlug: filter.programme } : {}),
      ...(filter.annee !== undefined ? { year: filter.annee } : {}),
    });
    yield events.map((e) => ({
      slug: e.slug,
      type: e.kind,
      type_libelle: eventKindLabels[e.kind],
      titre: e.title,
      resume: e.summary,
      debut: e.startsAt,
      fin: e.endsAt,
      lieu: e.place || null,
      adresse: e.address || null,
      code_insee: e.communeInseeCode,
      commune: e.communeName,
      programme_slug: e.programmeSlug,
      programme: e.programmeName,
      statut: e.status,
      statut_libelle: eventStatusLabels[e.status],
      projets: e.projectSlugs.join(";") || null,
      url: portalUrl(ctx, `/evenements/${e.slug}`),
    }));
  },
};
