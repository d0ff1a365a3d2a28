import {
  communeMapLayout,
  indicatorsRepository,
  publicMapRepository,
  type CommuneFigureRow,
  type IndicatorRecord,
  type MapParticipation,
} from "@cvv/db";
import { classifyValues } from "@cvv/domain/communes";
import { comparePeriods, formulaReferences, parseFormula } from "@cvv/domain/indicators";
import { ok, type Result } from "@cvv/domain/shared";
import type { Context } from "../shared/context.js";
import { notFound } from "../shared/errors.js";
import { componentsOf, computeCommuneFigures } from "../figures/compute-figures.js";
import type { PublicMap, PublicMapInput } from "./public-map.schema.js";

type MapEdition = PublicMap["editions"][number];

function editionsOf(participations: readonly MapParticipation[]): MapEdition[] {
  const byId = new Map<string, MapEdition>();
  for (const p of participations) {
    if (p.editionId === null || byId.has(p.editionId)) continue;
    byId.set(p.editionId, {
      id: p.editionId,
      name: p.editionName ?? "",
      year: p.editionYear ?? 0,
      programmeName: p.programmeName,
    });
  }
  return [...byId.values()].sort((a, b) => b.year - a.year || a.name.localeCompare(b.name, "fr"));
}

/**
 * Whether every indicator a computed one reads, through nested formulas, is public: one
 * non-public component and its figure would be unknown for every commune, so it is not offered.
 */
function readsOnlyPublic(indicator: IndicatorRecord, publicLibrary: readonly IndicatorRecord[]): boolean {
  const byCode = new Map(publicLibrary.map((i) => [i.code, i]));
  const seen = new Set<string>([indicator.code]);
  const pending = [indicator.formula];
  while (pending.length > 0) {
    const parsed = parseFormula(pending.pop() ?? "");
    if (!parsed.ok) return false;
    for (const code of formulaReferences(parsed.value)) {
      const ref = byCode.get(code);
      if (!ref) return false;
      if (ref.formula && !seen.has(code)) {
        seen.add(code);
        pending.push(ref.formula);
      }
    }
  }
  return true;
}

/** The years an indicator has public figures in: its own, or, computed, those where all its components have some. */
function availableYears(
  indicator: IndicatorRecord,
  publicLibrary: readonly IndicatorRecord[],
  yearsOf: ReadonlyMap<string, ReadonlySet<number>>,
): number[] {
  let years: Set<number>;
  if (!indicator.formula) years = new Set(yearsOf.get(indicator.id) ?? []);
  else {
    const components = componentsOf(indicator, publicLibrary);
    if (components.length === 0 || !readsOnlyPublic(indicator, publicLibrary)) return [];
    years = new Set(yearsOf.get(components[0]!.id) ?? []);
    for (const component of components.slice(1)) {
      const own = yearsOf.get(component.id) ?? new Set<number>();
      for (const year of years) if (!own.has(year)) years.delete(year);
    }
  }
  return [...years].sort((a, b) => b - a);
}

/**
 * The map of the whole métropole: every commune's outline, which ones take part (a project of a
 * programme that is no longer a draft, in the chosen edition or in any), and, for one public
 * indicator, the participating communes' approved, published, non-confidential figures in five
 * classes. A commune that does not take part shows no figure, as on the rest of the portal.
 */
