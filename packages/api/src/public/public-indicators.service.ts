import {
  indicatorValuesRepository,
  indicatorsRepository,
  programmesRepository,
  publicProjectsRepository,
} from "@cvv/db";
import { comparePeriods, evaluateComputed } from "@cvv/domain/indicators";
import { ok, type Result } from "@cvv/domain/shared";
import type { Context } from "../shared/context.js";
import { notFound } from "../shared/errors.js";
import { programmeDashboard } from "../figures/figures.service.js";

/** A public programme's public indicators for a year: approved, non-confidential figures only. */
export async function publicProgrammeIndicators(ctx: Context, input: { slug: string; year?: number }) {
  const programme = await programmesRepository(ctx.db).findPublicBySlug(input.slug);
  if (!programme) return notFound("Programme");
  const dashboard = await programmeDashboard(
    ctx,
    null,
    { programmeId: programme.id, year: input.year },
    { publicOnly: true },
  );
  if (!dashboard.ok) return dashboard;
  return ok({
    year: dashboard.value.year,
    indicators: dashboard.value.indicators.map(({ indicator, periods }) => ({
      code: indicator.code,
      name: indicator.name,
      definition: indicator.definition,
      unit: indicator.unit,
      kind: indicator.kind,
      direction: indicator.direction,
      method: indicator.method,
      source: indicator.source,
      periods: periods.map((p) => ({
        period: p.period,
        value: p.value,
        communes: p.communes,
        target: p.target,
        byTerritory: p.byTerritory.map(({ label, value, communes }) => ({ label, value, communes })),
      })),
    })),
  });
}

export interface PublicCommuneFigure {
  code: string;
  name: string;
  unit: string;
  computed: boolean;
  values: { period: string; value: number; publishedAt: string | null; correctedAt: string | null }[];
}

/**
 * A participating commune's public figures. Computed indicators are evaluated from the published
 * figures of their components, so they never reveal anything the components do not.
 */
export async function publicCommuneIndicators(ctx: Context, inseeCode: string): Promise<Result<PublicCommuneFigure[]>> {
  const [participates, library, published] = await Promise.all([
    publicProjectsRepository(ctx.db).communeHasProjects(inseeCode),
    indicatorsRepository(ctx.db).list(),
    indicatorValuesRepository(ctx.db).listPublished(inseeCode),
  ]);
  if (!participates) return notFound("Commune");
  const publicLibrary = library.filter((i) => i.publicByDefault);
  // Grouped once: a commune has thousands of values, and scanning them for each of hundreds of
  // indicators was the commune page's main cost (BENCHMARKS.md, "Portail public").
  const byIndicator = new Map<string, PublicCommuneFigure["values"]>();
  const byCodeAndPeriod = new Map<string, number>();
  for (const v of published) {
    let values = byIndicator.get(v.indicatorId);
    if (!values) byIndicator.set(v.indicatorId, (values = []));
    values.push({ period: v.period, value: v.value, publishedAt: v.publishedAt, correctedAt: v.correctedAt });
    byCodeAndPeriod.set(`${v.indicatorCode}\u0000${v.period}`, v.value);
  }
  const figures: PublicCommuneFigure[] = [];
  for (const indicator of publicLibrary) {
    if (!indicator.formula) {
      const values = byIndicator.get(indicator.id) ?? [];
      if (values.length > 0)
        figures.push({ code: indicator.code, name: indicator.name, unit: indicator.unit, computed: false, values });
      continue;
    }
    const periods = [...new Set(published.map((v) => v.period))].sort(comparePeriods);
    // Only public components count: a confidential or non-public one leaves the figure unknown.
    const formulaOf = (code: string) => publicLibrary.find((i) => i.code === code)?.formula;
    const values = periods.flatMap((period) => {
      const value = evaluateComputed(indicator.code, formulaOf, (code) =>
        byCodeAndPeriod.get(`${code}\u0000${period}`),
      );
      return value === null ? [] : [{ period, value, publishedAt: null, correctedAt: null }];
    });
    if (values.length > 0)
      figures.push({ code: indicator.code, name: indicator.name, unit: indicator.unit, computed: true, values });
  }
  return ok(figures);
}
