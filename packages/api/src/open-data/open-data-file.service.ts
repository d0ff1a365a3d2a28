import { createHash } from "node:crypto";
import { openDataRepository } from "@cvv/db";
import type { Context } from "../shared/context.js";
import { tableCsv, type ExportTable } from "../shared/table-export.js";
import {
  OPEN_DATA_VERSION,
  openLicence,
  openProducer,
  type OpenDataFilter,
  type OpenDataset,
  type OpenRow,
} from "./open-data.js";
import type { OpenDataFormat, OpenDataRequest } from "./open-data-request.js";

export interface OpenDataFile {
  fileName: string;
  contentType: string;
  /** Changes when a table the file reads changes, or the request does. */
  etag: string;
  lastModified: Date | null;
  /** Written as it is read: a page of rows at a time, never the whole file in memory. */
  body: AsyncIterable<Buffer>;
}

/** The metadata that opens every JSON file, before its `data`. */
export function openDataMetadata(ctx: Context, dataset: OpenDataset, filter: OpenDataFilter) {
  return {
    licence: openLicence,
    producer: openProducer,
    dataset: dataset.id,
    title: dataset.title,
    description: dataset.description,
    version: OPEN_DATA_VERSION,
    generatedAt: ctx.now().toISOString(),
    filters: filter,
    fields: dataset.fields,
  };
}

/** A file name readers recognise: the dataset, its filters, "excel" for the French variant. */
function fileName(request: OpenDataRequest): string {
  const { commune, programme, indicateur, annee } = request.filter;
  const parts = [request.dataset.id, programme, commune, indicateur, annee, request.format === "csv-excel" && "excel"];
  return `${parts.filter((p) => p !== undefined && p !== false).join("-")}.${request.format === "json" ? "json" : "csv"}`;
}

function toCsvRows(dataset: OpenDataset, rows: readonly OpenRow[], format: OpenDataFormat): ExportTable["rows"] {
  return rows.map((row) =>
    dataset.fields.map((field) => {
      const cell = row[field.name] ?? null;
      // The SCDL writes its amounts as text ("47800.20"): French Excel reads them only as numbers.
      if (format === "csv-excel" && field.type === "number" && typeof cell === "string" && cell !== "") {
        return cell.replace(".", ",");
      }
      return cell;
    }),
  );
}

async function* csvBody(ctx: Context, request: OpenDataRequest): AsyncIterable<Buffer> {
  const { dataset, format, filter } = request;
  const columns = dataset.fields.map((f) => ({ header: f.name }));
  let first = true;
  for await (const rows of dataset.rows(ctx, filter)) {
    yield tableCsv(
      { sheet: dataset.id, columns, rows: toCsvRows(dataset, rows, format) },
      format === "csv-excel",
      first ? "whole" : "rest",
    );
    first = false;
  }
  if (first) yield tableCsv({ sheet: dataset.id, columns, rows: [] }, format === "csv-excel");
}

async function* jsonBody(ctx: Context, request: OpenDataRequest): AsyncIterable<Buffer> {
  const { dataset, filter } = request;
  // The metadata written whole with an empty `data`, then opened again to stream the rows in.
  const head = JSON.stringify({ ...openDataMetadata(ctx, dataset, filter), data: [] });
  yield Buffer.from(`${head.slice(0, -2)}\n`, "utf-8");
  let first = true;
  for await (const rows of dataset.rows(ctx, filter)) {
    if (rows.length === 0) continue;
    const ordered = rows.map((row) =>
      JSON.stringify(Object.fromEntries(dataset.fields.map((f) => [f.name, row[f.name] ?? null]))),
    );
    yield Buffer.from(`${first ? "" : ",\n"}${ordered.join(",\n")}`, "utf-8");
    first = false;
  }
  yield Buffer.from("\n]}\n", "utf-8");
}

/**
 * An open-data file, ready to stream. The ETag is read first (two aggregates per table), so a
 * client that already holds the file gets its 304 without any row being read.
 */
export async function openDataFile(ctx: Context, request: OpenDataRequest): Promise<OpenDataFile> {
  const [tables, rows] = await Promise.all([
    openDataRepository(ctx.db).stamp(request.dataset.tables),
    request.dataset.stamp?.(ctx, request.filter),
  ]);
  const lastModified =
    rows?.lastModified && (!tables.lastModified || rows.lastModified > tables.lastModified)
      ? rows.lastModified
      : tables.lastModified;
  const count = tables.count + (rows?.count ?? 0);
  const etag = `W/"${createHash("sha256")
    .update(
      JSON.stringify([
        OPEN_DATA_VERSION,
        request.dataset.id,
        request.format,
        request.filter,
        count,
        lastModified?.toISOString() ?? null,
        ctx.config.publicUrl,
      ]),
    )
    .digest("base64url")
    .slice(0, 27)}"`;
  return {
    fileName: fileName(request),
    contentType: request.format === "json" ? "application/json; charset=utf-8" : "text/csv; charset=utf-8",
    etag,
    lastModified,
    body: request.format === "json" ? jsonBody(ctx, request) : csvBody(ctx, request),
  };
}
