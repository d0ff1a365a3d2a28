import { importJson, type AggregateRow, type CommuneFigureRow, type ImportRow } from "@cvv/db";

/**
 * The baselines of indicators.bench.ts: the SQL of the repositories written out by hand, sent
 * through `pg` with positional parameters. Kept in step with packages/db/src/repositories by hand:
 * the benchmark checks that both sides return the same rows before it measures them.
 */

// ---------------------------------------------------------------------------------------------
// figuresRepository.aggregates: $1 programme, $2 from, $3 to, $4 indicator ids (when byIds)

const valuesWhere = (o: { publicOnly: boolean; byIds: boolean }) => `
  v."publishedValue" IS NOT NULL
  AND v.period >= $2 AND v.period < $3
  AND v."communeInseeCode" IN (SELECT "communeInseeCode" FROM "Project" WHERE "programmeId" = $1::uuid)
  ${o.publicOnly ? `AND NOT v.confidential AND d."publicByDefault"` : ""}
  ${
    o.byIds
      ? `AND v."indicatorId" = ANY($4::uuid[])`
      : `AND v."indicatorId" = ANY(ARRAY(SELECT "indicatorId" FROM "IndicatorAssignment" WHERE "programmeId" = $1::uuid))`
  }`;

export function aggregates(o: { publicOnly: boolean; byIds: boolean }): string {
  const groupKind = `CASE WHEN GROUPING(territory) = 0 THEN 'territory'
    WHEN GROUPING(departement) = 0 THEN 'departement' ELSE 'all' END`;
  const sets = `GROUPING SETS (
    (indicator_id, period, aggregation),
    (indicator_id, period, aggregation, territory),
    (indicator_id, period, aggregation, departement)
  )`;
  const sumOrMean = `CASE aggregation
    WHEN 'sum' THEN sum(value)
    WHEN 'population_weighted_mean' THEN sum(value * population) / NULLIF(sum(population), 0)
  END`;
  const median = `percentile_cont(0.5) WITHIN GROUP (ORDER BY value)`;
  const vals = (methods: string) => `
    SELECT v."indicatorId" AS indicator_id, v.period COLLATE "C" AS period, v."publishedValue" AS value,
           v."communeInseeCode" AS commune, c.population, c."territorySiren" COLLATE "C" AS territory,
           c.departement COLLATE "C" AS departement, d.aggregation
    FROM "IndicatorValue" v
    JOIN "IndicatorDefinition" d ON d.id = v."indicatorId"
    JOIN "Commune" c ON c."inseeCode" = v."communeInseeCode"
    WHERE ${valuesWhere(o)} AND ${methods}`;
  return `
    WITH sums AS MATERIALIZED (${vals(`d.aggregation <> 'median'`)}),
    medians AS MATERIALIZED (${vals(`d.aggregation = 'median'`)}),
    editions AS (
      SELECT DISTINCT "communeInseeCode" AS commune, "editionId" AS edition_id
      FROM "Project" WHERE "programmeId" = $1::uuid AND "editionId" IS NOT NULL
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
    GROUP BY indicator_id, period, aggregation, e.edition_id`;
}

/** figuresRepository.programmeTotals: the whole programme's figure per indicator and period. */
export function programmeTotals(o: { publicOnly: boolean; byIds: boolean }): string {
  return `
    SELECT v."indicatorId"::text AS indicator_id, v.period, 'all' AS group_kind, '' AS group_key,
           CASE d.aggregation
             WHEN 'sum' THEN sum(v."publishedValue")
             WHEN 'population_weighted_mean' THEN sum(v."publishedValue" * c.population) / NULLIF(sum(c.population), 0)
             WHEN 'median' THEN percentile_cont(0.5) WITHIN GROUP (ORDER BY v."publishedValue")
           END AS value,
           count(*) AS communes
    FROM "IndicatorValue" v
    JOIN "IndicatorDefinition" d ON d.id = v."indicatorId"
    JOIN "Commune" c ON c."inseeCode" = v."communeInseeCode"
    WHERE ${valuesWhere(o)}
    GROUP BY v."indicatorId", v.period, d.aggregation`;
}

