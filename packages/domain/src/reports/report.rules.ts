import { fail, ok, type Result } from "../shared/result.js";
import { craftTags, craftThemes } from "./report-sections.js";
import type { ReportData, ReportIndicator } from "./report-data.schema.js";

const integer = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });
const euros = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR", maximumFractionDigits: 0 });

export const formatNumber = (value: number): string =>
  (Number.isInteger(value) ? integer : decimal).format(value).replace(/\u202f/g, "\u00a0");
export const formatEuros = (cents: number): string => euros.format(cents / 100).replace(/\u202f/g, "\u00a0");

/** What a missing figure reads as, in a table cell or beside a chart bar. */
export const MISSING_VALUE = "non disponible";

/** A year with nothing to show: no active project, no value, no event, no publication, no meeting. */
export function yearHasData(data: ReportData): boolean {
  return (
    data.projects.length > 0 ||
    data.indicators.some((i) => i.series.some((p) => p.year === data.year && p.value !== null)) ||
    data.events.length > 0 ||
    data.publications.length > 0 ||
    data.networks.some((n) => n.meetings > 0)
  );
}

/**
 * The sentences that replace an empty section: a report never shows a blank table or an empty
 * chart, it says what is missing and why.
 */
export function reportNotices(data: ReportData) {
  const y = data.year;
  return {
    noData: yearHasData(data)
      ? null
      : `Aucune donnée n'est enregistrée pour ${y} dans ce programme : ni projet actif, ni valeur d'indicateur publiée, ni événement, ni publication, ni réunion de réseau. Les chiffres de ce bilan sont donc tous nuls.`,
    projects: data.projects.length ? null : `Aucun projet du programme n'était en cours en ${y}.`,
    indicators: data.indicators.length
      ? null
      : "Aucun indicateur n'est rattaché à ce programme : ce bilan ne présente donc pas d'indicateurs ni de cibles.",
    events: data.events.length ? null : `Aucun événement du programme ne s'est tenu en ${y}.`,
    publications: data.publications.length ? null : `Aucune publication n'a été mise en ligne en ${y}.`,
    networks: data.networks.length ? null : "Aucun réseau n'est enregistré.",
    crafts:
      data.crafts.projects.length || data.crafts.publications.length || data.crafts.events.length
        ? null
        : `Aucun projet, événement ou publication consacré à l'artisanat, à la seconde main, à la réparation ou à la production locale n'est enregistré pour ${y}.`,
  };
}

/** The sentence under an indicator whose value of the report's year is missing, null when present. */
export function missingValueNotice(indicator: ReportIndicator, year: number): string | null {
  const current = indicator.series.find((p) => p.year === year);
  if (current && current.value !== null) return null;
  return `Valeur ${year} non disponible pour « ${indicator.name} » : aucune valeur approuvée et publiée pour cette année.`;
}

/** The years of a series without a value, in words, for the chart's description. */
export function missingYears(indicator: ReportIndicator): number[] {
  return indicator.series.filter((p) => p.value === null).map((p) => p.year);
}

export type TargetStatus = "reached" | "not_reached" | "no_target" | "no_value";

export function targetStatus(indicator: ReportIndicator, year: number): TargetStatus {
  if (!indicator.target) return "no_target";
  const value = indicator.series.find((p) => p.year === year)?.value ?? null;
  if (value === null) return "no_value";
  const reached =
    indicator.direction === "higher_is_better" ? value >= indicator.target.value : value <= indicator.target.value;
  return reached ? "reached" : "not_reached";
}

export const targetStatusLabels: Record<TargetStatus, string> = {
  reached: "cible atteinte",
  not_reached: "cible non atteinte",
  no_target: "aucune cible fixée",
  no_value: "valeur non disponible",
};

/**
 * The value of a year among the periods of an indicator: the yearly period when there is one,
 * otherwise the latest sub-period of the year ("2025-T4" after "2025-T1").
 */
export function pickYearValue(
  rows: readonly { period: string; value: number | null }[],
  year: number,
): { period: string; value: number } | null {
  const y = String(year);
  let best: { period: string; value: number } | null = null;
  for (const row of rows) {
    if (row.value === null || !(row.period === y || row.period.startsWith(`${y}-`))) continue;
    if (row.period === y) return { period: row.period, value: row.value };
    if (!best || row.period > best.period) best = { period: row.period, value: row.value };
  }
  return best;
}

