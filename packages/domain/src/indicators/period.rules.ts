import { reportingPeriodLabel } from "../labels/index.js";
import { fail, ok, type Result } from "../shared/result.js";
import type { IndicatorFrequency } from "./indicator.schema.js";

/** A reporting period; `index` is 1-based: quarter 1–4, month 1–12, always 1 for a year. */
export interface Period {
  frequency: IndicatorFrequency;
  year: number;
  index: number;
}

export const minPeriodYear = 1900;
export const maxPeriodYear = 2100;

const periodsPerYear: Record<IndicatorFrequency, number> = { yearly: 1, quarterly: 4, monthly: 12 };

const expectedForms = "formats attendus « 2025 » (année), « 2025-T1 » (trimestre) ou « 2025-03 » (mois)";

// Values come from forms and spreadsheet imports: the usual spellings are accepted, only the canonical one is stored.
const spellings: { pattern: RegExp; frequency: IndicatorFrequency; year: number; index?: number }[] = [
  { pattern: /^(\d{4})$/, frequency: "yearly", year: 1 },
  // "Q" because English exports are common; "T" is the French trimestre.
  { pattern: /^(\d{4})\s*-?\s*[TQ](\d+)$/i, frequency: "quarterly", year: 1, index: 2 },
  { pattern: /^[TQ](\d+)\s*[-\s]\s*(\d{4})$/i, frequency: "quarterly", year: 2, index: 1 },
  { pattern: /^(\d{4})-(\d{1,2})$/, frequency: "monthly", year: 1, index: 2 },
  { pattern: /^(\d{1,2})\/(\d{4})$/, frequency: "monthly", year: 2, index: 1 },
];

/** Keeps a message readable when someone pastes a whole cell or paragraph into the field. */
function quote(text: string): string {
  return `« ${text.length > 40 ? `${text.slice(0, 40)}…` : text} »`;
}

export function parsePeriod(text: string): Result<Period> {
  const input = text.trim();
  if (!input) return fail("INVALID", `Période manquante : ${expectedForms}.`, "period");
  for (const spelling of spellings) {
    const match = spelling.pattern.exec(input);
    if (!match) continue;
    const year = Number(match[spelling.year]);
    const index = spelling.index === undefined ? 1 : Number(match[spelling.index]);
    if (year < minPeriodYear || year > maxPeriodYear) {
      return fail(
        "INVALID",
        `Période ${quote(input)} invalide : l'année doit être comprise entre ${minPeriodYear} et ${maxPeriodYear}.`,
        "period",
      );
    }
    if (spelling.frequency === "quarterly" && (index < 1 || index > 4)) {
      return fail(
        "INVALID",
        `Période ${quote(input)} invalide : le trimestre doit être compris entre 1 et 4.`,
        "period",
      );
    }
    if (spelling.frequency === "monthly" && (index < 1 || index > 12)) {
      return fail("INVALID", `Période ${quote(input)} invalide : le mois doit être compris entre 1 et 12.`, "period");
    }
    return ok({ frequency: spelling.frequency, year, index });
  }
  return fail("INVALID", `Période ${quote(input)} invalide : ${expectedForms}.`, "period");
}

export function formatPeriod(p: Period): string {
  const year = String(p.year).padStart(4, "0");
  switch (p.frequency) {
    case "yearly":
      return year;
    case "quarterly":
      return `${year}-T${p.index}`;
    case "monthly":
      return `${year}-${String(p.index).padStart(2, "0")}`;
  }
}

export function normalisePeriod(text: string): Result<string> {
  const parsed = parsePeriod(text);
  return parsed.ok ? ok(formatPeriod(parsed.value)) : parsed;
}

export function periodFrequency(text: string): IndicatorFrequency | null {
  const parsed = parsePeriod(text);
  return parsed.ok ? parsed.value.frequency : null;
}

/**
 * Functions that have no way to say "invalid" in their return type throw instead: by the time they are called the
 * period has been validated, so a bad one is a programming error, not a user's.
 */
function toPeriod(period: Period | string): Period {
  if (typeof period !== "string") return period;
  const parsed = parsePeriod(period);
  if (!parsed.ok) throw new RangeError(parsed.error.message);
  return parsed.value;
}

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

/** Date bounds are compared as strings, which is only date order for the YYYY-MM-DD form. */
function assertIsoDate(date: string, name: string): void {
  if (!isoDatePattern.test(date))
    throw new RangeError(`Date ${name} « ${date} » invalide : format attendu AAAA-MM-JJ.`);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const isoDate = (year: number, month: number, day: number) =>
  `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

/** First and last day of the period, both included. */
export function periodBounds(period: Period | string): { start: string; end: string } {
  const p = toPeriod(period);
  const months = 12 / periodsPerYear[p.frequency];
  const lastMonth = p.index * months;
  return {
    start: isoDate(p.year, lastMonth - months + 1, 1),
    end: isoDate(p.year, lastMonth, daysInMonth(p.year, lastMonth)),
  };
}

/** French label for screens and exports; text that is not a period is shown as typed rather than hidden. */
export function periodLabel(text: string): string {
  const parsed = parsePeriod(text);
  return parsed.ok ? reportingPeriodLabel(formatPeriod(parsed.value)) : text;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Chronological order for sorting: by first day, then shortest first, so a month comes before the quarter and the
 * year that start with it. Text that is not a period goes last, so a bad value stays visible at the end of a list.
 */
export function comparePeriods(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  if (!pa.ok || !pb.ok) {
    if (pa.ok) return -1;
    if (pb.ok) return 1;
    return compareText(a, b);
  }
  const ba = periodBounds(pa.value);
  const bb = periodBounds(pb.value);
  return compareText(ba.start, bb.start) || compareText(ba.end, bb.end);
}

/** Canonical periods of `frequency` lying entirely inside [from, to] (ISO dates, both included), in order. */
export function periodsWithin(frequency: IndicatorFrequency, from: string, to: string): string[] {
  assertIsoDate(from, "de début");
  assertIsoDate(to, "de fin");
  const periods: string[] = [];
  const firstYear = Math.max(minPeriodYear, Number(from.slice(0, 4)));
  const lastYear = Math.min(maxPeriodYear, Number(to.slice(0, 4)));
  for (let year = firstYear; year <= lastYear; year++) {
    for (let index = 1; index <= periodsPerYear[frequency]; index++) {
      const p: Period = { frequency, year, index };
      const { start, end } = periodBounds(p);
      if (start >= from && end <= to) periods.push(formatPeriod(p));
    }
  }
  return periods;
}

/** Whether the whole period lies inside [from, to]; text that is not a period lies nowhere. */
export function isPeriodWithin(period: string, from: string, to: string): boolean {
  assertIsoDate(from, "de début");
  assertIsoDate(to, "de fin");
  const parsed = parsePeriod(period);
  if (!parsed.ok) return false;
  const { start, end } = periodBounds(parsed.value);
  return start >= from && end <= to;
}

/** The period just before, of the same frequency: what a trend is measured against. */
export function previousPeriod(text: string): string {
  const p = toPeriod(text);
  const previous: Period =
    p.index > 1 ? { ...p, index: p.index - 1 } : { ...p, year: p.year - 1, index: periodsPerYear[p.frequency] };
  if (previous.year < minPeriodYear) {
    throw new RangeError(`Période ${quote(text.trim())} : aucune période ne la précède avant ${minPeriodYear}.`);
  }
  return formatPeriod(previous);
}
