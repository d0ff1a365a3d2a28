import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { csvFile } from "../indicator-imports/export-sheet/write-spreadsheet.js";
import { escapeFormula } from "../indicator-imports/sheet-format.js";

/** A table as the screen shows it, ready to be written as a CSV file or a workbook sheet. */
export interface ExportTable {
  /** The sheet's name (31 characters at most, Excel's limit). */
  sheet: string;
  columns: { header: string; width?: number }[];
  rows: (string | number | null)[][];
}

/**
 * One table as CSV, in the plain dialect or French Excel's (";", decimal comma, BOM). A file
 * streamed in parts writes its first part "whole" (BOM, header) and the next ones "rest".
 */
export function tableCsv(table: ExportTable, frenchExcel: boolean, part: "whole" | "rest" = "whole"): Buffer {
  const rows = table.rows.map((row) =>
    row.map((cell) => {
      if (cell === null) return "";
      if (typeof cell === "number") return frenchExcel ? String(cell).replace(".", ",") : cell;
      return escapeFormula(cell);
    }),
  );
  if (part === "whole")
    return csvFile(
      table.columns.map((c) => c.header),
      rows,
      frenchExcel,
    );
  if (rows.length === 0) return Buffer.alloc(0);
  const text = Papa.unparse(rows, { delimiter: frenchExcel ? ";" : ",", newline: "\r\n" });
  return Buffer.from(`${text}\r\n`, "utf-8");
}

/** Several tables as one workbook, a sheet each, header row bold and frozen; numbers stay numbers. */
export async function tablesWorkbook(tables: readonly ExportTable[]): Promise<Buffer> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    output.on("end", resolve);
    output.on("error", reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.sheet.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = table.columns.map((c) => ({ header: c.header, width: c.width ?? 20 }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    for (const row of table.rows) {
      sheet.addRow(row.map((cell) => (typeof cell === "string" ? escapeFormula(cell) : cell))).commit();
    }
    sheet.commit();
  }
  await workbook.commit();
  await ended;
  return Buffer.concat(chunks);
}