/** The SQL of aggregates as it was before the benchmark (one pass, every method in every group). */
export function formerAggregates(o: { publicOnly: boolean; byIds: boolean }): string {
  const aggregate = `CASE aggregation
      WHEN 'sum' THEN sum(value)
      WHEN 'population_weighted_mean' THEN sum(value * population) / NULLIF(sum(population), 0)
      WHEN 'median' THEN percentile_cont(0.5) WITHIN GROUP (ORDER BY value)
    END`;
  return `
    WITH programme_communes AS (
      SELECT DISTINCT "communeInseeCode" AS commune FROM "Project" WHERE "programmeId" = $1::uuid
    ),
    vals AS (
      SELECT v."indicatorId" AS indicator_id, v.period, v."publishedValue" AS value, v."communeInseeCode" AS commune,
             c.population, c."territorySiren" AS territory, c.departement, d.aggregation::text AS aggregation
      FROM "IndicatorValue" v
      JOIN "IndicatorDefinition" d ON d.id = v."indicatorId"
      JOIN "Commune" c ON c."inseeCode" = v."communeInseeCode"
      WHERE v."publishedValue" IS NOT NULL
        AND v.period >= $2 AND v.period < $3
        AND v."communeInseeCode" IN (SELECT commune FROM programme_communes)
        ${o.publicOnly ? `AND NOT v.confidential AND d."publicByDefault"` : ""}
        ${
          o.byIds
            ? `AND v."indicatorId" = ANY($4::uuid[])`
            : `AND v."indicatorId" IN (SELECT "indicatorId" FROM "IndicatorAssignment" WHERE "programmeId" = $1::uuid)`
        }
    ),
    editions AS (
      SELECT DISTINCT "communeInseeCode" AS commune, "editionId"::text AS edition_id
      FROM "Project" WHERE "programmeId" = $1::uuid AND "editionId" IS NOT NULL
    )
    SELECT indicator_id::text, period,
           CASE WHEN GROUPING(territory) = 0 THEN 'territory'
                WHEN GROUPING(departement) = 0 THEN 'departement' ELSE 'all' END AS group_kind,
           COALESCE(territory, departement, '') AS group_key,
           ${aggregate} AS value, count(*) AS communes
    FROM vals
    GROUP BY GROUPING SETS (
      (indicator_id, period, aggregation),
      (indicator_id, period, aggregation, territory),
      (indicator_id, period, aggregation, departement)
    )
    UNION ALL
    SELECT indicator_id::text, period, 'edition', e.edition_id, ${aggregate}, count(*)
    FROM vals JOIN editions e ON e.commune = vals.commune
    GROUP BY indicator_id, period, aggregation, e.edition_id`;
}

export interface AggregateRaw {
  indicator_id: string;
  period: string;
  group_kind: string;
  group_key: string | null;
  value: number | null;
  communes: string;
}

export const toAggregateRow = (r: AggregateRaw): AggregateRow => ({
  indicatorId: r.indicator_id,
  period: r.period,
  groupKind: r.group_kind as AggregateRow["groupKind"],
  groupKey: r.group_key ?? "",
  value: r.value,
  communes: Number(r.communes),
});

/** figuresRepository.latestYear, the dashboard's default year: $1 programme. */
export const latestYear = `
  SELECT max(left(latest.period, 4)) AS year
  FROM (SELECT DISTINCT "indicatorId" FROM "IndicatorAssignment" WHERE "programmeId" = $1::uuid) a
  CROSS JOIN LATERAL (
    SELECT v.period FROM "IndicatorValue" v
    WHERE v."indicatorId" = a."indicatorId" AND v."publishedValue" IS NOT NULL
    ORDER BY v.period DESC LIMIT 1
  ) latest`;

/** latestYear before the benchmark: every published value of the programme's indicators. */
export const formerLatestYear = `
  SELECT max(left(v.period, 4)) AS year FROM "IndicatorValue" v
  WHERE v."publishedValue" IS NOT NULL
    AND v."indicatorId" IN (SELECT "indicatorId" FROM "IndicatorAssignment" WHERE "programmeId" = $1::uuid)`;

// ---------------------------------------------------------------------------------------------
// One indicator's figures for every commune: $1 indicator ids, $2 from, $3 to, $4 programme

