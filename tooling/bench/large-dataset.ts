import pg from "pg";

/**
 * The large dataset of the indicator benchmarks (issue 3), generated in SQL on the server side so
 * that a million rows take seconds, not minutes of round trips: one programme `bench-large`
 * (active) with 3 editions, 2,000 projects over the Métropole's 130 communes, 300 indicators
 * assigned to the programme and 1,000,000 values over 2016–2025.
 *
 * The database must be migrated and hold the 130 communes (loadReferenceData). Everything is
 * written in one transaction: a database holds the whole dataset or none of it, and a second call
 * finds the marker programme and returns at once.
 */
export const LARGE_DATASET = {
  slug: "bench-large",
  projects: 2_000,
  indicators: 300,
  /** Indicators 1–20 are quarterly, 21–58 monthly, the others yearly. */
  quarterly: 20,
  monthly: 38,
  values: 1_000_000,
  firstYear: 2016,
  lastYear: 2025,
  /** Code of the benchmark's indicators: bench_001 … bench_300 (the code rule: lowercase, digits, "_"). */
  codePrefix: "bench_",
} as const;

export interface LargeDataset {
  programmeId: string;
  /** bench_001, a quarterly indicator (population-weighted mean): the time series' subject. */
  seriesIndicatorId: string;
  /** Every indicator of the dataset, by code. */
  indicators: { id: string; code: string; frequency: "yearly" | "quarterly" | "monthly"; publicByDefault: boolean }[];
  /** The communes, ordered by INSEE code. */
  communes: string[];
  /** False when the dataset was already there. */
  generated: boolean;
  ms: number;
}

/**
 * Yearly indicators × 10 years + quarterly × 40 + monthly × 120, times 130 communes, is 1,011,400
 * cells; the generator keeps the first 1,000,000 in order of period, latest first, so that what is
 * missing is the oldest: the 2016 yearly figure of 88 indicators (an indicator adopted late).
 */
export async function generateLargeDataset(
  target: pg.Pool | string,
  log: (message: string) => void = console.log,
): Promise<LargeDataset> {
  const pool = typeof target === "string" ? new pg.Pool({ connectionString: target, max: 1 }) : target;
  const started = performance.now();
  const client = await pool.connect();
  try {
    const communes = (
      await client.query<{ code: string }>(`SELECT "inseeCode" AS code FROM "Commune" ORDER BY 1`)
    ).rows.map((r) => r.code);
    if (communes.length !== 130) {
      throw new Error(`${communes.length} communes in the database: run loadReferenceData first (130 expected).`);
    }
    const existing = await client.query<{ id: string }>(`SELECT id FROM "Programme" WHERE slug = $1`, [
      LARGE_DATASET.slug,
    ]);
    let generated = false;
    if (existing.rowCount === 0) {
      await generate(client, log);
      generated = true;
    }
    const programmeId = (
      await client.query<{ id: string }>(`SELECT id FROM "Programme" WHERE slug = $1`, [LARGE_DATASET.slug])
    ).rows[0]!.id;
    const indicators = (
      await client.query<LargeDataset["indicators"][number]>(
        `SELECT id, code, frequency::text AS frequency, "publicByDefault" FROM "IndicatorDefinition"
          WHERE starts_with(code, $1) ORDER BY code`,
        [LARGE_DATASET.codePrefix],
      )
    ).rows;
    const ms = performance.now() - started;
    if (!generated) log(`large dataset: already present (programme ${LARGE_DATASET.slug}), nothing generated`);
    return { programmeId, seriesIndicatorId: indicators[0]!.id, indicators, communes, generated, ms };
  } finally {
    client.release();
    if (typeof target === "string") await pool.end();
  }
}

