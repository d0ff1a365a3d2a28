import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseOpenDataRequest } from "./open-data-request.js";
import { openDatasets } from "./open-datasets.js";

const docs = readFileSync(new URL("../../../../docs/public-api.md", import.meta.url), "utf-8");

/** The rows of the table under "#### Champs de `<id>`": field name and type. */
function documentedFields(id: string): [string, string][] {
  const lines = docs.split("\n");
  const start = lines.indexOf(`#### Champs de \`${id}\``);
  if (start < 0) return [];
  const rows: [string, string][] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith("#")) break;
    const match = /^\| `([^`]+)` +\| ([a-z]+) +\|/.exec(line);
    if (match) rows.push([match[1]!, match[2]!]);
  }
  return rows;
}

describe("docs/public-api.md", () => {
  it("lists every field of every dataset, with its type, in the order of the files", () => {
    expect(openDatasets.map((d) => d.id)).toEqual(["projets", "valeurs-indicateurs", "subventions", "evenements"]);
    for (const dataset of openDatasets) {
      expect(documentedFields(dataset.id), dataset.id).toEqual(dataset.fields.map((f) => [f.name, f.type]));
    }
  });

  it("lists every filter a dataset accepts and every endpoint", () => {
    for (const dataset of openDatasets) {
      expect(docs).toContain(`\`GET /api/v1/${dataset.id}.csv\` · \`.json\``);
      const section = docs.slice(docs.indexOf(`#### Champs de \`${dataset.id}\``));
      const filters = section.slice(section.indexOf("Filtres :"), section.indexOf("\n### "));
      for (const name of Object.keys(dataset.filters)) expect(filters, dataset.id).toContain(`- \`${name}\` :`);
    }
  });

  it("keeps the v1 field names: a rename fails here first", () => {
    // The promise of docs/public-api.md: fields are only ever added at the end.
    const v1: Record<string, string[]> = {
      projets: [
        "slug",
        "titre",
        "resume",
        "statut",
        "statut_libelle",
        "code_insee",
        "commune",
        "ept_siren",
        "ept",
        "programme_slug",
        "programme",
        "edition",
        "edition_annee",
        "date_debut",
        "date_fin",
        "themes",
        "themes_libelles",
        "url",
      ],
      "valeurs-indicateurs": [
        "code_indicateur",
        "indicateur",
        "unite",
        "code_insee",
        "commune",
        "periode",
        "valeur",
        "publie_le",
        "corrige_le",
      ],
      subventions: [
        "nomAttribuant",
        "idAttribuant",
        "dateConvention",
        "referenceDecision",
        "nomBeneficiaire",
        "idBeneficiaire",
        "objet",
        "montant",
        "nature",
        "conditionsVersement",
        "datesPeriodeVersement",
        "idRAE",
        "notificationUE",
        "pourcentageSubvention",
      ],
      evenements: [
        "slug",
        "type",
        "type_libelle",
        "titre",
        "resume",
        "debut",
        "fin",
        "lieu",
        "adresse",
        "code_insee",
        "commune",
        "programme_slug",
        "programme",
        "statut",
        "statut_libelle",
        "projets",
        "url",
      ],
    };
    for (const dataset of openDatasets) {
      const names = dataset.fields.map((f) => f.name);
      expect(names.slice(0, v1[dataset.id]!.length), dataset.id).toEqual(v1[dataset.id]);
    }
  });
});

describe("parseOpenDataRequest", () => {
  const parse = (file: string, query: Record<string, unknown> = {}) => parseOpenDataRequest(file, query);

  it("reads the dataset, the format and the filters", () => {
    const request = parse("valeurs-indicateurs.csv", { commune: "93010", annee: "2025", indicateur: "taux_vacance" });
    expect(request?.ok && request.value.dataset.id).toBe("valeurs-indicateurs");
    expect(request?.ok && request.value.format).toBe("csv");
    expect(request?.ok && request.value.filter).toEqual({ commune: "93010", annee: 2025, indicateur: "taux_vacance" });
    const excel = parse("projets.csv", { format: "excel" });
    expect(excel?.ok && excel.value.format).toBe("csv-excel");
    expect(parse("subventions.json")?.ok).toBe(true);
  });

  it("answers nothing for a file that is not served", () => {
    expect(parse("utilisateurs.csv")).toBeNull();
    expect(parse("projets.xml")).toBeNull();
    expect(parse("../projets.csv")).toBeNull();
  });

  it("refuses a malformed, repeated or unknown parameter with a French message naming it", () => {
    const message = (file: string, query: Record<string, unknown>) => {
      const result = parse(file, query);
      return result && !result.ok ? result.error.message : null;
    };
    expect(message("projets.csv", { annee: "25" })).toBe(
      "Paramètre « annee » invalide : quatre chiffres attendus, par exemple 2025.",
    );
    expect(message("projets.csv", { commune: "Bondy" })).toMatch(/^Paramètre « commune » invalide : Code INSEE/);
    expect(message("valeurs-indicateurs.json", { indicateur: "DROP TABLE" })).toMatch(
      /^Paramètre « indicateur » invalide/,
    );
    expect(message("projets.csv", { commune: ["93010", "93048"] })).toBe("Paramètre « commune » donné plusieurs fois.");
    expect(message("projets.csv", { communes: "93010" })).toBe(
      "Paramètre inconnu : « communes ». Paramètres acceptés pour projets.csv : commune, programme, annee, format.",
    );
    // The indicator filter is the values' only; Excel is a CSV dialect.
    expect(message("projets.json", { indicateur: "taux_vacance" })).toMatch(/^Paramètre inconnu : « indicateur »/);
    expect(message("projets.json", { format: "excel" })).toMatch(/^Paramètre inconnu : « format »/);
    expect(message("projets.csv", { format: "xlsx" })).toMatch(/^Paramètre « format » invalide : seule la valeur/);
  });
});
