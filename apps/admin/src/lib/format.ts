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

const monthFormat = new Intl.DateTimeFormat("fr-FR", { month: "long", timeZone: "UTC" });

/**
 * An indicator's period in words: "2025", "1er trimestre 2025", "mars 2025". Text that is not a
 * period is shown as it is rather than hidden.
 */
export function formatIndicatorPeriod(period: string): string {
  const quarter = /^(\d{4})-T([1-4])$/.exec(period);
  if (quarter) return messages.figures.quarter(Number(quarter[2]), Number(quarter[1]));
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) {
    const date = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
    return Number.isNaN(date.getTime()) ? period : `${monthFormat.format(date)} ${month[1]}`;
  }
  return period;
}

const figureFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });

/** A figure in French notation with its unit ("7,5 %", "1 250 cellules"); "no value" in words. */
export function formatFigure(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined) return messages.figures.noValue;
  return unit ? `${figureFormat.format(value)}\u00a0${unit}` : figureFormat.format(value);
}
