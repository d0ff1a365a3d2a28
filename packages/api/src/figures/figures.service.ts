import {
  editionsRepository,
  figuresRepository,
  indicatorsRepository,
  programmesRepository,
  type AggregateRow,
  type AssignmentRecord,
  type CommuneFigureRow,
  type FigureFilter,
  type IndicatorRecord,
  type ProgrammeCommune,
  type Tx,
} from "@cvv/db";
import { aggregate, comparePeriods, isAlert, meetsTarget, peerGroups } from "@cvv/domain/indicators";
import { can } from "@cvv/domain/permissions";
import { ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../shared/context.js";
import { forbidden, notFound } from "../shared/errors.js";
import { aggregateInMemory, componentsOf, computeCommuneFigures } from "./compute-figures.js";

export interface GroupFigure {
  key: string;
  label: string;
  value: number | null;
  communes: number;
}

export interface PeriodFigures {
  period: string;
  value: number | null;
  communes: number;
  target: number | null;
  meetsTarget: boolean | null;
  alert: boolean;
  byTerritory: GroupFigure[];
  byDepartement: GroupFigure[];
  byEdition: GroupFigure[];
}

export interface IndicatorFigures {
  indicator: IndicatorRecord;
  assignment: Pick<AssignmentRecord, "baselineValue" | "baselineDate" | "alertThreshold" | "targets"> | null;
  periods: PeriodFigures[];
}

const departementNames: Record<string, string> = {
  "75": "Paris",
  "91": "Essonne",
  "92": "Hauts-de-Seine",
  "93": "Seine-Saint-Denis",
  "94": "Val-de-Marne",
  "95": "Val-d'Oise",
};

/** Aggregates of a programme's indicators over some periods, computed indicators included. */
export async function programmeFigures(
  db: Tx,
  filter: FigureFilter,
  indicators: readonly IndicatorRecord[],
  library: readonly IndicatorRecord[],
  communes: ReadonlyMap<string, ProgrammeCommune>,
  groups: "all" | "every",
): Promise<AggregateRow[]> {
  const figures = figuresRepository(db);
  const collected = indicators.filter((i) => !i.formula).map((i) => i.id);
  const computed = indicators.filter((i) => i.formula);
  const rows =
    collected.length === 0
      ? []
      : groups === "all"
        ? await figures.programmeTotals(filter, collected)
        : await figures.aggregates(filter, collected);
  for (const indicator of computed) {
    const components = componentsOf(indicator, library);
    const componentRows = await figures.communeFigures(
      filter,
      components.map((c) => c.id),
    );
    const computedRows = aggregateInMemory(
      indicator,
      computeCommuneFigures(indicator, library, componentRows),
      communes,
    );
    rows.push(...(groups === "all" ? computedRows.filter((r) => r.groupKind === "all") : computedRows));
  }
  return rows;
}

function shape(
  indicator: IndicatorRecord,
  assignment: AssignmentRecord | null,
  rows: readonly AggregateRow[],
  labels: { territory: Map<string, string>; edition: Map<string, string> },
): IndicatorFigures {
  const own = rows.filter((r) => r.indicatorId === indicator.id);
  const periods = [...new Set(own.map((r) => r.period))].sort(comparePeriods);
  const group = (period: string, kind: AggregateRow["groupKind"], label: (key: string) => string): GroupFigure[] =>
    own
      .filter((r) => r.period === period && r.groupKind === kind)
      .map((r) => ({ key: r.groupKey, label: label(r.groupKey), value: r.value, communes: r.communes }))
      .sort((a, b) => a.label.localeCompare(b.label, "fr"));
  return {
    indicator,
    assignment: assignment
      ? {
          baselineValue: assignment.baselineValue,
          baselineDate: assignment.baselineDate,
          alertThreshold: assignment.alertThreshold,
          targets: assignment.targets,
        }
      : null,
    periods: periods.map((period) => {
      const all = own.find((r) => r.period === period && r.groupKind === "all");
      const target = assignment?.targets.find((t) => t.period === period)?.value ?? null;
      const value = all?.value ?? null;
      return {
        period,
        value,
        communes: all?.communes ?? 0,
        target,
        meetsTarget: meetsTarget(indicator.direction, target, value),
        alert: isAlert(indicator.direction, assignment?.alertThreshold ?? null, value),
        byTerritory: group(period, "territory", (k) => labels.territory.get(k) ?? k),
        byDepartement: group(period, "departement", (k) => departementNames[k] ?? k),
        byEdition: group(period, "edition", (k) => labels.edition.get(k) ?? k),
      };
    }),
  };
}

async function context(db: Tx, programmeId: string) {
  const [library, assignments, communeList, editions] = await Promise.all([
    indicatorsRepository(db).list(),
    indicatorsRepository(db).assignments({ programmeId }),
    figuresRepository(db).programmeCommunes(programmeId),
    editionsRepository(db).listByProgramme(programmeId),
  ]);
  const programmeLevel = assignments.filter((a) => a.projectId === null);
  const assigned = new Set(programmeLevel.map((a) => a.indicatorId));
  return {
    library,
    indicators: library.filter((i) => assigned.has(i.id)),
    assignmentOf: (id: string) => programmeLevel.find((a) => a.indicatorId === id) ?? null,
    communes: new Map(communeList.map((c) => [c.inseeCode, c])),
    communeList,
    labels: {
      territory: new Map(
        communeList.filter((c) => c.territorySiren).map((c) => [c.territorySiren!, c.territoryName ?? ""]),
      ),
      edition: new Map(editions.map((e) => [e.id, e.name])),
    },
  };
}

export interface ProgrammeDashboard {
  programme: { id: string; name: string };
  year: number | null;
  indicators: IndicatorFigures[];
}

/**
 * The programme's figures for one year. Officers get the whole programme's figure per indicator
 * (breakdowns come one indicator at a time, from `indicatorBreakdown`); the portal, with its few
 * public indicators, gets the breakdown by EPT at once.
 */
export async function programmeDashboard(
  ctx: Context,
  actor: SessionUser | null,
  input: { programmeId: string; year?: number },
  options: { publicOnly?: boolean } = {},
): Promise<Result<ProgrammeDashboard>> {
  if (!options.publicOnly && !can(actor, "figures.read")) return forbidden();
  const programme = await programmesRepository(ctx.db).find(input.programmeId);
  if (!programme) return notFound("Programme");
  const year = input.year ?? (await figuresRepository(ctx.db).latestYear(programme.id));
  const c = await context(ctx.db, programme.id);
  const indicators = options.publicOnly ? c.indicators.filter((i) => i.publicByDefault) : c.indicators;
  if (year === null) return ok({ programme: { id: programme.id, name: programme.name }, year, indicators: [] });
  const filter = {
    programmeId: programme.id,
    fromPeriod: String(year),
    toPeriod: String(year + 1),
    publicOnly: !!options.publicOnly,
  };
  const groups = options.publicOnly ? "every" : "all";
  const rows = await programmeFigures(ctx.db, filter, indicators, c.library, c.communes, groups);
  return ok({
    programme: { id: programme.id, name: programme.name },
    year,
    indicators: indicators.map((i) => shape(i, c.assignmentOf(i.id), rows, c.labels)),
  });
}

export interface CommuneSeriesPoint {
  period: string;
  value: number | null;
  sameTerritoryMedian: number | null;
  similarPopulationMedian: number | null;
}

export interface IndicatorSeries extends IndicatorFigures {
  commune: {
    inseeCode: string;
    name: string;
    points: CommuneSeriesPoint[];
    sameTerritory: string[];
    similarPopulation: string[];
  } | null;
}

const median = (values: number[]) =>
  aggregate(
    "median",
    values.map((value) => ({ value, population: 0 })),
  );

/**
 * One indicator over every period against its targets; with a commune, that commune's figures
 * beside the medians of its peers (same EPT; similar population).
 */
export async function indicatorSeries(
  ctx: Context,
  actor: SessionUser,
  input: { programmeId: string; indicatorId: string; communeInseeCode?: string },
): Promise<Result<IndicatorSeries>> {
  if (!can(actor, "figures.read")) return forbidden();
  const programme = await programmesRepository(ctx.db).find(input.programmeId);
  if (!programme) return notFound("Programme");
  const c = await context(ctx.db, programme.id);
  const indicator = c.library.find((i) => i.id === input.indicatorId);
  if (!indicator) return notFound("Indicateur");
  const filter = { programmeId: programme.id, fromPeriod: "1900", toPeriod: "2101", publicOnly: false };
  const rows = await programmeFigures(ctx.db, filter, [indicator], c.library, c.communes, "all");
  const figures = shape(indicator, c.assignmentOf(indicator.id), rows, c.labels);
  if (!input.communeInseeCode) return ok({ ...figures, commune: null });
  const commune = c.communes.get(input.communeInseeCode);
  if (!commune) return notFound("Commune du programme");

  let communeRows: CommuneFigureRow[];
  if (indicator.formula) {
    const components = componentsOf(indicator, c.library);
    communeRows = computeCommuneFigures(
      indicator,
      c.library,
      await figuresRepository(ctx.db).communeFigures(
        filter,
        components.map((x) => x.id),
      ),
    );
  } else {
    communeRows = await figuresRepository(ctx.db).communeFigures(filter, [indicator.id]);
  }
  const peers = peerGroups(commune, c.communeList);
  const sameTerritory = new Set(peers.sameTerritory.map((p) => p.inseeCode));
  const similar = new Set(peers.similarPopulation.map((p) => p.inseeCode));
  const periods = [...new Set(communeRows.map((r) => r.period))].sort(comparePeriods);
  return ok({
    ...figures,
    commune: {
      inseeCode: commune.inseeCode,
      name: commune.name,
      sameTerritory: peers.sameTerritory.map((p) => p.name),
      similarPopulation: peers.similarPopulation.map((p) => p.name),
      points: periods.map((period) => {
        const inPeriod = communeRows.filter((r) => r.period === period);
        return {
          period,
          value: inPeriod.find((r) => r.communeInseeCode === commune.inseeCode)?.value ?? null,
          sameTerritoryMedian: median(
            inPeriod.filter((r) => sameTerritory.has(r.communeInseeCode)).map((r) => r.value),
          ),
          similarPopulationMedian: median(inPeriod.filter((r) => similar.has(r.communeInseeCode)).map((r) => r.value)),
        };
      }),
    },
  });
}

/** One indicator's figures for a year by EPT, by département and by edition. */
export async function indicatorBreakdown(
  ctx: Context,
  actor: SessionUser,
  input: { programmeId: string; indicatorId: string; year: number },
): Promise<Result<IndicatorFigures>> {
  if (!can(actor, "figures.read")) return forbidden();
  const programme = await programmesRepository(ctx.db).find(input.programmeId);
  if (!programme) return notFound("Programme");
  const c = await context(ctx.db, programme.id);
  const indicator = c.library.find((i) => i.id === input.indicatorId);
  if (!indicator) return notFound("Indicateur");
  const filter = {
    programmeId: programme.id,
    fromPeriod: String(input.year),
    toPeriod: String(input.year + 1),
    publicOnly: false,
  };
  const rows = await programmeFigures(ctx.db, filter, [indicator], c.library, c.communes, "every");
  return ok(shape(indicator, c.assignmentOf(indicator.id), rows, c.labels));
}
