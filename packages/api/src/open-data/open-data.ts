import type { OpenDataStamp, OpenDataTable } from "@cvv/db";
import type { Context } from "../shared/context.js";

/** The licence of every open-data file, stated in each format and in the catalogue. */
export const openLicence = {
  name: "Licence Ouverte 2.0",
  url: "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
} as const;

export const openProducer = {
  name: "Métropole du Grand Paris — programme Centres-villes vivants",
} as const;

/** The version in the URL: v1's fields are never removed or renamed, only added to. */
export const OPEN_DATA_VERSION = "v1";

/** Types of the Table Schema specification, which data.gouv.fr and the SCDL use. */
export type OpenFieldType = "string" | "integer" | "number" | "date" | "datetime";

export interface OpenField {
  name: string;
  type: OpenFieldType;
  /** What the field holds, in French, as the documentation and the catalogue give it. */
  description: string;
}

export type OpenCell = string | number | null;
export type OpenRow = Record<string, OpenCell>;

/** The query-string filters a dataset may accept; their meaning is the dataset's. */
export type OpenFilterName = "commune" | "annee" | "indicateur" | "programme";

export interface OpenDataFilter {
  commune?: string;
  annee?: number;
  indicateur?: string;
  programme?: string;
}

export interface OpenDataset {
  /** The file name in the URL: `/api/v1/<id>.csv`. */
  id: string;
  title: string;
  description: string;
  fields: readonly OpenField[];
  /** Each accepted filter and what it narrows, in French. */
  filters: Partial<Record<OpenFilterName, string>>;
  /** The tables whose changes change the file (its ETag), read whole. */
  tables: readonly OpenDataTable[];
  /** For a large table: the stamp of the rows the filter selects, added to the tables'. */
  stamp?(ctx: Context, filter: OpenDataFilter): Promise<OpenDataStamp>;
  /** The rows, a page at a time, fields in the order of `fields`. */
  rows(ctx: Context, filter: OpenDataFilter): AsyncIterable<OpenRow[]>;
}

/** The names of a dataset's fields, in order: what the documentation must list. */
export const fieldNames = (dataset: Pick<OpenDataset, "fields">) => dataset.fields.map((f) => f.name);

/** An absolute link to a portal page, for files read away from the site. */
export const portalUrl = (ctx: Context, path: string) => `${ctx.config.publicUrl.replace(/\/$/, "")}${path}`;
