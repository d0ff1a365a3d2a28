import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { fail, ok, type Result } from "@cvv/domain/shared";
import { detectFileKind, fileKindLabels } from "./detect-file-type.js";
import { columnKey, isBlank, requiredColumns, sheetColumns, type Cell, type SheetColumn } from "./sheet-format.js";

export const MAX_IMPORT_ROWS = 200_000;

/** The columns an import reads; the others help people fill the file in. */
export type ReadColumn = "code_indicateur" | "code_insee" | "periode" | "valeur" | "source" | "commentaire";
const readColumns: readonly ReadColumn[] = [
  "code_indicateur",
  "code_insee",
  "periode",
  "valeur",
  "source",
  "commentaire",
];

/** One data row, numbered as the person sees it in their spreadsheet (the header is line 1). */
export interface SheetRow {
  line: number;
  cells: Record<ReadColumn, Cell>;
}

export interface Sheet {
  format: "xlsx" | "csv";
  rows: SheetRow[];
}

/** 200000 → "200 000". */
export const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, " ");

/** Lets the event loop answer other requests while a large file is read. */
export const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));
const BREATHE_EVERY = 2000;

/**
 * Reads a spreadsheet's data rows by header name (case and accents do not matter). File-level
 * problems (unreadable, no header, missing columns, no data, too many rows) are refusals whose
 * French message says what to do; row-level checks are the caller's.
 */
export async function readSpreadsheet(bytes: Uint8Array): Promise<Result<Sheet>> {
  if (bytes.length === 0) return fail("INVALID", "Le fichier est vide.");
  const kind = detectFileKind(bytes);
  const collector = new RowCollector();
  let read: Result<void>;
  if (kind === "xlsx") read = await readXlsx(bytes, collector);
  else if (kind === "csv") read = await readCsv(bytes, collector);
  else if (kind === "non-utf8-text") return fail("INVALID", notUtf8);
  else {
    return fail(
      "INVALID",
      `Le fichier est ${fileKindLabels[kind]} : l'import attend un classeur XLSX ou un fichier CSV, sur le modèle téléchargeable depuis la campagne.`,
    );
  }
  if (!read.ok) return read;
  const done = collector.finish();
  return done.ok ? ok({ format: kind, rows: done.value }) : done;
}

export const notUtf8 =
  "Le fichier CSV n'est pas encodé en UTF-8 : dans Excel, enregistrez-le au format « CSV UTF-8 (délimité par des virgules) », ou envoyez le classeur XLSX.";

/** Finds the header, then keeps the read columns of each non-blank row. */
class RowCollector {
  private columns: Map<ReadColumn, number> | null = null;
  readonly rows: SheetRow[] = [];

  /** Returns a refusal when the file cannot be read further. */
  add(line: number, cells: Cell[]): Result<void> {
    if (cells.every(isBlank)) return ok(undefined);
    if (!this.columns) return this.header(cells);
    if (this.rows.length >= MAX_IMPORT_ROWS) {
      return fail(
        "INVALID",
        `Le fichier compte plus de ${thousands(MAX_IMPORT_ROWS)} lignes de données : découpez-le en plusieurs fichiers.`,
      );
    }
    const columns = this.columns;
    const pick = (column: ReadColumn) => {
      const index = columns.get(column);
      return index === undefined ? null : (cells[index] ?? null);
    };
    this.rows.push({
      line,
      cells: {
        code_indicateur: pick("code_indicateur"),
        code_insee: pick("code_insee"),
        periode: pick("periode"),
        valeur: pick("valeur"),
        source: pick("source"),
        commentaire: pick("commentaire"),
      },
    });
    return ok(undefined);
  }

  private header(cells: Cell[]): Result<void> {
    const found = new Map<ReadColumn, number>();
    cells.forEach((cell, index) => {
      const key = columnKey(cell) as SheetColumn;
      if ((readColumns as readonly string[]).includes(key) && !found.has(key as ReadColumn)) {
        found.set(key as ReadColumn, index);
      }
    });
    const missing = requiredColumns.filter((c) => !found.has(c as ReadColumn));
    if (missing.length > 0) {
      const plural = missing.length > 1;
      return fail(
        "INVALID",
        `Colonne${plural ? "s" : ""} obligatoire${plural ? "s" : ""} absente${plural ? "s" : ""} : ${missing.join(", ")}. ` +
          `La première ligne doit porter les en-têtes du modèle (${sheetColumns.join(", ")}) ; ` +
          `code_indicateur, code_insee, periode et valeur sont indispensables.`,
      );
    }
    this.columns = found;
    return ok(undefined);
  }

