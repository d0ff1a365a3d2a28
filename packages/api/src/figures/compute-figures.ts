import type { AggregateRow, CommuneFigureRow, FigureGroupKind, IndicatorRecord, ProgrammeCommune } from "@cvv/db";
import { aggregate, evaluateComputed, formulaReferences, parseFormula } from "@cvv/domain/indicators";

/** Every collected indicator a computed one reads, through nested formulas. */
export function componentsOf(indicator: IndicatorRecord, library: readonly IndicatorRecord[]): IndicatorRecord[] {
  const byCode = new Map(library.map((i) => [i.code, i]));
  const found = new Map<string, IndicatorRecord>();
  const visit = (formula: string, seen: Set<string>) => {
    const parsed = parseFormula(formula);
    if (!parsed.ok) return;
    for (const code of formulaReferences(parsed.value)) {
      const ref = byCode.get(code);
      if (!ref || seen.has(code)) continue;
      if (ref.formula) visit(ref.formula, new Set([...seen, code]));
      else found.set(ref.id, ref);
    }
  };
  if (indicator.formula) visit(indicator.formula, new Set([indicator.code]));
  return [...found.values()];
}

/**
 * A computed indicator's figure for each commune and period where all its components are known,
 * evaluated by the domain's formula function (aggregating the components first would give, say,
 * a vacancy rate of the métropole rather than the mean of the communes' rates the method asks for).
 */
export function computeCommuneFigures(
  indicator: IndicatorRecord,
  library: readonly IndicatorRecord[],
  componentRows: readonly CommuneFigureRow[],
): CommuneFigureRow[] {
  const codeById = new Map(library.map((i) => [i.id, i.code]));
  const byCode = new Map(library.map((i) => [i.code, i]));
  const formulaOf = (code: string) => byCode.get(code)?.formula;
  const groups = new Map<string, { base: CommuneFigureRow; values: Map<string, number> }>();
  for (const row of componentRows) {
    const key = `${row.communeInseeCode}|${row.period}`;
    const group = groups.get(key) ?? { base: row, values: new Map<string, number>() };
    group.values.set(codeById.get(row.indicatorId) ?? "", row.value);
    groups.set(key, group);
  }
  const out: CommuneFigureRow[] = [];
  for (const { base, values } of groups.values()) {
    const value = evaluateComputed(indicator.code, formulaOf, (code) => values.get(code));
    if (value !== null) out.push({ ...base, indicatorId: indicator.id, value, correctedAt: null });
  }
  return out;
}

/** The same groups the SQL aggregate builds, for figures computed in TypeScript. */
export function aggregateInMemory(
  indicator: IndicatorRecord,
  rows: readonly CommuneFigureRow[],
  communes: ReadonlyMap<string, ProgrammeCommune>,
): AggregateRow[] {
  const groups = new Map<string, { kind: FigureGroupKind; key: string; period: string; figures: CommuneFigureRow[] }>();
  const add = (kind: FigureGroupKind, key: string, row: CommuneFigureRow) => {
    const id = `${kind}|${key}|${row.period}`;
    const group = groups.get(id) ?? { kind, key, period: row.period, figures: [] };
    group.figures.push(row);
    groups.set(id, group);
  };
  for (const row of rows) {
    add("all", "", row);
    if (row.territorySiren) add("territory", row.territorySiren, row);
    add("departement", row.departement, row);
    for (const edition of communes.get(row.communeInseeCode)?.editionIds ?? []) add("edition", edition, row);
  }
  return [...groups.values()].map((g) => ({
    indicatorId: indicator.id,
    period: g.period,
    groupKind: g.kind,
    groupKey: g.key,
    value: aggregate(indicator.aggregation, g.figures),
    communes: g.figures.length,
  }));
}
