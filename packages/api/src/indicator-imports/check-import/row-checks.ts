import type { CampaignRecord, IndicatorRecord } from "@cvv/db";
import type { IndicatorFrequency } from "@cvv/domain/indicators";
import { isPeriodWithin, normalisePeriod, periodFrequency } from "@cvv/domain/indicators";
import { can } from "@cvv/domain/permissions";
import type { Actor } from "@cvv/domain/users";
import type { ImportError } from "../import-job.js";
import type { SheetRow } from "../read-spreadsheet.js";
import {
  cellText,
  COMMENT_MAX,
  frenchDate,
  inseeCodeOf,
  isBlank,
  parseFigure,
  periodTextOf,
  SOURCE_MAX,
  unescapeFormula,
  type SheetColumn,
} from "../sheet-format.js";

/** What every row is checked against, loaded once per import. */
export interface CheckFrame {
  actor: Actor;
  campaign: CampaignRecord;
  indicatorsByCode: ReadonlyMap<string, IndicatorRecord>;
  communeNames: ReadonlyMap<string, string>;
}

export interface CheckedRow {
  line: number;
  indicatorId: string;
  communeInseeCode: string;
  period: string;
  value: number;
  source: string;
  comment: string;
}

export type RowOutcome =
  { kind: "ignored" } | { kind: "invalid"; errors: ImportError[] } | { kind: "valid"; row: CheckedRow };

const frequencyNouns: Record<IndicatorFrequency, string> = {
  yearly: "une année",
  quarterly: "un trimestre",
  monthly: "un mois",
};
const frequencyExpected: Record<IndicatorFrequency, string> = {
  yearly: "par année (ex. 2025)",
  quarterly: "par trimestre (ex. 2025-T1)",
  monthly: "par mois (ex. 2025-03)",
};

const quoted = (text: string) => `« ${text.length > 40 ? `${text.slice(0, 40)}…` : text} »`;
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

export const keyOf = (row: { indicatorId: string; communeInseeCode: string; period: string }) =>
  `${row.indicatorId}|${row.communeInseeCode}|${row.period}`;

/**
 * Checks one row on its own and against the rows before it (`seen`: key → first line). Every
 * independent problem of the row is reported, so one pass over the file shows all there is to fix.
 */
export function checkRow(frame: CheckFrame, row: SheetRow, seen: Map<string, number>): RowOutcome {
  const { line, cells } = row;
  if (isBlank(cells.valeur)) return { kind: "ignored" };
  const errors: ImportError[] = [];
  const refuse = (column: SheetColumn, message: string) =>
    errors.push({ line, column, message: `Ligne ${line}, colonne « ${column} » : ${message}` });

  const value = parseFigure(cells.valeur);
  if (value === null) {
    refuse(
      "valeur",
      `${quoted(cellText(cells.valeur))} n'est pas un nombre. Écrivez un nombre (12 ; 12,5 ; 1 234,5) ou laissez la cellule vide.`,
    );
  } else if (Math.abs(value) >= 1e15) {
    refuse("valeur", `${quoted(cellText(cells.valeur))} est trop grand (au plus 15 chiffres).`);
  }

  const indicator = checkIndicator(frame, cellText(cells.code_indicateur).toLowerCase(), refuse);
  const communeInseeCode = checkCommune(frame, inseeCodeOf(cells.code_insee), line, errors, refuse);
  const period = checkPeriod(frame, periodTextOf(cells.periode), indicator, refuse);

  const source = unescapeFormula(cellText(cells.source));
  if (source.length > SOURCE_MAX) refuse("source", `${source.length} caractères, ${SOURCE_MAX} au plus.`);
  const comment = unescapeFormula(cellText(cells.commentaire));
  if (comment.length > COMMENT_MAX) refuse("commentaire", `${comment.length} caractères, ${COMMENT_MAX} au plus.`);

  if (indicator && communeInseeCode && period) {
    const key = keyOf({ indicatorId: indicator.id, communeInseeCode, period });
    const first = seen.get(key);
    if (first === undefined) seen.set(key, line);
    else errors.push({ line, message: `Ligne ${line} : même indicateur, commune et période que la ligne ${first}.` });
  }

  if (errors.length > 0 || !indicator || !communeInseeCode || !period || value === null) {
    return { kind: "invalid", errors };
  }
  return {
    kind: "valid",
    row: { line, indicatorId: indicator.id, communeInseeCode, period, value, source, comment },
  };
}

