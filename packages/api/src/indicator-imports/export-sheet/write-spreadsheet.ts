import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { indicatorFrequencyLabels } from "@cvv/domain/labels";
import { breathe, MAX_IMPORT_ROWS, thousands } from "../read-spreadsheet.js";
import {
  COMMENT_MAX,
  escapeFormula,
  formatFigure,
  frenchDate,
  sheetColumns,
  SOURCE_MAX,
  type SheetColumn,
} from "../sheet-format.js";
import type { SheetContent, SheetLine } from "./campaign-sheet.js";

const columnWidths: Record<SheetColumn, number> = {
  code_indicateur: 22,
  indicateur: 40,
  unite: 12,
  code_insee: 11,
  commune: 24,
  periode: 10,
  valeur: 14,
  source: 30,
  commentaire: 40,
  statut: 30,
};

function cells(line: SheetLine): (string | number | null)[] {
  return [
    line.indicatorCode,
    escapeFormula(line.indicatorName),
    escapeFormula(line.unit),
    line.communeInseeCode,
    escapeFormula(line.communeName),
    line.period,
    line.value,
    escapeFormula(line.source),
    escapeFormula(line.comment),
    line.status,
  ];
}

/**
 * CSV for any tool ("," and a decimal point) or for French Excel, which only opens its own
 * dialect cleanly: ";" between fields, decimal comma, a BOM to be read as UTF-8, CRLF.
 */
export function writeCsv(lines: readonly SheetLine[], frenchExcel: boolean): Buffer {
  const data = lines.map((line) => {
    const row = cells(line);
    row[6] = line.value === null ? "" : formatFigure(line.value, frenchExcel);
    return row.map((cell) => cell ?? "");
  });
  return csvFile(sheetColumns, data, frenchExcel);
}

/** A header and rows of text as a CSV file, in either dialect of writeCsv; other exports share it. */
export function csvFile(
  fields: readonly string[],
  rows: readonly (readonly (string | number)[])[],
  frenchExcel: boolean,
): Buffer {
  const text = Papa.unparse(
    { fields: [...fields], data: rows.map((row) => [...row]) },
    { delimiter: frenchExcel ? ";" : ",", newline: "\r\n", header: true },
  );
  // Papa ends a header without rows with the newline already; a last row, without.
  const body = rows.length === 0 ? text : `${text}\r\n`;
  return Buffer.from(`${frenchExcel ? "\uFEFF" : ""}${body}`, "utf-8");
}

const instructions = [
  "Saisissez chaque valeur dans la colonne « valeur », sur la ligne de l'indicateur, de la commune et de la période concernés.",
  "Nombres : des chiffres seulement, avec une virgule ou un point pour les décimales (12,5) et des espaces admis entre les milliers (1 234,5). « N/A », « nd » ou tout autre texte est refusé : laissez la cellule vide si la valeur n'est pas connue.",
  "Une ligne dont la valeur est vide est ignorée : inutile de la supprimer.",
  "Ne modifiez pas les colonnes code_indicateur, code_insee et periode : elles désignent la valeur. Les colonnes indicateur, unite, commune et statut vous aident à vous repérer et ne sont pas lues.",
  "Périodes : 2025 pour une année, 2025-T1 pour un trimestre, 2025-03 pour un mois.",
  `Les colonnes source et commentaire sont facultatives (${SOURCE_MAX} et ${COMMENT_MAX} caractères au plus).`,
  "Une valeur « Soumise, en attente de relecture » ne peut pas être remplacée par un import tant qu'elle n'a pas été relue.",
  "Enregistrez le fichier en XLSX, ou en CSV UTF-8, puis importez-le depuis la page de la campagne : il est d'abord vérifié ligne par ligne, et rien n'est enregistré avant votre confirmation.",
  `Un fichier compte au plus ${thousands(MAX_IMPORT_ROWS)} lignes et pèse au plus 20 Mo.`,
];

/** The values sheet first (the one an import reads), then the instructions and the indicators' definitions. */
export async function writeXlsx({ campaign, indicators, lines }: SheetContent): Promise<Buffer> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    output.on("end", resolve);
    output.on("error", reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });

  const values = workbook.addWorksheet("Valeurs", { views: [{ state: "frozen", ySplit: 1 }] });
  values.columns = sheetColumns.map((column) => ({
    header: column,
    key: column,
    width: columnWidths[column],
    // Typed as text, so Excel keeps "93010" and "2025-03" as they are instead of a number and a date.
    ...(column === "code_insee" || column === "periode" ? { style: { numFmt: "@" } } : {}),
  }));
  values.getRow(1).font = { bold: true };
  values.getRow(1).commit();
  let count = 0;
  for (const line of lines) {
    values.addRow(cells(line)).commit();
    if (++count % 2000 === 0) await breathe();
  }
  values.commit();

  const guide = workbook.addWorksheet("Consignes");
  guide.columns = [{ width: 28 }, { width: 50 }, { width: 14 }, { width: 16 }, { width: 80 }];
  const bold = (row: ExcelJS.Row) => {
    row.font = { bold: true };
    row.commit();
  };
  bold(guide.addRow([`Campagne : ${campaign.name}`]));
  guide.addRow([`Programme : ${campaign.programmeName}`]).commit();
  guide
    .addRow([`Période couverte : du ${frenchDate(campaign.periodStart)} au ${frenchDate(campaign.periodEnd)}`])
    .commit();
  guide.addRow([`Date limite : ${frenchDate(campaign.deadline)}`]).commit();
  guide.addRow([]).commit();
  if (campaign.instructions.trim()) {
    bold(guide.addRow(["Consignes de la campagne"]));
    for (const paragraph of campaign.instructions.split(/\r?\n/)) guide.addRow([paragraph]).commit();
    guide.addRow([]).commit();
  }
  bold(guide.addRow(["Comment remplir ce fichier"]));
  for (const text of instructions) guide.addRow([`• ${text}`]).commit();
  guide.addRow([]).commit();
  bold(guide.addRow(["Indicateurs"]));
  bold(guide.addRow(["code_indicateur", "indicateur", "unite", "fréquence", "définition"]));
  for (const indicator of indicators) {
    guide
      .addRow([
        indicator.code,
        escapeFormula(indicator.name),
        escapeFormula(indicator.unit),
        indicatorFrequencyLabels[indicator.frequency],
        escapeFormula(
          [indicator.definition, indicator.method && `Méthode : ${indicator.method}`].filter(Boolean).join(" "),
        ),
      ])
      .commit();
  }
  guide.commit();

  await workbook.commit();
  await ended;
  return Buffer.concat(chunks);
}
