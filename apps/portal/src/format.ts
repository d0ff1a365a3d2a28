import { reportingPeriodLabel } from "@cvv/domain/labels";
import { messages } from "./messages.fr";

// Calendar dates ("2019-01-15") carry no time zone: formatting them in UTC keeps the same day everywhere.
const calendarDate = new Intl.DateTimeFormat("fr-FR", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
// Publication instants are shown as the Métropole's officers saw them: Paris time.
const parisDate = new Intl.DateTimeFormat("fr-FR", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "Europe/Paris",
});

function parse(iso: string): Date | null {
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** "1 janvier 2017"; the French ordinal "1er" is what people write, so it is added here. */
function withOrdinal(text: string): string {
  return text.replace(/^1 /, "1er ");
}

export function formatDate(iso: string): string {
  const d = parse(iso);
  return d ? withOrdinal(calendarDate.format(d)) : iso;
}

export function formatInstant(iso: string): string {
  const d = parse(iso);
  return d ? withOrdinal(parisDate.format(d)) : iso;
}

/** The Paris calendar day of an instant, for <time datetime>. */
export function instantDay(iso: string): string {
  const d = parse(iso);
  if (!d) return iso;
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(d);
}

export function formatPeriod(startsOn: string | null, endsOn: string | null): string | null {
  if (startsOn && endsOn) return messages.dates.range(formatDate(startsOn), formatDate(endsOn));
  if (startsOn) return messages.dates.from(formatDate(startsOn));
  if (endsOn) return messages.dates.until(formatDate(endsOn));
  return null;
}

export function formatDepartement(code: string): string {
  return messages.departement(code, messages.departements[code]);
}

/**
 * Folds case, accents and punctuation so that "saint ouen", "Saint-Ouen" and "SAINT OUEN"
 * match, as people type place names every which way.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Blank lines separate paragraphs in the text officers and communes type. */
export function paragraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

export const byFrenchName = new Intl.Collator("fr-FR", { sensitivity: "base", numeric: true }).compare;

/** "2025", "1er trimestre 2025", "mars 2025": how people name the reporting periods of a figure. */
export const formatReportingPeriod = reportingPeriodLabel;

const figureFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });

/** A figure with its unit, e.g. "12,5 %" or "124 nombre" → "124". */
export function formatFigure(value: number, unit: string): string {
  const number = figureFormat.format(value);
  if (unit === "%") return `${number} %`;
  if (unit === "€") return `${number} €`;
  return unit && unit !== "nombre" ? `${number} ${unit}` : number;
}
