import { figuresRepository, indicatorsRepository, programmesRepository, publicProjectsRepository } from "@cvv/db";
import { targetSeries } from "@cvv/domain/indicators";
import { ok } from "@cvv/domain/shared";
import type { Context } from "../shared/context.js";
import { notFound } from "../shared/errors.js";
import { programmeFigures } from "../figures/figures.service.js";
import { publicCommuneIndicators } from "./public-indicators.service.js";

const publicDescription = (i: {
  code: string;
  name: string;
  definition: string;
  unit: string;
  kind: "execution" | "performance" | "impact";
  direction: "higher_is_better" | "lower_is_better";
  method: string;
  source: string;
}) => ({
  code: i.code,
  name: i.name,
  definition: i.definition,
  unit: i.unit,
  kind: i.kind,
  direction: i.direction,
  method: i.method,
  source: i.source,
});

/**
 * Each public indicator of a public programme over every period, the programme's targets beside
 * the figures: approved, non-confidential values only (the figures' `publicOnly` filter). Without
 * a slug, the first public programme, so that the page has something to show at its bare address.
 */
export async function publicIndicatorSeries(ctx: Context, input: { slug?: string | undefined }) {
  const programmes = programmesRepository(ctx.db);
  const programme = input.slug
    ? await programmes.findPublicBySlug(input.slug)
    : ((await programmes.list({ publicOnly: true }))[0] ?? null);
  if (!programme) return notFound("Programme");
  const [library, assignments, communeList] = await Promise.all([
    indicatorsRepository(ctx.db).list(),
    indicatorsRepository(ctx.db).assignments({ programmeId: programme.id }),
    figuresRepository(ctx.db).programmeCommunes(programme.id),
  ]);
  const programmeLevel = new Map(assignments.filter((a) => a.projectId === null).map((a) => [a.indicatorId, a]));
  const indicators = library.filter((i) => i.publicByDefault && programmeLevel.has(i.id));
  const filter = { programmeId: programme.id, fromPeriod: "1900", toPeriod: "2101", publicOnly: true };
  const rows = await programmeFigures(
    ctx.db,
    filter,
    indicators,
    library,
    new Map(communeList.map((c) => [c.inseeCode, c])),
    "all",
  );

  const series = indicators.map((indicator) => {
    const own = rows.filter((r) => r.indicatorId === indicator.id && r.groupKind === "all");
    const points = targetSeries(
      indicator.direction,
      own.map((r) => ({ period: r.period, value: r.value })),
      programmeLevel.get(indicator.id)?.targets ?? [],
    ).map((p) => ({ ...p, communes: own.find((r) => r.period === p.period)?.communes ?? 0 }));
    return { ...publicDescription(indicator), points };
  });
  const yearOf = (period: string) => Number(period.slice(0, 4));
  const points = series.flatMap((s) => s.points);
  const withValue = points.filter((p) => p.value !== null).map((p) => yearOf(p.period));
  return ok({
    programme: { slug: programme.slug, name: programme.name },
    years: [...new Set(points.map((p) => yearOf(p.period)))].sort((a, b) => a - b),
    latestYear: withValue.length > 0 ? Math.max(...withValue) : null,
    indicators: series.filter((s) => s.points.length > 0),
  });
}

/**
 * The public indicators a project follows on its own (assignments to the project), its commune's
 * published figures against the project's targets. The figures come from the commune's public
 * figures, so the same rules apply: approved, non-confidential values of public indicators, and a
 * computed figure only when every component is public.
 */
export async function publicProjectIndicators(ctx: Context, slug: string) {
  const project = await publicProjectsRepository(ctx.db).findBySlug(slug);
  if (!project) return notFound("Projet");
  const assignments = await indicatorsRepository(ctx.db).assignments({ projectId: project.id });
  if (assignments.length === 0) return ok([]);
  const [definitions, figures] = await Promise.all([
    indicatorsRepository(ctx.db).findMany(assignments.map((a) => a.indicatorId)),
    publicCommuneIndicators(ctx, project.communeInseeCode),
  ]);
  if (!figures.ok) return figures;
  const series = assignments.flatMap((assignment) => {
    const indicator = definitions.find((d) => d.id === assignment.indicatorId);
    if (!indicator?.publicByDefault) return [];
    const values = figures.value.find((f) => f.code === indicator.code)?.values ?? [];
    const points = targetSeries(indicator.direction, values, assignment.targets);
    return points.length > 0 ? [{ ...publicDescription(indicator), points }] : [];
  });
  return ok(series);
}