/** As one would write it by hand (and as communeFigures now does). */
export const series = `
  SELECT v."indicatorId"::text AS indicator_id, v."communeInseeCode" AS commune, v.period, v."publishedValue" AS value,
         c.population, c."territorySiren" AS territory, c.departement, v."correctedAt" AS corrected_at
  FROM "IndicatorValue" v
  JOIN "IndicatorDefinition" d ON d.id = v."indicatorId"
  JOIN "Commune" c ON c."inseeCode" = v."communeInseeCode"
  WHERE v."publishedValue" IS NOT NULL AND v.period >= $2 AND v.period < $3
    AND v."communeInseeCode" IN (SELECT "communeInseeCode" FROM "Project" WHERE "programmeId" = $4::uuid)
    AND NOT v.confidential AND d."publicByDefault"
    AND v."indicatorId" = ANY($1::uuid[])
  ORDER BY v.period, v."communeInseeCode"`;

/** communeFigures before the benchmark: the values' CTE joined back to IndicatorValue for correctedAt. */
export const formerCommuneFigures = `
  WITH programme_communes AS (
    SELECT DISTINCT "communeInseeCode" AS commune FROM "Project" WHERE "programmeId" = $4::uuid
  ),
  vals AS (
    SELECT v."indicatorId" AS indicator_id, v.period, v."publishedValue" AS value, v."communeInseeCode" AS commune,
           c.population, c."territorySiren" AS territory, c.departement, d.aggregation::text AS aggregation
    FROM "IndicatorValue" v
    JOIN "IndicatorDefinition" d ON d.id = v."indicatorId"
    JOIN "Commune" c ON c."inseeCode" = v."communeInseeCode"
    WHERE v."publishedValue" IS NOT NULL
      AND v.period >= $2 AND v.period < $3
      AND v."communeInseeCode" IN (SELECT commune FROM programme_communes)
      AND NOT v.confidential AND d."publicByDefault"
      AND v."indicatorId" = ANY($1::uuid[])
  )
  SELECT vals.indicator_id::text, vals.commune, vals.period, vals.value, vals.population, vals.territory,
         vals.departement, v."correctedAt" AS corrected_at
  FROM vals JOIN "IndicatorValue" v
    ON v."indicatorId" = vals.indicator_id AND v."communeInseeCode" = vals.commune AND v.period = vals.period
  ORDER BY vals.period, vals.commune`;

export interface SeriesRaw {
  indicator_id: string;
  commune: string;
  period: string;
  value: number;
  population: number;
  territory: string | null;
  departement: string;
  corrected_at: Date | null;
}

export const toSeriesRow = (r: SeriesRaw): CommuneFigureRow => ({
  indicatorId: r.indicator_id,
  communeInseeCode: r.commune,
  period: r.period,
  value: r.value,
  population: r.population,
  territorySiren: r.territory,
  departement: r.departement,
  correctedAt: r.corrected_at ? r.corrected_at.toISOString() : null,
});

// ---------------------------------------------------------------------------------------------
// indicatorValuesRepository.upsertImported: $1 the rows as JSON, $2 status, $3 campaign,
// $4 actor, $5 submittedAt, $6 now

