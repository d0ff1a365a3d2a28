import { openDataRepository, type OpenValueCursor, type OpenValueFilter } from "@cvv/db";
import type { Context } from "../shared/context.js";
import type { OpenDataFilter, OpenDataset, OpenField } from "./open-data.js";

export const openIndicatorValueFields = [
  { name: "code_indicateur", type: "string", description: "Code stable de l'indicateur." },
  { name: "indicateur", type: "string", description: "Nom de l'indicateur." },
  { name: "unite", type: "string", description: "Unité de la valeur (nombre, %, €…)." },
  { name: "code_insee", type: "string", description: "Code INSEE de la commune (5 caractères)." },
  { name: "commune", type: "string", description: "Nom de la commune." },
  {
    name: "periode",
    type: "string",
    description: "Période mesurée : 2025 pour une année, 2025-T1 pour un trimestre, 2025-03 pour un mois.",
  },
  { name: "valeur", type: "number", description: "Valeur approuvée, point décimal (virgule dans la variante Excel)." },
  { name: "publie_le", type: "datetime", description: "Date et heure de la première publication (ISO 8601, UTC)." },
  {
    name: "corrige_le",
    type: "datetime",
    description: "Date et heure de la dernière correction approuvée (ISO 8601, UTC) ; vide si jamais corrigée.",
  },
] as const satisfies readonly OpenField[];

/** The communes whose figures are public (a project in a non-draft programme), under the filter; null when none. */
async function valueFilter(ctx: Context, filter: OpenDataFilter): Promise<OpenValueFilter | null> {
  const publicCommunes = await openDataRepository(ctx.db).publicCommuneCodes();
  const communes = filter.commune === undefined ? publicCommunes : publicCommunes.filter((c) => c === filter.commune);
  if (communes.length === 0) return null;
  return {
    communes,
    ...(filter.indicateur !== undefined ? { indicatorCode: filter.indicateur } : {}),
    ...(filter.annee !== undefined ? { year: filter.annee } : {}),
  };
}

/** Rows per database read: a page of 5,000 is a few hundred kilobytes of CSV. */
export const VALUES_PAGE = 5000;

/**
 * The approved figures of public indicators, as the portal's commune pages show them: never a
 * confidential value, never one awaiting review (a corrected figure shows its last approved
 * version until the correction is approved).
 */
export const openIndicatorValuesDataset: OpenDataset = {
  id: "valeurs-indicateurs",
  title: "Valeurs des indicateurs des communes",
  description:
    "Les valeurs approuvées et publiées des indicateurs publics, par commune et par période. Les valeurs confidentielles et celles en attente de relecture n'y figurent pas.",
  fields: openIndicatorValueFields,
  filters: {
    commune: "Code INSEE de la commune.",
    annee: "Année de la période (2025 retient 2025, 2025-T1… 2025-12).",
    indicateur: "Code de l'indicateur.",
  },
  // The values themselves are stamped under the file's filter: a million rows are not counted
  // for the file of one commune.
  tables: ["IndicatorDefinition", "Project", "Programme"],
  async stamp(ctx, filter) {
    const selection = await valueFilter(ctx, filter);
    return selection ? openDataRepository(ctx.db).valuesStamp(selection) : { count: 0, lastModified: null };
  },
  async *rows(ctx, filter) {
    const repository = openDataRepository(ctx.db);
    const selection = await valueFilter(ctx, filter);
    if (!selection) return;
    let after: OpenValueCursor | null = null;
    for (;;) {
      const page = await repository.valuesPage(selection, after, VALUES_PAGE);
      if (page.length > 0) {
        yield page.map((v) => ({
          code_indicateur: v.indicatorCode,
          indicateur: v.indicatorName,
          unite: v.unit,
          code_insee: v.communeInseeCode,
          commune: v.communeName,
          periode: v.period,
          valeur: v.value,
          publie_le: v.publishedAt,
          corrige_le: v.correctedAt,
        }));
      }
      if (page.length < VALUES_PAGE) return;
      const last = page.at(-1)!;
      after = { indicatorId: last.indicatorId, communeInseeCode: last.communeInseeCode, period: last.period };
    }
  },
};