/** The target of the report's year when fixed, otherwise the next one after it, otherwise the last one. */
export function pickTarget(
  targets: readonly { period: string; value: number }[],
  year: number,
): { period: string; value: number } | null {
  const sorted = [...targets].sort((a, b) => a.period.localeCompare(b.period));
  return (
    sorted.find((t) => t.period === String(year)) ??
    sorted.find((t) => t.period.slice(0, 4) >= String(year)) ??
    sorted.at(-1) ??
    null
  );
}

const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’‘]/g, "'")
    .toLowerCase()
    .trim();

export const isCraftTag = (tag: string): boolean => (craftTags as readonly string[]).includes(fold(tag));
export const isCraftTheme = (theme: string): boolean => (craftThemes as readonly string[]).includes(theme);

export interface KeyFigure {
  key: string;
  label: string;
  value: number;
  text: string;
}

/** The summary's figures, computed from the frozen data only, so they never move after generation. */
export function keyFigures(data: ReportData): KeyFigure[] {
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const committed = sum(data.projects.map((p) => p.committedCents));
  const paid = sum(data.projects.map((p) => p.paidCents));
  const milestones = sum(data.projects.map((p) => p.milestonesReached.length));
  const participants = sum(data.events.map((e) => e.attended || e.registrations));
  const reached = data.indicators.filter((i) => targetStatus(i, data.year) === "reached").length;
  const withTarget = data.indicators.filter((i) => i.target !== null).length;
  const figure = (key: string, label: string, value: number, text = formatNumber(value)) => ({
    key,
    label,
    value,
    text,
  });
  return [
    figure("projects", "Projets en cours dans l'année", data.projects.length),
    figure("completed", "Projets achevés", data.projects.filter((p) => p.status === "completed").length),
    figure("milestones", "Jalons atteints dans l'année", milestones),
    figure("committed", "Financements engagés (cumul)", committed, formatEuros(committed)),
    figure("paid", "Financements versés (cumul)", paid, formatEuros(paid)),
    figure(
      "targets",
      "Indicateurs à la cible",
      reached,
      withTarget ? `${formatNumber(reached)} sur ${formatNumber(withTarget)}` : "aucune cible fixée",
    ),
    figure("events", "Événements tenus", data.events.length),
    figure("participants", "Participants aux événements", participants),
    figure("publications", "Publications", data.publications.length),
    figure("meetings", "Réunions de réseau", sum(data.networks.map((n) => n.meetings))),
  ];
}

/** The report's state as the publication rules need it. */
export interface PublishableReport {
  status: "draft" | "published";
  publishedSnapshotId: string | null;
}

/**
 * Publishing shows one snapshot on the portal: a draft becomes published, a published report may
 * switch to another (newer) snapshot; republishing the one already shown is refused as a no-op.
 */
export function checkPublish(
  report: PublishableReport,
  snapshot: { id: string; reportId: string; hasPdf: boolean },
  reportId: string,
): Result<{ status: "published"; publishedSnapshotId: string }> {
  if (snapshot.reportId !== reportId)
    return fail("INVALID", "Cette version n'appartient pas à ce bilan.", "snapshotId");
  if (!snapshot.hasPdf)
    return fail(
      "TRANSITION_REFUSED",
      "Cette version n'a pas de PDF : générez le bilan avant de le publier.",
      "snapshotId",
    );
  if (report.status === "published" && report.publishedSnapshotId === snapshot.id) {
    return fail("TRANSITION_REFUSED", "Cette version est déjà publiée.", "snapshotId");
  }
  return ok({ status: "published", publishedSnapshotId: snapshot.id });
}

/** A generation silent for this long died with its process (a restart): it no longer blocks the next. */
export const STALE_GENERATION_MS = 10 * 60_000;

/** A generation runs one at a time per report: a second click while one runs is refused. */
export function checkGenerate(
  latest: { status: "queued" | "running" | "done" | "failed"; updatedAt: string } | null,
  now: Date,
): Result<true> {
  const live =
    latest &&
    (latest.status === "queued" || latest.status === "running") &&
    now.getTime() - Date.parse(latest.updatedAt) < STALE_GENERATION_MS;
  if (live) {
    return fail("TRANSITION_REFUSED", "Une génération de ce bilan est déjà en cours : attendez qu'elle se termine.");
  }
  return ok(true);
}
