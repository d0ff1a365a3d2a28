import { openDataRepository } from "@cvv/db";
import { scdlSubventionsColumns, toScdlSubvention } from "@cvv/domain/funding";
import type { OpenDataset, OpenField } from "./open-data.js";

/** The SCDL "subventions" 2.0 columns, in its order and under its own names. */
export const openGrantFields = [
  { name: "nomAttribuant", type: "string", description: "Nom de l'attribuant (le financeur)." },
  { name: "idAttribuant", type: "string", description: "SIRET de l'attribuant (14 chiffres)." },
  { name: "dateConvention", type: "date", description: "Date de la convention (AAAA-MM-JJ)." },
  {
    name: "referenceDecision",
    type: "string",
    description: "Référence de la décision d'attribution ; vide si aucune.",
  },
  { name: "nomBeneficiaire", type: "string", description: "Nom du bénéficiaire." },
  { name: "idBeneficiaire", type: "string", description: "SIRET du bénéficiaire (14 chiffres)." },
  { name: "objet", type: "string", description: "Objet de la subvention (256 caractères au plus)." },
  {
    name: "montant",
    type: "number",
    description: "Montant en euros, point décimal, deux décimales (virgule dans la variante Excel).",
  },
  {
    name: "nature",
    type: "string",
    description: "« aide en numéraire », « aide en nature », ou les deux séparées par « ; ».",
  },
  {
    name: "conditionsVersement",
    type: "string",
    description: "« unique », « échelonné », ou la description des conditions particulières.",
  },
  {
    name: "datesPeriodeVersement",
    type: "string",
    description: "Date du versement unique, ou période du premier au dernier versement (AAAA-MM-JJ/AAAA-MM-JJ).",
  },
  { name: "idRAE", type: "string", description: "Identifiant au registre des aides d'État ; vide si aucun." },
  {
    name: "notificationUE",
    type: "string",
    description: "« oui » si l'aide a été notifiée à la Commission européenne, sinon « non ».",
  },
  {
    name: "pourcentageSubvention",
    type: "number",
    description: "Part de la dépense subventionnée, entre 0,01 et 1 (point décimal ; virgule dans la variante Excel).",
  },
] as const satisfies readonly OpenField[];

/**
 * The grants of public projects in the national SCDL "subventions" schema, with the very mapping
 * of the officers' export: values stay the schema's text ("47800.20"), in JSON as in CSV. Grants
 * carry no confidentiality flag; a grant of a project whose programme is still a draft is left
 * out, like the project itself.
 */
export const openGrantsDataset: OpenDataset = {
  id: "subventions",
  title: "Subventions attribuées (SCDL)",
  description:
    "Les subventions accordées aux projets publiés, au format national du socle commun des données locales (SCDL) « subventions », version 2.0.",
  fields: openGrantFields,
  filters: {
    commune: "Code INSEE de la commune du projet subventionné.",
    programme: "Identifiant (slug) du programme du projet.",
    annee: "Année de la convention.",
  },
  tables: ["Grant", "GrantPayment", "GrantInstalment", "Project", "Programme"],
  async *rows(ctx, filter) {
    const grants = await openDataRepository(ctx.db).grants({
      ...(filter.commune !== undefined ? { communeInseeCode: filter.commune } : {}),
      ...(filter.programme !== undefined ? { programmeSlug: filter.programme } : {}),
      ...(filter.annee !== undefined ? { year: filter.annee } : {}),
    });
    yield grants.map((grant) => {
      const row = toScdlSubvention(grant);
      return Object.fromEntries(scdlSubventionsColumns.map((column) => [column, row[column]]));
    });
  },
};
