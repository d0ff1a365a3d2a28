/**
 * The one layout of a campaign's spreadsheet: the template, the data export and the import use
 * the same columns, so a file exported, filled in and sent back is read as it was written.
 */
export const sheetColumns = [
  "code_indicateur",
  "indicateur",
  "unite",
  "code_insee",
  "commune",
  "periode",
  "valeur",
  "source",
  "commentaire",
  "statut",
] as const;
export type SheetColumn = (typeof sheetColumns)[number];

/** What identifies a value, and the value itself; the other columns help people and are not read. */
export const requiredColumns: readonly SheetColumn[] = ["code_indicateur", "code_insee", "periode", "valeur"];

export const SOURCE_MAX = 500;
export const COMMENT_MAX = 2000;

/** A cell as read from CSV (text) or XLSX (text, number, date), empty cells as null. */
export type Cell = string | number | Date | null;

/** "Code INSEE", "Période", "code-indicateur" all name the same column. */
export function columnKey(header: Cell): string {
  return cellText(header)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\s\-.']+/g, "_")
    .replace(/^_+|_+$/g, "");
}

export function cellText(cell: Cell): string {
  if (cell === null) return "";
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

export const isBlank = (cell: Cell) => cellText(cell) === "";

// Spreadsheets and word processors put every kind of space between thousands.
const spaces = /[\s\u00a0\u202f\u2007]/g;
const decimal = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/;

/**
 * A figure as French and English spreadsheets write it: "12,5", "1 234,5", "12.5", "-3". Text
 * that is not a number ("N/A", "abc", "12 %") is refused, never read as zero.
 */
export function parseFigure(cell: Cell): number | null {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  if (cell instanceof Date || cell === null) return null;
  const text = cell.replace(spaces, "").replace(/\u2212/g, "-");
  if (!decimal.test(text)) return null;
  const value = Number(text.replace(",", "."));
  return Number.isFinite(value) ? value : null;
}

/** The plain decimal form of a figure, with a comma for French Excel. */
export function formatFigure(value: number, decimalComma: boolean): string {
  const text = String(value);
  return decimalComma ? text.replace(".", ",") : text;
}

/** Codes lose their leading zero when a spreadsheet takes them for numbers (01004 → 1004). */
export function inseeCodeOf(cell: Cell): string {
  const text = typeof cell === "number" && Number.isInteger(cell) ? String(cell) : cellText(cell).toUpperCase();
  return /^\d{4}$/.test(text) ? `0${text}` : text;
}

/**
 * Excel turns "2025-03" typed in a cell into the first of March: a date on the first of a month
 * is read back as that month; a whole number is a year.
 */
export function periodTextOf(cell: Cell): string {
  if (cell instanceof Date) {
    return `${cell.getUTCFullYear()}-${String(cell.getUTCMonth() + 1).padStart(2, "0")}`;
  }
  if (typeof cell === "number") return String(cell);
  const text = cellText(cell);
  const dayFirst = /^0?1\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (dayFirst) return `${dayFirst[2]}-${dayFirst[1]!.padStart(2, "0")}`;
  const isoFirst = /^(\d{4})-(\d{2})-01$/.exec(text);
  if (isoFirst) return `${isoFirst[1]}-${isoFirst[2]}`;
  return text;
}

// Text starting like a formula is prefixed with ' on export so a spreadsheet never runs it.
const formulaStart = /^[=+\-@\t\r]/;

export function escapeFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/** Undoes escapeFormula when the file comes back. */
export function unescapeFormula(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/** 2025-03-31 → 31/03/2025, as French readers expect dates. */
export function frenchDate(iso: string): string {
  const [year, month, day] = iso.split("-");
  return `${day}/${month}/${year}`;
}
