import type { Context } from "../shared/context.js";
import { OPEN_DATA_VERSION, openLicence, openProducer, portalUrl } from "./open-data.js";
import { openDatasets } from "./open-datasets.js";

/**
 * The list of datasets in the spirit of DCAT (the W3C vocabulary data.gouv.fr harvests): each
 * dataset with its licence, fields, filters and one distribution per format, with absolute URLs.
 */
export function openDataCatalogue(ctx: Context) {
  const api = portalUrl(ctx, `/api/${OPEN_DATA_VERSION}`);
  return {
    title: "Données ouvertes du programme Centres-villes vivants",
    description:
      "Projets, valeurs d'indicateurs, subventions et événements publiés sur le portail, en CSV et en JSON, sous Licence Ouverte 2.0.",
    version: OPEN_DATA_VERSION,
    publisher: openProducer,
    licence: openLicence,
    homepage: portalUrl(ctx, "/donnees"),
    documentation: portalUrl(ctx, "/donnees/api"),
    stability:
      "Les champs de la version v1 ne sont jamais supprimés ni renommés ; de nouveaux champs peuvent s'ajouter à la fin.",
    datasets: openDatasets.map((dataset) => ({
      identifier: dataset.id,
      title: dataset.title,
      description: dataset.description,
      licence: openLicence,
      publisher: openProducer,
      fields: dataset.fields.map(({ name, type, description }) => ({ name, type, description })),
      filters: Object.entries(dataset.filters).map(([name, description]) => ({ name, description })),
      distributions: [
        {
          title: "CSV (séparateur « , », UTF-8)",
          format: "CSV",
          mediaType: "text/csv",
          downloadURL: `${api}/${dataset.id}.csv`,
        },
        {
          title: "CSV pour Excel (séparateur « ; », virgule décimale, UTF-8 avec BOM)",
          format: "CSV",
          mediaType: "text/csv",
          downloadURL: `${api}/${dataset.id}.csv?format=excel`,
        },
        {
          title: "JSON (métadonnées et lignes)",
          format: "JSON",
          mediaType: "application/json",
          downloadURL: `${api}/${dataset.id}.json`,
        },
      ],
    })),
  };
}

export type OpenDataCatalogue = ReturnType<typeof openDataCatalogue>;