  finish(): Result<SheetRow[]> {
    if (!this.columns) return fail("INVALID", "Le fichier est vide : aucune ligne d'en-tête ni de données.");
    if (this.rows.length === 0)
      return fail("INVALID", "Le fichier ne contient aucune ligne de données sous l'en-tête.");
    return ok(this.rows);
  }
}

async function readCsv(bytes: Uint8Array, collector: RowCollector): Promise<Result<void>> {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return fail("INVALID", notUtf8);
  }
  text = text.replace(/^\uFEFF/, "");
  if (text.trim() === "") return fail("INVALID", "Le fichier est vide.");

  let line = 0;
  let refusal: Result<void> | null = null;
  await new Promise<void>((resolve) => {
    Papa.parse<string[]>(text, {
      delimiter: guessDelimiter(text),
      chunkSize: 256 * 1024,
      chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
        for (const record of results.data) {
          line++;
          const added = collector.add(
            line,
            record.map((cell: string) => (cell.trim() === "" ? null : cell)),
          );
          if (!added.ok) {
            refusal = added;
            parser.abort();
            return;
          }
        }
        const quote = results.errors.find((e: Papa.ParseError) => e.type === "Quotes");
        if (quote) {
          refusal = fail(
            "INVALID",
            `Le fichier CSV est mal formé vers la ligne ${line} : un guillemet n'est pas refermé. Enregistrez-le de nouveau depuis votre tableur.`,
          );
          parser.abort();
          return;
        }
        parser.pause();
        setImmediate(() => parser.resume());
      },
      complete: () => resolve(),
    });
  });
  return refusal ?? ok(undefined);
}

/**
 * French Excel separates with ";" because "," is its decimal mark: the header line, which holds
 * no numbers, says which one the file uses.
 */
function guessDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => firstLine.split(c).length - 1;
  const candidates = [";", ",", "\t"].map((c) => ({ c, n: count(c) })).sort((a, b) => b.n - a.n);
  return candidates[0]!.n > 0 ? candidates[0]!.c : ",";
}

async function readXlsx(bytes: Uint8Array, collector: RowCollector): Promise<Result<void>> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
    sharedStrings: "cache",
    worksheets: "emit",
    hyperlinks: "ignore",
    // Styles tell dates from numbers.
    styles: "cache",
    entries: "ignore",
  });
  let refusal: Result<void> | null = null;
  let firstSheetRead = false;
  try {
    for await (const worksheet of reader) {
      // Only the first tab is read (the template's "Consignes" sheet comes after); the others are drained.
      const order = (reader as unknown as { model?: { sheets?: { id: number }[] } }).model?.sheets;
      const isFirst =
        !firstSheetRead && (!order?.[0] || order[0].id === Number((worksheet as unknown as { id: unknown }).id));
      let count = 0;
      for await (const row of worksheet as unknown as AsyncIterable<ExcelJS.Row>) {
        if (!isFirst || refusal) continue;
        const values = row.values as ExcelJS.CellValue[];
        const cells: Cell[] = [];
        for (let i = 1; i < values.length; i++) cells.push(toCell(values[i]));
        const added = collector.add(row.number, cells);
        if (!added.ok) refusal = added;
        if (++count % BREATHE_EVERY === 0) await breathe();
      }
      if (isFirst) firstSheetRead = true;
    }
  } catch {
    return fail(
      "INVALID",
      "Le classeur XLSX n'a pas pu être lu : il est peut-être endommagé. Ouvrez-le dans votre tableur et enregistrez-le de nouveau.",
    );
  }
  return refusal ?? ok(undefined);
}

function toCell(value: ExcelJS.CellValue | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || value instanceof Date) return value;
  if (typeof value === "boolean") return value ? "VRAI" : "FAUX";
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("error" in value) return String(value.error);
  if ("formula" in value || "sharedFormula" in value) {
    return toCell((value as { result?: ExcelJS.CellValue }).result as ExcelJS.CellValue);
  }
  if ("text" in value) return typeof value.text === "string" ? value.text : toCell(value.text as ExcelJS.CellValue);
  return null;
}
