import { openDataRepository } from "@cvv/db";
import { projectStatusLabels, projectThemeLabels } from "@cvv/domain/labels";
import { portalUrl, type OpenDataset, type OpenField } from "./open-data.js";

export const openProjectFields = [
  {
    name: "slug",
    type: "string",
    description: "Identifiant stable du projet, tel qu'il figure dans l'adresse de sa page.",
  },
  { name: "titre", type: "string", description: "Titre du projet." },
  { name: "resume", type: "string", description: "Résumé du projet." },
  {
    name: "statut",
    type: "string",
    description: "Code de l'état d'avancement : planned, mature, committed, in_progress, completed ou abandoned.",
  },
  { name: "statut_libelle", type: "string", description: "État d'avancement en toutes lettres (« En cours »…)." },
  { name: "code_insee", type: "string", description: "Code INSEE de la commune (5 caractères)." },
  { name: "commune", type: "string", description: "Nom de la commune." },
  {
    name: "ept_siren",
    type: "string",
    description: "SIREN de l'établissement public territorial (EPT) de la commune ; vide pour Paris.",
  },
  { name: "ept", type: "string", description: "Nom de l'EPT de la commune ; vide pour Paris." },
  { name: "programme_slug", type: "string", description: "Identifiant stable du programme." },
  { name: "programme", type: "string", description: "Nom du programme." },
  {
    name: "edition",
    type: "string",
    description: "Nom de l'édition (appel à manifestation d'intérêt) ; vide si aucune.",
  },
  { name: "edition_annee", type: "integer", description: "Année de l'édition ; vide si aucune." },
  { name: "date_debut", type: "date", description: "Date de début prévue ou réelle (AAAA-MM-JJ) ; vide si inconnue." },
  { name: "date_fin", type: "date", description: "Date de fin prévue ou réelle (AAAA-MM-JJ) ; vide si inconnue." },
  {
    name: "themes",
    type: "string",
    description: "Codes des thématiques, séparés par « ; » (commerce;culture…) ; vide si aucune.",
  },
  { name: "themes_libelles", type: "string", description: "Thématiques en toutes lettres, séparées par « ; »." },
  { name: "url", type: "string", description: "Adresse de la page du projet sur le portail." },
] as const satisfies readonly OpenField[];

/** The projects of every programme past its draft, as the portal lists them. */
export const openProjectsDataset: OpenDataset = {
  id: "projets",
  title: "Projets de revitalisation des centres-villes",
  description:
    "Les projets des communes dans les programmes publiés : commune, EPT, programme, édition, état d'avancement, dates et thématiques.",
  fields: openProjectFields,
  filters: {
    commune: "Code INSEE de la commune du projet.",
    programme: "Identifiant (slug) du programme.",
    annee: "Année de l'édition du projet.",
  },
  tables: ["Project", "Programme", "Edition"],
  async *rows(ctx, filter) {
    const projects = await openDataRepository(ctx.db).projects({
      ...(filter.commune !== undefined ? { communeInseeCode: filter.commune } : {}),
      ...(filter.programme !== undefined ? { programmeSlug: filter.programme } : {}),
      ...(filter.annee !== undefined ? { year: filter.annee } : {}),
    });
    yield projects.map((p) => ({
      slug: p.slug,
      titre: p.title,
      resume: p.summary,
      statut: p.status,
      statut_libelle: projectStatusLabels[p.status],
      code_insee: p.communeInseeCode,
      commune: p.communeName,
      ept_siren: p.territorySiren,
      ept: p.territoryName,
      programme_slug: p.programmeSlug,
      programme: p.programmeName,
      edition: p.editionName,
      edition_annee: p.editionYear,
      date_debut: p.startsOn,
      date_fin: p.endsOn,
      themes: p.themes.join(";") || null,
      themes_libelles: p.themes.map((t) => projectThemeLabels[t]).join(";") || null,
      url: portalUrl(ctx, `/projets/${p.slug}`),
    }));
  },
};