async function generate(client: pg.PoolClient, log: (message: string) => void): Promise<void> {
  const d = LARGE_DATASET;
  const step = async (label: string, sql: string, params: unknown[] = []) => {
    const t = performance.now();
    const result = await client.query(sql, params);
    log(`  ${label}: ${result.rowCount ?? 0} rows, ${((performance.now() - t) / 1000).toFixed(1)} s`);
    return result;
  };
  const t0 = performance.now();
  log(`large dataset: generating ${d.values.toLocaleString("en")} values…`);
  await client.query("BEGIN");
  try {
    const programme = await step(
      "programme",
      `INSERT INTO "Programme" (id, slug, name, summary, status, "startsOn", "createdAt", "updatedAt")
       VALUES (gen_random_uuid(), $1, 'Programme de banc d''essai (grand jeu de données)',
               'Jeu de données généré par tooling/bench/large-dataset.ts.', 'active', '2016-01-01', now(), now())
       RETURNING id`,
      [d.slug],
    );
    const programmeId = programme.rows[0].id as string;
    await step(
      "editions",
      `INSERT INTO "Edition" (id, "programmeId", name, year, status, "createdAt", "updatedAt")
       SELECT gen_random_uuid(), $1, 'Édition ' || y, y, 'closed', now(), now() FROM unnest(ARRAY[2017, 2020, 2023]) AS y`,
      [programmeId],
    );
    // Project n sits in commune n mod 130; a commune joined one edition and some of its projects
    // came with a later one (n mod 7 = 0); one project in 50 belongs to no edition.
    await step(
      "projects",
      `WITH c AS (SELECT "inseeCode" AS code, (row_number() OVER (ORDER BY "inseeCode") - 1)::int AS ci FROM "Commune"),
            e AS (SELECT id, (row_number() OVER (ORDER BY year) - 1)::int AS ei FROM "Edition" WHERE "programmeId" = $1)
       INSERT INTO "Project" (id, slug, title, summary, status, "programmeId", "editionId", "communeInseeCode",
                              "startsOn", "createdAt", "updatedAt")
       SELECT gen_random_uuid(), 'bench-large-projet-' || n, 'Projet de banc d''essai n° ' || n, 'Projet généré.',
              (enum_range(NULL::"ProjectStatus"))[1 + n % 6], $1,
              CASE WHEN n % 50 = 0 THEN NULL ELSE e.id END, c.code, date '2016-01-01' + (n % 3000), now(), now()
       FROM generate_series(0, $2::int - 1) AS n
       JOIN c ON c.ci = n % 130
       JOIN e ON e.ei = (c.ci + CASE WHEN n % 7 = 0 THEN 1 ELSE 0 END) % 3`,
      [programmeId, d.projects],
    );
    await step(
      "indicators",
      `INSERT INTO "IndicatorDefinition" (id, code, name, definition, unit, kind, direction, frequency, aggregation,
                                          "publicByDefault", "createdAt", "updatedAt")
       SELECT gen_random_uuid(), $1 || lpad(i::text, 3, '0'), 'Indicateur de banc d''essai n° ' || i, 'Généré.',
              (ARRAY['nombre', '%', 'm²'])[1 + i % 3],
              (enum_range(NULL::"IndicatorKind"))[1 + i % 3],
              (enum_range(NULL::"IndicatorDirection"))[1 + i % 2],
              (CASE WHEN i <= $2 THEN 'quarterly' WHEN i <= $2 + $3 THEN 'monthly' ELSE 'yearly' END)::"IndicatorFrequency",
              (ARRAY['sum', 'population_weighted_mean', 'median'])[1 + i % 3]::"IndicatorAggregation",
              i % 20 <> 0, now(), now()
       FROM generate_series(1, $4::int) AS i`,
      [d.codePrefix, d.quarterly, d.monthly, d.indicators],
    );
    await step(
      "assignments",
      `INSERT INTO "IndicatorAssignment" (id, "indicatorId", "programmeId", "projectId", "createdAt", "updatedAt")
       SELECT gen_random_uuid(), id, $1, NULL, now(), now() FROM "IndicatorDefinition" WHERE starts_with(code, $2)`,
      [programmeId, d.codePrefix],
    );
    // Cells: (indicator, period) slots numbered latest period first, times the 130 communes.
    await step(
      "slots",
      `CREATE TEMP TABLE bench_slot ON COMMIT DROP AS
       SELECT (row_number() OVER (ORDER BY p.period DESC, d.code) - 1)::int AS slot, d.id AS indicator_id, p.period
       FROM "IndicatorDefinition" d
       CROSS JOIN LATERAL (
         SELECT y::text AS period FROM generate_series($2::int, $3::int) AS y WHERE d.frequency = 'yearly'
         UNION ALL
         SELECT y || '-T' || q FROM generate_series($2::int, $3::int) AS y, generate_series(1, 4) AS q WHERE d.frequency = 'quarterly'
         UNION ALL
         SELECT y || '-' || lpad(m::text, 2, '0') FROM generate_series($2::int, $3::int) AS y, generate_series(1, 12) AS m
          WHERE d.frequency = 'monthly'
       ) AS p
       WHERE starts_with(d.code, $1)`,
      [d.codePrefix, d.firstYear, d.lastYear],
    );
    await client.query(`CREATE TEMP TABLE bench_commune ON COMMIT DROP AS
      SELECT "inseeCode" AS code, population, (row_number() OVER (ORDER BY "inseeCode") - 1)::int AS ci FROM "Commune"`);
    // Bulk load: the secondary indexes of IndicatorValue are dropped and rebuilt from their own
    // definitions after the insert (a sort per index instead of a million random insertions),
    // within the transaction; foreign-key triggers are skipped when the role may do so (superuser),
    // the data being consistent by construction.
    await optional(client, "SET LOCAL session_replication_role = replica");
    await optional(client, "SET LOCAL jit = off");
    await optional(client, "SET LOCAL maintenance_work_mem = '128MB'");
    const indexes = (
      await client.query<{ name: string; definition: string }>(
        `SELECT i.relname AS name, pg_get_indexdef(i.oid) AS definition
           FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
          WHERE x.indrelid = '"IndicatorValue"'::regclass
            AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.oid)`,
      )
    ).rows;
    for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);
    // Cell n: slot n / 130, commune n mod 130. Statuses from a hash of n: 97 % approved (published,
    // 1 % of them corrected since), 2 % submitted (half of them a correction of a published
    // figure), 1 % draft; 2 % confidential whatever the status.
    await step(
      "values",
      `INSERT INTO "IndicatorValue" (id, "indicatorId", "communeInseeCode", period, value, source, comment, confidential,
                                     status, "submittedAt", "reviewedAt", "publishedValue", "publishedAt", "correctedAt",
                                     "createdAt", "updatedAt", version)
       SELECT gen_random_uuid(), s.indicator_id, c.code, s.period, x.value, 'Banc d''essai', '', x.h2 % 50 = 0,
              x.status::"ValueStatus",
              CASE WHEN x.status <> 'draft' THEN x.at - interval '20 days' END,
              CASE WHEN x.status = 'approved' OR x.republished THEN x.at - interval '5 days' END,
              CASE WHEN x.status = 'approved' THEN x.value WHEN x.republished THEN round((x.value * 0.9)::numeric, 2)::float8 END,
              CASE WHEN x.status = 'approved' OR x.republished THEN x.at END,
              CASE WHEN x.status = 'approved' AND x.h2 % 100 = 1 THEN x.at + interval '90 days' END,
              x.at - interval '30 days', x.at, CASE WHEN x.status = 'approved' THEN 2 ELSE 1 END
       FROM generate_series(0, $1::int - 1) AS n
       JOIN bench_slot s ON s.slot = n / 130
       JOIN bench_commune c ON c.ci = n % 130
       CROSS JOIN LATERAL (
         SELECT h, h2,
                CASE WHEN h % 100 < 2 THEN 'submitted' WHEN h % 100 < 3 THEN 'draft' ELSE 'approved' END AS status,
                h % 100 < 1 AS republished,
                round(((h % 100000) / 100.0 + c.population % 97)::numeric, 2)::float8 AS value,
                make_timestamptz(left(s.period, 4)::int + 1, 1 + h2 % 6, 1 + h2 % 28, 10, 0, 0, 'Europe/Paris') AS at
         FROM (SELECT abs(hashint4(n)) AS h, abs(hashint4(n + 7919)) AS h2) AS hashes
       ) AS x`,
      [d.values],
    );
    const tIndexes = performance.now();
    for (const index of indexes) await client.query(index.definition);
    log(`  ${indexes.length} indexes rebuilt: ${((performance.now() - tIndexes) / 1000).toFixed(1)} s`);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  const tAnalyze = performance.now();
  await client.query(`VACUUM ANALYZE "IndicatorValue"`);
  await client.query(`ANALYZE "Project", "Edition", "IndicatorDefinition", "IndicatorAssignment", "Commune"`);
  log(`  vacuum analyze: ${((performance.now() - tAnalyze) / 1000).toFixed(1)} s`);
  log(`large dataset: generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

/** A setting that speeds the load up but that the server may refuse (role, build without JIT). */
async function optional(client: pg.PoolClient, sql: string): Promise<void> {
  await client.query("SAVEPOINT optional_setting");
  try {
    await client.query(sql);
    await client.query("RELEASE SAVEPOINT optional_setting");
  } catch {
    await client.query("ROLLBACK TO SAVEPOINT optional_setting");
  }
}
