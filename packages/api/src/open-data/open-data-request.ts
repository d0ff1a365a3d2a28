import { z } from "zod";
import { inseeCodeSchema } from "@cvv/domain/communes";
import { indicatorCodeSchema } from "@cvv/domain/indicators";
import { fail, ok, slugSchema, type Result } from "@cvv/domain/shared";
import type { OpenDataFilter, OpenDataset, OpenFilterName } from "./open-data.js";
import { openDatasets } from "./open-datasets.js";

/** "csv-excel": ";" between fields, decimal comma and a BOM, what French Excel opens cleanly. */
export type OpenDataFormat = "csv" | "csv-excel" | "json";

export interface OpenDataRequest {
  dataset: OpenDataset;
  format: OpenDataFormat;
  filter: OpenDataFilter;
}

const filterSchemas: Record<OpenFilterName, z.ZodType<string | number>> = {
  commune: inseeCodeSchema,
  annee: z
    .string()
    .trim()
    .regex(/^(19|20)\d{2}$/, { error: "quatre chiffres attendus, par exemple 2025." })
    .transform(Number),
  indicateur: indicatorCodeSchema,
  programme: slugSchema,
};

const formatSchema = z.literal("excel", {
  error: "seule la valeur « excel » est acceptée (CSV pour Excel en français).",
});

/**
 * A file name and query string as the URL gives them: null for a file that is not served (404),
 * else the dataset, format and filters, or a French message naming the faulty parameter (400).
 * Unknown parameters are refused rather than ignored: a mistyped filter must not quietly return
 * the whole file.
 */
export function parseOpenDataRequest(file: string, query: Record<string, unknown>): Result<OpenDataRequest> | null {
  const match = /^([a-z-]+)\.(csv|json)$/.exec(file);
  const dataset = match ? openDatasets.find((d) => d.id === match[1]) : undefined;
  if (!match || !dataset) return null;
  const accepted = [...(Object.keys(dataset.filters) as OpenFilterName[]), ...(match[2] === "csv" ? ["format"] : [])];
  const filter: OpenDataFilter = {};
  let format: OpenDataFormat = match[2] === "csv" ? "csv" : "json";
  for (const [name, raw] of Object.entries(query)) {
    if (!accepted.includes(name)) {
      return fail(
        "INVALID",
        `Paramètre inconnu : « ${name} ». Paramètres acceptés pour ${file} : ${accepted.join(", ") || "aucun"}.`,
        name,
      );
    }
    if (typeof raw !== "string") return fail("INVALID", `Paramètre « ${name} » donné plusieurs fois.`, name);
    if (name === "format") {
      const parsed = formatSchema.safeParse(raw);
      if (!parsed.success) {
        return fail("INVALID", `Paramètre « format » invalide : ${parsed.error.issues[0]!.message}`, name);
      }
      format = "csv-excel";
      continue;
    }
    const key = name as OpenFilterName;
    const parsed = filterSchemas[key].safeParse(raw);
    if (!parsed.success) {
      return fail("INVALID", `Paramètre « ${name} » invalide : ${parsed.error.issues[0]!.message}`, name);
    }
    (filter as Record<OpenFilterName, string | number>)[key] = parsed.data;
  }
  return ok({ dataset, format, filter });
}
