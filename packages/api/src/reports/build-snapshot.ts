import type { ReportSourceData } from "@cvv/db";
import {
  isCraftTag,
  isCraftTheme,
  pickTarget,
  pickYearValue,
  REPORT_DATA_SCHEMA_VERSION,
  type ReportData,
} from "@cvv/domain/reports";

/** How many years an indicator's chart shows, the report's year included. */
export const SERIES_YEARS = 5;

/** Shapes the year's raw figures into the frozen snapshot: what the report will always show. */
export function buildReportData(input: {
  source: ReportSourceData;
  programme: { id: string; slug: string; name: string };
  year: number;
  generatedAt: Date;
  sections: readonly { key: string; title: string; body: string }[];
}): ReportData {
  const { source, year } = input;
  const years = Array.from({ length: SERIES_YEARS }, (_, i) => year - SERIES_YEARS + 1 + i);
  const craftProjects = source.projects.filter((p) => p.themes.some(isCraftTheme));
  return {
    schemaVersion: REPORT_DATA_SCHEMA_VERSION,
    year,
    programme: input.programme,
    generatedAt: input.generatedAt.toISOString(),
    projects: source.projects.map((p) => ({
      id: p.id,
      slug: p.slug,
      title: p.title,
      communeName: p.communeName,
      status: p.status,
      themes: p.themes,
      milestonesReached: p.milestonesReached,
      milestonesDue: p.milestonesDue,
      committedCents: p.committedCents,
      paidCents: p.paidCents,
    })),
    indicators: source.indicators.map((i) => ({
      id: i.id,
      code: i.code,
      name: i.name,
      unit: i.unit,
      direction: i.direction,
      series: years.map((y) => {
        const picked = pickYearValue(i.values, y);
        return { year: y, period: picked?.period ?? null, value: picked?.value ?? null };
      }),
      baseline: i.baseline,
      target: pickTarget(i.targets, year),
    })),
    events: source.events.map(({ craft: _craft, ...e }) => e),
    publications: source.publications,
    networks: source.networks,
    sections: input.sections.map((s) => ({ key: s.key, title: s.title, body: s.body })),
    crafts: {
      projects: craftProjects.map((p) => ({
        title: p.title,
        communeName: p.communeName,
        themes: p.themes.filter(isCraftTheme),
      })),
      publications: source.publications
        .filter((p) => p.tags.some(isCraftTag))
        .map((p) => ({ title: p.title, slug: p.slug })),
      events: source.events.filter((e) => e.craft).map((e) => ({ title: e.title, startsAt: e.startsAt })),
    },
  };
}
