import type { Outputs } from "./api-types";

/** The indicator library and the programme's figures as the API returns them: types only. */
export type Indicator = Outputs["indicators"]["list"][number];
export type IndicatorDetail = Outputs["indicators"]["get"];
export type Assignment = IndicatorDetail["assignments"][number];
export type IndicatorKind = Indicator["kind"];
export type IndicatorDirection = Indicator["direction"];
export type IndicatorFrequency = Indicator["frequency"];
export type IndicatorAggregation = Indicator["aggregation"];
export type Target = Assignment["targets"][number];

export type Dashboard = Outputs["figures"]["dashboard"];
export type IndicatorFigures = Dashboard["indicators"][number];
export type PeriodFigures = IndicatorFigures["periods"][number];
export type GroupFigure = PeriodFigures["byTerritory"][number];
export type Series = Outputs["figures"]["series"];

/** A computed indicator has a formula; a collected one is entered by the communes. */
export function isComputed(indicator: Pick<Indicator, "formula">): boolean {
  return indicator.formula !== null && indicator.formula.trim() !== "";
}

/**
 * A decimal number as people type it in France: "7,5", "1 500 000", "-3.25". Null when empty,
 * NaN when it is not a number (the form says so before sending).
 */
export function parseDecimal(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
  if (compact === "") return null;
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(compact) ? Number(compact) : Number.NaN;
}

/** A stored number back into a form's text, with the French decimal comma. */
export function decimalInput(value: number | null | undefined): string {
  return value === null || value === undefined ? "" : String(value).replace(".", ",");
}

/** An example period of the indicator's frequency, for hints: "2026", "2026-T1", "2026-03". */
export function examplePeriod(frequency: IndicatorFrequency, year: number): string {
  if (frequency === "quarterly") return `${year}-T1`;
  if (frequency === "monthly") return `${year}-03`;
  return String(year);
}

/**
 * Periods in time order. The API's periods are canonical ("2025", "2025-T3", "2025-03"), so the
 * text order is the time order within one frequency; a year sorts before its quarters and months.
 */
export function comparePeriodTexts(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