export async function publicMap(ctx: Context, input: PublicMapInput): Promise<Result<PublicMap>> {
  const layout = communeMapLayout();
  const repository = publicMapRepository(ctx.db);
  const [participations, library] = await Promise.all([
    repository.participations(),
    indicatorsRepository(ctx.db).list(),
  ]);

  const editions = editionsOf(participations);
  const edition = input.edition ? (editions.find((e) => e.id === input.edition) ?? null) : null;
  if (input.edition && !edition) return notFound("Édition");

  const projectCount = new Map<string, number>();
  const communeEditions = new Map<string, Map<string, { name: string; year: number }>>();
  for (const p of participations) {
    if (!edition || p.editionId === edition.id)
      projectCount.set(p.communeInseeCode, (projectCount.get(p.communeInseeCode) ?? 0) + 1);
    if (p.editionId === null) continue;
    const own = communeEditions.get(p.communeInseeCode) ?? new Map<string, { name: string; year: number }>();
    own.set(p.editionId, { name: p.editionName ?? "", year: p.editionYear ?? 0 });
    communeEditions.set(p.communeInseeCode, own);
  }
  const mapped = new Set(layout.communes.map((c) => c.inseeCode));
  const participating = [...projectCount.keys()].filter((code) => mapped.has(code));
  const everParticipating = [...new Set(participations.map((p) => p.communeInseeCode))].filter((code) =>
    mapped.has(code),
  );

  const publicLibrary = library.filter((i) => i.publicByDefault);
  const yearsOf = new Map<string, Set<number>>();
  for (const { indicatorId, period } of await repository.publicPeriods(everParticipating)) {
    const years = yearsOf.get(indicatorId) ?? new Set<number>();
    years.add(Number(period.slice(0, 4)));
    yearsOf.set(indicatorId, years);
  }
  const indicators = publicLibrary
    .map((indicator) => ({ indicator, years: availableYears(indicator, publicLibrary, yearsOf) }))
    .filter((a) => a.years.length > 0)
    .sort((a, b) => a.indicator.name.localeCompare(b.indicator.name, "fr"));

  const chosen = input.indicator ? indicators.find((a) => a.indicator.code === input.indicator) : undefined;
  if (input.indicator && !chosen) return notFound("Indicateur");

  const values = new Map<string, number>();
  let legend: PublicMap["legend"] = null;
  let valueClass = new Map<string, number | null>();
  if (chosen) {
    const { indicator } = chosen;
    const year = input.year ?? chosen.years[0]!;
    const range = { communeCodes: participating, fromPeriod: String(year), toPeriod: String(year + 1) };
    let rows: CommuneFigureRow[];
    if (indicator.formula) {
      const components = componentsOf(indicator, publicLibrary);
      const componentRows = await repository.publicValues({ ...range, indicatorIds: components.map((c) => c.id) });
      rows = computeCommuneFigures(indicator, publicLibrary, componentRows);
    } else {
      rows = await repository.publicValues({ ...range, indicatorIds: [indicator.id] });
    }
    // One period for the whole map, the year's latest: a commune's December beside another's
    // March would not compare.
    const period =
      rows
        .map((r) => r.period)
        .sort(comparePeriods)
        .at(-1) ?? null;
    for (const row of rows) if (row.period === period) values.set(row.communeInseeCode, row.value);
    const classing = classifyValues(new Map(participating.map((code) => [code, values.get(code) ?? null])));
    if (!classing.ok) return classing;
    valueClass = classing.value.classOf;
    legend = {
      status: classing.value.status,
      unit: indicator.unit,
      year,
      period,
      classes: classing.value.classes,
      noDataCount: participating.filter((code) => !values.has(code)).length,
    };
  }

  return ok({
    viewBox: layout.viewBox,
    width: layout.width,
    height: layout.height,
    // By name: the order keyboard users tab through the map's links in.
    communes: [...layout.communes]
      .sort((a, b) => a.name.localeCompare(b.name, "fr"))
      .map((c) => ({
        inseeCode: c.inseeCode,
        name: c.name,
        departement: c.departement,
        eptName: c.territoryName,
        path: c.path,
        participating: projectCount.has(c.inseeCode),
        projectCount: projectCount.get(c.inseeCode) ?? 0,
        editions: [...(communeEditions.get(c.inseeCode)?.values() ?? [])].sort(
          (a, b) => a.year - b.year || a.name.localeCompare(b.name, "fr"),
        ),
        value: values.get(c.inseeCode) ?? null,
        valueClass: valueClass.get(c.inseeCode) ?? null,
      })),
    editions,
    indicators: indicators.map(({ indicator, years }) => ({
      code: indicator.code,
      name: indicator.name,
      unit: indicator.unit,
      years,
    })),
    selection: {
      edition,
      indicator: chosen
        ? { code: chosen.indicator.code, name: chosen.indicator.name, unit: chosen.indicator.unit }
        : null,
    },
    legend,
  });
}