/** upsertImported's statement, the same SQL text. */
export const upsert = `
  WITH input AS (
    SELECT * FROM json_to_recordset($1::json)
      AS t(indicator_id uuid, commune varchar, period varchar, value float8, source text, comment text)
  ),
  previous AS (
    SELECT v.id, v."indicatorId", v."communeInseeCode", v.period, v.value, v.source, v.comment, v.status
    FROM "IndicatorValue" v
    JOIN input i ON v."indicatorId" = i.indicator_id AND v."communeInseeCode" = i.commune AND v.period = i.period
  ),
  written AS (
    INSERT INTO "IndicatorValue" AS v (
      id, "indicatorId", "communeInseeCode", period, value, source, comment, confidential, status,
      "campaignId", "authorId", "submittedAt", "createdAt", "updatedAt"
    )
    SELECT gen_random_uuid(), i.indicator_id, i.commune, i.period, i.value, i.source, i.comment,
           NOT d."publicByDefault", $2::"ValueStatus", $3::uuid, $4::uuid, $5::timestamptz, $6::timestamptz, $6::timestamptz
    FROM input i JOIN "IndicatorDefinition" d ON d.id = i.indicator_id
    ON CONFLICT ("indicatorId", "communeInseeCode", period) DO UPDATE SET
      value = EXCLUDED.value, source = EXCLUDED.source, comment = EXCLUDED.comment, status = EXCLUDED.status,
      "campaignId" = COALESCE(EXCLUDED."campaignId", v."campaignId"), "authorId" = EXCLUDED."authorId",
      "submittedAt" = EXCLUDED."submittedAt", "updatedAt" = EXCLUDED."updatedAt", version = v.version + 1
    WHERE v.status <> 'submitted'
      AND (v.value IS DISTINCT FROM EXCLUDED.value OR v.source IS DISTINCT FROM EXCLUDED.source
        OR v.comment IS DISTINCT FROM EXCLUDED.comment OR v.status = 'returned'
        OR (v.status = 'draft' AND EXCLUDED.status = 'submitted'))
    RETURNING v.id, v.value, v.source, v.comment, v.status
  ),
  logged AS (
    INSERT INTO "IndicatorValueChange" (id, "valueId", "actorId", action, changes, "createdAt")
    SELECT gen_random_uuid(), w.id, $4::uuid, 'imported',
           jsonb_strip_nulls(jsonb_build_object(
             'value', CASE WHEN p.id IS NULL OR p.value IS DISTINCT FROM w.value THEN jsonb_build_array(p.value, w.value) END,
             'source', CASE WHEN p.id IS NOT NULL AND p.source IS DISTINCT FROM w.source
                            THEN jsonb_build_array(p.source, w.source) END,
             'comment', CASE WHEN p.id IS NOT NULL AND p.comment IS DISTINCT FROM w.comment
                             THEN jsonb_build_array(p.comment, w.comment) END,
             'status', CASE WHEN p.id IS NULL OR p.status IS DISTINCT FROM w.status THEN jsonb_build_array(p.status, w.status) END
           )),
           $6::timestamptz
    FROM written w LEFT JOIN previous p ON p.id = w.id
    RETURNING (changes ? 'status' AND changes->'status'->>0 IS NULL) AS created
  )
  SELECT count(*) FILTER (WHERE created) AS created, count(*) FILTER (WHERE NOT created) AS updated,
         (SELECT json_build_object('indicatorId', p."indicatorId", 'communeInseeCode', p."communeInseeCode", 'period', p.period)
          FROM previous p WHERE p.status = 'submitted' LIMIT 1) AS under_review
  FROM logged`;

/** The bare upsert, without the history of changes: what the history costs. */
export const bareUpsert = `
  INSERT INTO "IndicatorValue" AS v (
    id, "indicatorId", "communeInseeCode", period, value, source, comment, confidential, status,
    "campaignId", "authorId", "submittedAt", "createdAt", "updatedAt"
  )
  SELECT gen_random_uuid(), i.indicator_id, i.commune, i.period, i.value, i.source, i.comment,
         NOT d."publicByDefault", $2::"ValueStatus", $3::uuid, $4::uuid, $5::timestamptz, $6::timestamptz, $6::timestamptz
  FROM json_to_recordset($1::json)
         AS i(indicator_id uuid, commune varchar, period varchar, value float8, source text, comment text)
  JOIN "IndicatorDefinition" d ON d.id = i.indicator_id
  ON CONFLICT ("indicatorId", "communeInseeCode", period) DO UPDATE SET
    value = EXCLUDED.value, source = EXCLUDED.source, comment = EXCLUDED.comment, status = EXCLUDED.status,
    "campaignId" = COALESCE(EXCLUDED."campaignId", v."campaignId"), "authorId" = EXCLUDED."authorId",
    "submittedAt" = EXCLUDED."submittedAt", "updatedAt" = EXCLUDED."updatedAt", version = v.version + 1
  WHERE v.status <> 'submitted'
    AND (v.value IS DISTINCT FROM EXCLUDED.value OR v.source IS DISTINCT FROM EXCLUDED.source
      OR v.comment IS DISTINCT FROM EXCLUDED.comment OR v.status = 'returned'
      OR (v.status = 'draft' AND EXCLUDED.status = 'submitted'))`;

export const importParams = (
  rows: readonly ImportRow[],
  o: { status: "draft" | "submitted"; campaignId: string | null; actorId: string | null; now: Date },
) => [importJson(rows), o.status, o.campaignId, o.actorId, o.status === "submitted" ? o.now : null, o.now];