function checkIndicator(
  frame: CheckFrame,
  code: string,
  refuse: (column: SheetColumn, message: string) => void,
): IndicatorRecord | null {
  if (!code) {
    refuse("code_indicateur", "code d'indicateur manquant.");
    return null;
  }
  const indicator = frame.indicatorsByCode.get(code);
  if (!indicator) {
    refuse("code_indicateur", `aucun indicateur ne porte le code ${quoted(code)}.`);
    return null;
  }
  if (!frame.campaign.indicatorIds.includes(indicator.id)) {
    refuse(
      "code_indicateur",
      `l'indicateur ${quoted(code)} (${indicator.name}) ne fait pas partie de la campagne « ${frame.campaign.name} ».`,
    );
    return null;
  }
  return indicator;
}

function checkCommune(
  frame: CheckFrame,
  code: string,
  line: number,
  errors: ImportError[],
  refuse: (column: SheetColumn, message: string) => void,
): string | null {
  if (!code) {
    refuse("code_insee", "code INSEE de la commune manquant.");
    return null;
  }
  const name = frame.communeNames.get(code);
  if (name === undefined) {
    refuse("code_insee", `aucune commune connue n'a le code INSEE ${quoted(code)}.`);
    return null;
  }
  if (!can(frame.actor, "value.write", { communeInseeCode: code })) {
    errors.push({
      line,
      column: "code_insee",
      message: `Ligne ${line} : vous ne pouvez pas saisir pour la commune ${code} (${name}).`,
    });
    return null;
  }
  if (!frame.campaign.communeCodes.includes(code)) {
    refuse("code_insee", `la commune ${code} (${name}) ne fait pas partie de la campagne « ${frame.campaign.name} ».`);
    return null;
  }
  return code;
}

function checkPeriod(
  frame: CheckFrame,
  text: string,
  indicator: IndicatorRecord | null,
  refuse: (column: SheetColumn, message: string) => void,
): string | null {
  const period = normalisePeriod(text);
  if (!period.ok) {
    refuse("periode", lowerFirst(period.error.message));
    return null;
  }
  // Without a known indicator, its frequency and so the period's fit cannot be judged.
  if (!indicator) return null;
  const frequency = periodFrequency(period.value)!;
  if (frequency !== indicator.frequency) {
    refuse(
      "periode",
      `${quoted(period.value)} est ${frequencyNouns[frequency]}, mais l'indicateur « ${indicator.code} » se renseigne ${frequencyExpected[indicator.frequency]}.`,
    );
    return null;
  }
  const { periodStart, periodEnd } = frame.campaign;
  if (!isPeriodWithin(period.value, periodStart, periodEnd)) {
    refuse(
      "periode",
      `la période ${period.value} est hors de la campagne, qui couvre du ${frenchDate(periodStart)} au ${frenchDate(periodEnd)}.`,
    );
    return null;
  }
  return period.value;
}

/** What writing a row would do to the value stored under its key; mirrors upsertImported. */
export function predictWrite(
  existing: { value: number; source: string; comment: string; status: string } | undefined,
  row: CheckedRow,
  status: "draft" | "submitted",
): "create" | "update" | "unchanged" | "under-review" {
  if (!existing) return "create";
  if (existing.status === "submitted") return "under-review";
  const changed =
    existing.value !== row.value ||
    existing.source !== row.source ||
    existing.comment !== row.comment ||
    existing.status === "returned" ||
    (existing.status === "draft" && status === "submitted");
  return changed ? "update" : "unchanged";
}

export function underReviewError(line: number): ImportError {
  return {
    line,
    column: "valeur",
    message:
      `Ligne ${line}, colonne « valeur » : la valeur déjà enregistrée pour cet indicateur, cette commune et cette période ` +
      "est en attente de relecture ; elle ne peut pas être remplacée avant d'avoir été approuvée ou renvoyée.",
  };
}
