import { reportingPeriodLabel } from "@cvv/domain/labels";
import { messages } from "../messages.fr";

const dateFormat = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "UTC" });
const dateTimeFormat = new Intl.DateTimeFormat("fr-FR", {
  dateStyle: "long",
  timeStyle: "short",
  timeZone: "Europe/Paris",
});
const euroFormat = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR", maximumFractionDigits: 0 });

/**
 * A calendar date (AAAA-MM-JJ) is read as UTC midnight and shown in UTC: in the browser's own
 * zone, 1 March could show as 28 February west of Greenwich.
 */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return messages.common.notSet;
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : dateFormat.format(date);
}

/** A moment (ISO 8601 timestamp), shown in Paris time: the programme's officers work there. */
export function formatDateTime(isoDateTime: string | null | undefined): string {
  if (!isoDateTime) return messages.common.notSet;
  const date = new Date(isoDateTime);
  return Number.isNaN(date.getTime()) ? isoDateTime : dateTimeFormat.format(date);
}

export function formatPeriod(start: string | null | undefined, end: string | null | undefined): string {
  const f = messages.format;
  if (start && end) return `${f.from} ${formatDate(start)} ${f.to} ${formatDate(end)}`;
  if (start) return `${f.since} ${formatDate(start)}`;
  if (end) return `${f.until} ${formatDate(end)}`;
  return messages.common.notSet;
}

export function formatEuros(amount: number | null | undefined): string {
  return amount === null || amount === undefined ? messages.common.notSet : euroFormat.format(amount);
}

export function pageTitle(page: string): string {
  return `${page} – ${messages.app.titleSuffix}`;
}

/**
 * An indicator's period in words: "2025", "1er trimestre 2025", "mars 2025". Text that is not a
 * period is shown as it is rather than hidden.
 */
export const formatIndicatorPeriod = reportingPeriodLabel;

const figureFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });

/** A figure in French notation with its unit ("7,5 %", "1 250 cellules"); "no value" in words. */
export function formatFigure(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined) return messages.figures.noValue;
  return unit ? `${figureFormat.format(value)}\u00a0${unit}` : figureFormat.format(value);
}
