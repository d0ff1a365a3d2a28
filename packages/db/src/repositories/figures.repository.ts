import { Prisma } from "../generated/prisma/client.js";
import type { Tx } from "./shared.js";

export type FigureGroupKind = "all" | "territory" | "departement" | "edition";

export interface AggregateRow {
  indicatorId: string;
  period: string;
  groupKind: FigureGroupKind;
  /** EPT SIREN, département code or edition id; empty for the whole programme. */
  groupKey: string;
  value: number | null;
  communes: number;
}

export interface CommuneFigureRow {
  indicatorId: string;
  communeInseeCode: string;
  period: string;
  value: number;
  population: number;
  territorySiren: string | null;
  departement: string;
  correctedAt: string | null;
}

export interface ProgrammeCommune {
  inseeCode: string;
  name: string;
  population: number;
  territorySiren: string | null;
  territoryName: string | null;
  departement: string;
  editionIds: string[];
}

export interface FigureFilter {
  programmeId: string;
  /** Periods p with from <= p < to in text order: "2025" <= "2025-T3" < "2026". */
  fromPeriod: string;
  toPeriod: string;
  /** The portal: confidential values never count, even in aggregates. */
  publicOnly: boolean;
}

/**
 * Approved figures only (the published value), for the communes of a programme's projects. Raw
 * SQL because the grouping sets and the per-method aggregate are beyond Prisma's query builder;
 * the benchmark (tooling/bench/indicators.bench.ts) compares this with the same SQL sent through
 * `pg` directly.
 */
export function figuresRepository(db: Tx) {
  // The indicators of the filter: given, or those assigned to the programme. `= ANY(ARRAY(…))`
  // rather than `IN (SELECT …)` lets the planner read the (indicatorId, period) index for the
  // period range instead of the whole table.
  const valuesWhere = (f: FigureFilter, indicatorIds: readonly string[] | null) => Prisma.sql`
        v."publishedValue" IS NOT NULL
        AND v.period >= ${f.fromPeriod} AND v.period < ${f.toPeriod}
        AND v."communeInseeCode" IN (SELECT "communeInseeCode" FROM "Project" WHERE "programmeId" = ${f.programmeId}::uuid)
        ${f.publicOnly ? Prisma.sql`AND NOT v.confidential AND d."publicByDefault"` : Prisma.empty}
        ${
          indicatorIds
            ? Prisma.sql`AND v."indicatorId" = ANY(${[...indicatorIds]}::uuid[])`
            : Prisma.sql`AND v."indicatorId" = ANY(ARRAY(
                SELECT "indicatorId" FROM "IndicatorAssignment" WHERE "programmeId" = ${f.programmeId}::uuid
              ))`
        }`;

  return {
    /**
     * The whole programme's figure for each indicator and period: what the dashboard shows first.
     * One pass, one grouping; the breakdowns by EPT, département and edition are asked for one
     * indicator at a time (`aggregates`), when someone opens them.
     */
    async programmeTotals(f: FigureFilter, indicatorIds: readonly string[] | null = null): Promise<AggregateRow[]> {
      const rows = await db.$queryRaw<
        { indicator_id: string; period: string; value: number | null; communes: bigint }[]
      >`
        SELECT v."indicatorId"::text AS indicator_id, v.period,
               CASE d.aggregation
                 WHEN 'sum' THEN sum(v."publishedValue")
                 WHEN 'population_weighted_mean' THEN sum(v."publishedValue" * c.population) / NULLIF(sum(c.population), 0)
                 WHEN 'median' THEN percentile_cont(0.5) WITHIN GROUP (ORDER BY v."publishedValue")
               END AS value,
               count(*) AS communes
        FROM "IndicatorValue" v
        JOIN "IndicatorDefinition" d ON d.id = v."indicatorId"
        JOIN "Commune" c ON c."inseeCode" = v."communeInseeCode"
        WHERE ${valuesWhere(f, indicatorIds)}
        GROUP BY v."indicatorId", v.period, d.aggregation
      `;
      return rows.map((r) => ({
        indicatorId: r.indicator_id,
        period: r.period,
        groupKind: "all" as const,
        groupKey: "",
        value: r.value === null ? null : Number(r.value),
        communes: Number(r.communes),
      }));
    },

    /** Aggregates of every period in range: whole programme, by EPT, by département, by edition. */
    async aggregates(f: FigureFilter, indicatorIds: readonly string[] | null = null): Promise<AggregateRow[]> {
      // The values are read into two CTEs, those of median indicators apart: sums and weighted
      // means group by hashing, while the median (an ordered-set aggregate) forces sorted
      // grouping, which then sorts only the median rows. Each CTE serves the grouping sets and the
      // editions. Grouping keys compare as bytes (COLLATE "C": the same groups, cheaper
      // comparisons) and the method stays an enum.
      const vals = (methods: Prisma.Sql) => Prisma.sql`
          SELECT v."indicatorId" AS indicator_id, v.period COLLATE "C" AS period, v."publishedValue" AS value,
                 v."communeInseeCode" AS commune, c.population, c."territorySiren" COLLATE "C" AS territory,
                 c.departement COLLATE "C" AS departement, d.aggregation
          FROM "IndicatorValue" v
          JOIN "IndicatorDefinition" d ON d.id = v."indicatorId"
          JOIN "Commune" c ON c."inseeCode" = v."communeInseeCode"
          WHERE ${valuesWhere(f, indicatorIds)} AND ${methods}`;
      const groupKind = Prisma.sql`CASE WHEN GROUPING(territory) = 0 THEN 'territory'
                    WHEN GROUPING(departement) = 0 THEN 'departement' ELSE 'all' END`;
      const sets = Prisma.sql`GROUPING SETS (
          (indicator_id, period, aggregation),
          (indicator_id, period, aggregation, territory),
          (indicator_id, period, aggregation, departement)
        )`;
      const sumOrMean = Prisma.sql`CASE aggregation
          WHEN 'sum' THEN sum(value)
          WHEN 'population_weighted_mean' THEN sum(value * population) / NULLIF(sum(population), 0)
        END`;
      const median = Prisma.sql`percentile_cont(0.5) WITHIN GROUP (ORDER BY value)`;
      const rows = await db.$queryRaw<
        {
          indicator_id: string;
          period: string;
          group_kind: string;
          group_key: string | null;
          value: number | null;
          communes: bigint;
        }[]
      >`
        WITH sums AS MATERIALIZED (${vals(Prisma.sql`d.aggregation <> 'median'`)}),
        medians AS MATERIALIZED (${vals(Prisma.sql`d.aggregation = 'median'`)}),
        editions AS (
          SELECT DISTINCT "communeInseeCode" AS commune, "editionId" AS edition_id
          FROM "Project" WHERE "programmeId" = ${f.programmeId}::uuid AND "editionId" IS NOT NULL
        )
        SELECT indicator_id::text, period, ${groupKind} AS group_kind, COALESCE(territory, departement, '') AS group_key,
               ${sumOrMean} AS value, count(*) AS communes
        FROM sums GROUP BY ${sets}
        UNION ALL
        SELECT indicator_id::text, period, ${groupKind}, COALESCE(territory, departement, ''), ${median}, count(*)
        FROM medians GROUP BY ${sets}
        UNION ALL
        SELECT indicator_id::text, period, 'edition', e.edition_id::text, ${sumOrMean}, count(*)
        FROM sums JOIN editions e ON e.commune = sums.commune
        GROUP BY indicator_id, period, aggregation, e.edition_id
        UNION ALL
        SELECT indicator_id::text, period, 'edition', e.edition_id::text, ${median}, count(*)
        FROM medians JOIN editions e ON e.commune = medians.commune
        GROUP BY indicator_id, period, aggregation, e.edition_id
      `;
      return rows.map((r) => ({
        indicatorId: r.indicator_id,
        period: r.period,
        groupKind: r.group_kind as FigureGroupKind,
        groupKey: r.group_key ?? "",
        value: r.value === null ? null : Number(r.value),
        communes: Number(r.communes),
      }));
    },

    /** One row per commune and period: for series, peers and computed indicators. */
    async communeFigures(f: FigureFilter, indicatorIds: readonly string[]): Promise<CommuneFigureRow[]> {
      if (indicatorIds.length === 0) return [];
      const rows = await db.$queryRaw<
        {
          indicator_id: string;
          commune: string;
          period: string;
          value: number;
          population: number;
          territory: string | null;
          departement: string;
          corrected_at: Date | null;
        }[]
      >`
        SELECT v."indicatorId"::text AS indicator_id, v."communeInseeCode" AS commune, v.period,
               v."publishedValue" AS value, c.population, c."territorySiren" AS territory, c.departement,
               v."correctedAt" AS corrected_at
        FROM "IndicatorValue" v
        JOIN "IndicatorDefinition" d ON d.id = v."indicatorId"
        JOIN "Commune" c ON c."inseeCode" = v."communeInseeCode"
        WHERE ${valuesWhere(f, indicatorIds)}
        ORDER BY v.period, v."communeInseeCode"
      `;
      return rows.map((r) => ({
        indicatorId: r.indicator_id,
        communeInseeCode: r.commune,
        period: r.period,
        value: Number(r.value),
        population: r.population,
        territorySiren: r.territory,
        departement: r.departement,
        correctedAt: r.corrected_at ? r.corrected_at.toISOString() : null,
      }));
    },

    /** The latest period with an approved figure for the programme, for a dashboard's default. */
    async latestYear(programmeId: string): Promise<number | null> {
      // Each indicator's latest published period, read backwards on the (indicatorId, period)
      // index, rather than every value of the programme's indicators.
      const rows = await db.$queryRaw<{ year: string | null }[]>`
        SELECT max(left(latest.period, 4)) AS year
        FROM (SELECT DISTINCT "indicatorId" FROM "IndicatorAssignment" WHERE "programmeId" = ${programmeId}::uuid) a
        CROSS JOIN LATERAL (
          SELECT v.period FROM "IndicatorValue" v
          WHERE v."indicatorId" = a."indicatorId" AND v."publishedValue" IS NOT NULL
          ORDER BY v.period DESC LIMIT 1
        ) latest
      `;
      return rows[0]?.year ? Number(rows[0].year) : null;
    },

    /** Communes of a programme with the editions they joined through their projects. */
    async programmeCommunes(programmeId: string) {
      const rows = await db.project.findMany({
        select: {
          editionId: true,
          commune: {
            select: {
              inseeCode: true,
              name: true,
              population: true,
              territorySiren: true,
              departement: true,
              territory: { select: { name: true } },
            },
          },
        },
        where: { programmeId },
      });
      const byCode = new Map<string, ProgrammeCommune>();
      for (const row of rows) {
        const { territory, ...commune } = row.commune;
        const entry = byCode.get(commune.inseeCode) ?? {
          ...commune,
          territoryName: territory?.name ?? null,
          editionIds: [],
        };
        if (row.editionId && !entry.editionIds.includes(row.editionId)) entry.editionIds.push(row.editionId);
        byCode.set(row.commune.inseeCode, entry);
      }
      return [...byCode.values()].sort((a, b) => a.name.localeCompare(b.name, "fr"));
    },
  };
}
