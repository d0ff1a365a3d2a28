import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, it } from "vitest";
import {
  appRouter,
  createCallerFactory,
  createDiskFileStore,
  createMemoryMailer,
  createTaskRunner,
  storeUpload,
  type Context,
} from "@cvv/api";
import {
  figuresRepository,
  indicatorValuesRepository,
  loadReferenceData,
  openDatabase,
  type Database,
  type ImportRow,
} from "@cvv/db";
import { createScratchDatabase } from "@cvv/db/testing";
import { generateLargeDataset, LARGE_DATASET, type LargeDataset } from "./large-dataset.js";

/**
 * Indicators on a large dataset (issue 3): 130 communes, 2,000 projects, 300 indicators,
 * 1,000,000 values over 2016–2025, on the embedded PGlite and on PostgreSQL. Each measure runs
 * the platform's path (repositories through Prisma, or the whole import feature) and a baseline,
 * the same work written by hand as SQL sent through `pg`, alternating in the same process; the
 * medians and their ratio are printed and written to tooling/bench/results/. BENCHMARKS.md
 * records them.
 *
 * Environment: BENCH_ROUNDS (reads, default 7), BENCH_IMPORT_ROUNDS (default 5), BENCH_TARGETS
 * ("pglite,postgres"), BENCH_DATABASE_URL or TEST_DATABASE_URL (the PostgreSQL server, default
 * postgresql://postgres@127.0.0.1:5432/postgres when it answers), BENCH_KEEP=1 (keep and reuse the
 * databases: data/bench-pglite and the database cvv_bench_large, instead of fresh ones).
 */
const READ_ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const IMPORT_ROUNDS = Number(process.env.BENCH_IMPORT_ROUNDS ?? 5);
const TARGETS = (process.env.BENCH_TARGETS ?? "pglite,postgres").split(",").map((t) => t.trim());
const KEEP = process.env.BENCH_KEEP === "1";
const IMPORT_ROWS = 100_000;
const BATCH = 5_000;
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");

// ---------------------------------------------------------------------------------------------
// Measuring

interface Measure {
  target: string;
  name: string;
  platform: number[];
  baseline: number[];
  /** Rows the platform returned or wrote, as a check that both did the same work. */
  rows: number;
  note?: string;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await work();
  return [performance.now() - start, result];
}

const results: Measure[] = [];
const environment: Record<string, unknown> = {
  date: new Date().toISOString(),
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model,
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  pglite: (JSON.parse(readFileSync(join(ROOT, "node_modules/@electric-sql/pglite/package.json"), "utf8")) as { version: string })
    .version,
  readRounds: READ_ROUNDS,
  importRounds: IMPORT_ROUNDS,
  loadAverageAtStart: os.loadavg(),
};

/**
 * A read measured against its baseline: one warm-up call each, then rounds that alternate which
 * goes first, so that caches and the machine's drift touch both alike. Both must return as many rows.
 */
async function compareReads(
  target: string,
  name: string,
  platform: () => Promise<number>,
  baseline: () => Promise<number>,
): Promise<Measure> {
  const rowsPlatform = await platform();
  const rowsBaseline = await baseline();
  if (rowsPlatform !== rowsBaseline) throw new Error(`${name}: platform ${rowsPlatform} rows, baseline ${rowsBaseline}`);
  const measure: Measure = { target, name, platform: [], baseline: [], rows: rowsPlatform };
  for (let i = 0; i < READ_ROUNDS; i++) {
    if (i % 2 === 0) {
      measure.baseline.push((await timed(baseline))[0]);
      measure.platform.push((await timed(platform))[0]);
    } else {
      measure.platform.push((await timed(platform))[0]);
      measure.baseline.push((await timed(baseline))[0]);
    }
  }
  results.push(measure);
  return measure;
}

function table(measures: Measure[]): string {
  const lines = [
    "| Target | Measure | Rows | Baseline (ms, median) | Platform (ms, median) | Ratio |",
    "| ------ | ------- | ---- | --------------------- | --------------------- | ----- |",
  ];
  for (const m of measures) {
    const b = median(m.baseline);
    const p = median(m.platform);
    lines.push(
      `| ${m.target} | ${m.name} | ${m.rows.toLocaleString("en")} | ${b.toFixed(b < 100 ? 1 : 0)} | ${p.toFixed(p < 100 ? 1 : 0)} | ${(p / b).toFixed(2)} |`,
    );
  }
  return lines.join("\n");
}

const runs = (values: number[]) => `[${values.map((v) => v.toFixed(0)).join(", ")}]`;

// ---------------------------------------------------------------------------------------------
// Targets

/** The PostgreSQL server to measure on, or why there is none. */
async function postgresServer(): Promise<{ url: string } | { skip: string }> {
  const named = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const url = named ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return { url };
  } catch (error) {
    return {
      skip: `PostgreSQL not measured: ${named ? "the server of BENCH_DATABASE_URL/TEST_DATABASE_URL" : `no server at ${url}`} (${(error as Error).message}). Set BENCH_DATABASE_URL to measure it.`,
    };
  } finally {
    await client.end().catch(() => {});
  }
}

interface Target {
  name: string;
  open(): Promise<{ url: string; embedded: boolean; drop(): Promise<void> }>;
}

const targets: Target[] = [];
const skipped: string[] = [];
if (TARGETS.includes("pglite")) {
  targets.push({
    name: "PGlite",
    async open() {
      const dir = KEEP ? join(ROOT, "data/bench-pglite") : mkdtempSync(join(os.tmpdir(), "cvv-bench-pglite-"));
      return { url: dir, embedded: true, drop: async () => (KEEP ? undefined : rmSync(dir, { recursive: true, force: true })) };
    },
  });
}
if (TARGETS.includes("postgres")) {
  const server = await postgresServer();
  if ("skip" in server) {
    skipped.push(server.skip);
    console.warn(server.skip);
  } else {
    targets.push({
      name: "PostgreSQL",
      async open() {
        if (!KEEP) {
          const scratch = await createScratchDatabase(server.url, "cvv_bench");
          return { url: scratch.url, embedded: false, drop: scratch.drop };
        }
        const client = new pg.Client({ connectionString: server.url });
        await client.connect();
        const exists = await client.query(`SELECT 1 FROM pg_database WHERE datname = 'cvv_bench_large'`);
        if (exists.rowCount === 0) await client.query(`CREATE DATABASE cvv_bench_large`);
        await client.end();
        const url = new URL(server.url);
        url.pathname = "/cvv_bench_large";
        return { url: url.toString(), embedded: false, drop: async () => {} };
      },
    });
  }
}

afterAll(() => {
  const measured = results.filter((m) => m.platform.length > 0);
  if (measured.length === 0) return;
  const dir = join(ROOT, "tooling/bench/results");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `indicators-${environment.date as string}.json`.replace(/:/g, "-"));
  environment.loadAverageAtEnd = os.loadavg();
  const summary = measured.map((m) => ({
    ...m,
    medianBaselineMs: median(m.baseline),
    medianPlatformMs: median(m.platform),
    ratio: median(m.platform) / median(m.baseline),
  }));
  writeFileSync(file, `${JSON.stringify({ environment, skipped, results: summary }, null, 2)}\n`);
  console.log(
    [`indicators on the large dataset (${READ_ROUNDS} rounds for reads, ${IMPORT_ROUNDS} for imports):`, table(measured), ...skipped, `written to ${file}`].join(
      "\n",
    ),
  );
});

// ---------------------------------------------------------------------------------------------
// The baselines: hand-written SQL through pg

/** figuresRepository's aggregates, the same SQL text, sent through pg. */
function aggregatesSql(publicOnly: boolean, byIds: boolean): string {
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
        ${publicOnly ? `AND NOT v.confidential AND d."publicByDefault"` : ""}
        ${
          byIds
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

interface AggregateRaw {
  indicator_id: string;
  period: string;
  group_kind: string;
  group_key: string | null;
  value: number | null;
  communes: string;
}

async function baselineAggregates(pool: pg.Pool, params: unknown[], publicOnly: boolean, byIds: boolean) {
  const { rows } = await pool.query<AggregateRaw>(aggregatesSql(publicOnly, byIds), params);
  return rows.map((r) => ({
    indicatorId: r.indicator_id,
    period: r.period,
    groupKind: r.group_kind,
    groupKey: r.group_key ?? "",
    value: r.value,
    communes: Number(r.communes),
  }));
}

/** One indicator's figures for every commune of the programme, as one would write it by hand. */
const seriesSql = `
  SELECT v."indicatorId"::text AS indicator_id, v."communeInseeCode" AS commune, v.period, v."publishedValue" AS value,
         c.population, c."territorySiren" AS territory, c.departement, v."correctedAt" AS corrected_at
  FROM "IndicatorValue" v
  JOIN "IndicatorDefinition" d ON d.id = v."indicatorId"
  JOIN "Commune" c ON c."inseeCode" = v."communeInseeCode"
  WHERE v."indicatorId" = ANY($1::uuid[]) AND v.period >= $2 AND v.period < $3
    AND v."publishedValue" IS NOT NULL AND NOT v.confidential AND d."publicByDefault"
    AND v."communeInseeCode" IN (SELECT "communeInseeCode" FROM "Project" WHERE "programmeId" = $4::uuid)
  ORDER BY v.period, v."communeInseeCode"`;

/** upsertImported's statement, the same SQL text, sent through pg. */
const upsertSql = `
  WITH input AS (
    SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::float8[], $5::text[], $6::text[])
      AS t(indicator_id, commune, period, value, source, comment)
  ),
  previous AS (
    SELECT v.id, v.value, v.source, v.comment, v.status
    FROM "IndicatorValue" v
    JOIN input i ON v."indicatorId" = i.indicator_id AND v."communeInseeCode" = i.commune AND v.period = i.period
  ),
  written AS (
    INSERT INTO "IndicatorValue" AS v (
      id, "indicatorId", "communeInseeCode", period, value, source, comment, confidential, status,
      "campaignId", "authorId", "submittedAt", "createdAt", "updatedAt"
    )
    SELECT gen_random_uuid(), i.indicator_id, i.commune, i.period, i.value, i.source, i.comment,
           NOT d."publicByDefault", $7::"ValueStatus", $8::uuid, $9::uuid, $10::timestamptz, $11::timestamptz, $11::timestamptz
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
    SELECT gen_random_uuid(), w.id, $9::uuid, 'imported',
           jsonb_strip_nulls(jsonb_build_object(
             'value', CASE WHEN p.id IS NULL OR p.value IS DISTINCT FROM w.value THEN jsonb_build_array(p.value, w.value) END,
             'source', CASE WHEN p.id IS NOT NULL AND p.source IS DISTINCT FROM w.source THEN jsonb_build_array(p.source, w.source) END,
             'comment', CASE WHEN p.id IS NOT NULL AND p.comment IS DISTINCT FROM w.comment THEN jsonb_build_array(p.comment, w.comment) END,
             'status', CASE WHEN p.id IS NULL OR p.status IS DISTINCT FROM w.status THEN jsonb_build_array(p.status, w.status) END
           )),
           $11::timestamptz
    FROM written w LEFT JOIN previous p ON p.id = w.id
    RETURNING (changes ? 'status' AND changes->'status'->>0 IS NULL) AS created
  )
  SELECT count(*) FILTER (WHERE created) AS created, count(*) FILTER (WHERE NOT created) AS updated FROM logged`;

/** The bare upsert, without the history of changes: what the history costs. */
const bareUpsertSql = `
  INSERT INTO "IndicatorValue" AS v (
    id, "indicatorId", "communeInseeCode", period, value, source, comment, confidential, status,
    "campaignId", "authorId", "submittedAt", "createdAt", "updatedAt"
  )
  SELECT gen_random_uuid(), i.indicator_id, i.commune, i.period, i.value, i.source, i.comment,
         NOT d."publicByDefault", $7::"ValueStatus", $8::uuid, $9::uuid, $10::timestamptz, $11::timestamptz, $11::timestamptz
  FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::float8[], $5::text[], $6::text[])
         AS i(indicator_id, commune, period, value, source, comment)
  JOIN "IndicatorDefinition" d ON d.id = i.indicator_id
  ON CONFLICT ("indicatorId", "communeInseeCode", period) DO UPDATE SET
    value = EXCLUDED.value, source = EXCLUDED.source, comment = EXCLUDED.comment, status = EXCLUDED.status,
    "campaignId" = COALESCE(EXCLUDED."campaignId", v."campaignId"), "authorId" = EXCLUDED."authorId",
    "submittedAt" = EXCLUDED."submittedAt", "updatedAt" = EXCLUDED."updatedAt", version = v.version + 1
  WHERE v.status <> 'submitted'
    AND (v.value IS DISTINCT FROM EXCLUDED.value OR v.source IS DISTINCT FROM EXCLUDED.source
      OR v.comment IS DISTINCT FROM EXCLUDED.comment OR v.status = 'returned'
      OR (v.status = 'draft' AND EXCLUDED.status = 'submitted'))`;

// ---------------------------------------------------------------------------------------------
// The import's rows

const PERIODS_2026 = {
  yearly: ["2026"],
  quarterly: [1, 2, 3, 4].map((q) => `2026-T${q}`),
  monthly: Array.from({ length: 12 }, (_, m) => `2026-${String(m + 1).padStart(2, "0")}`),
};

interface ImportCell extends ImportRow {
  code: string;
}

/**
 * 100,000 new values: every 2026 period of every indicator for the 130 communes is 101,140 cells;
 * the last 1,140 (yearly indicators, the last communes) are left out. `revision` 1 changes every
 * value, for the second run that updates.
 */
function importCells(ds: LargeDataset, revision: 0 | 1): ImportCell[] {
  const cells: ImportCell[] = [];
  for (const indicator of ds.indicators) {
    for (const period of PERIODS_2026[indicator.frequency]) {
      for (const commune of ds.communes) {
        const n = cells.length;
        cells.push({
          code: indicator.code,
          indicatorId: indicator.id,
          communeInseeCode: commune,
          period,
          value: ((n * 7919) % 100_000) / 100 + revision,
          source: "Import de banc d'essai",
          comment: revision ? "Révisé" : "",
        });
        if (cells.length === IMPORT_ROWS) return cells;
      }
    }
  }
  return cells;
}

function csvOf(cells: ImportCell[]): Uint8Array {
  const lines = ["code_indicateur,indicateur,unite,code_insee,commune,periode,valeur,source,commentaire,statut"];
  for (const c of cells) {
    lines.push(`${c.code},,,${c.communeInseeCode},,${c.period},${String(c.value).replace(".", ",").replace(/^(.*),(.*)$/, '"$1,$2"')},${c.source},${c.comment},`);
  }
  return Buffer.from(`${lines.join("\n")}\n`, "utf8");
}

const importParams = (batch: readonly ImportRow[], status: string, campaignId: string | null, now: Date) => [
  batch.map((r) => r.indicatorId),
  batch.map((r) => r.communeInseeCode),
  batch.map((r) => r.period),
  batch.map((r) => r.value),
  batch.map((r) => r.source),
  batch.map((r) => r.comment),
  status,
  campaignId,
  null,
  status === "submitted" ? now : null,
  now,
];

// ---------------------------------------------------------------------------------------------
// The benchmark, once per target

for (const target of targets) {
  describe(`indicators on the large dataset, ${target.name}`, () => {
    let place: Awaited<ReturnType<Target["open"]>>;
    let db: Database;
    let pool: pg.Pool;
    let ds: LargeDataset;
    let campaignId: string;
    const mine: Measure[] = [];

    beforeAll(async () => {
      place = await target.open();
      db = await openDatabase(place.embedded ? { dataDir: place.url } : { databaseUrl: place.url, dataDir: null });
      await loadReferenceData(db.prisma);
      pool = new pg.Pool({ connectionString: db.url, max: 4 });
      if (!place.embedded) {
        environment.postgres = (await pool.query<{ v: string }>("SELECT version() AS v")).rows[0]!.v;
        for (const setting of ["shared_buffers", "work_mem", "jit"]) {
          environment[`postgres.${setting}`] = (await pool.query(`SHOW ${setting}`)).rows[0][setting];
        }
      }
      ds = await generateLargeDataset(pool, (m) => console.log(`[${target.name}] ${m}`));
      (environment.generation ??= {} as Record<string, number>) as Record<string, number>;
      if (ds.generated) (environment.generation as Record<string, number>)[target.name] = Math.round(ds.ms);
      await cleanImports();
      campaignId = await benchCampaign();
    }, 3_600_000);

    afterAll(async () => {
      if (mine.length > 0) console.log(`${target.name}:\n${table(mine)}`);
      await pool?.end();
      await db?.close();
      await place?.drop();
    }, 600_000);

    /** Removes what an import wrote (2026), so that each run creates its values anew. */
    async function cleanImports() {
      await pool.query(
        `DELETE FROM "IndicatorValueChange" ch USING "IndicatorValue" v
          WHERE ch."valueId" = v.id AND v.period >= '2026' AND starts_with(v.period, '2026')`,
      );
      await pool.query(
        `DELETE FROM "IndicatorValue" WHERE starts_with(period, '2026')
            AND "indicatorId" IN (SELECT id FROM "IndicatorDefinition" WHERE starts_with(code, $1))`,
        [LARGE_DATASET.codePrefix],
      );
      await pool.query(`VACUUM ANALYZE "IndicatorValue"`);
      await pool.query(`VACUUM ANALYZE "IndicatorValueChange"`);
    }

    /** An open campaign for 2026 over every indicator and commune: what the full import checks against. */
    async function benchCampaign(): Promise<string> {
      const name = "Campagne de banc d'essai 2026";
      const found = await pool.query<{ id: string }>(
        `SELECT id FROM "ReportingCampaign" WHERE "programmeId" = $1 AND name = $2`,
        [ds.programmeId, name],
      );
      if (found.rows[0]) return found.rows[0].id;
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const id = (
          await client.query<{ id: string }>(
            `INSERT INTO "ReportingCampaign" (id, "programmeId", name, "periodStart", "periodEnd", deadline, status, "updatedAt")
             VALUES (gen_random_uuid(), $1, $2, '2026-01-01', '2026-12-31', '2027-03-31', 'open', now()) RETURNING id`,
            [ds.programmeId, name],
          )
        ).rows[0]!.id;
        await client.query(
          `INSERT INTO "CampaignIndicator" ("campaignId", "indicatorId") SELECT $1, unnest($2::uuid[])`,
          [id, ds.indicators.map((i) => i.id)],
        );
        await client.query(`INSERT INTO "CampaignCommune" ("campaignId", "communeInseeCode") SELECT $1, unnest($2::varchar[])`, [
          id,
          ds.communes,
        ]);
        await client.query("COMMIT");
        return id;
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      } finally {
        client.release();
      }
    }

    const record = (m: Measure) => {
      mine.push(m);
      console.log(
        `[${target.name}] ${m.name}: baseline ${median(m.baseline).toFixed(1)} ms ${runs(m.baseline)}, platform ${median(m.platform).toFixed(1)} ms ${runs(m.platform)}, ratio ${(median(m.platform) / median(m.baseline)).toFixed(2)}`,
      );
    };

    it("a. the programme dashboard's aggregates (2025, whole programme, EPT, département, edition)", async () => {
      const filter = { programmeId: ds.programmeId, fromPeriod: "2025", toPeriod: "2026", publicOnly: false };
      const figures = figuresRepository(db.prisma);
      record(
        await compareReads(
          target.name,
          "a. dashboard aggregates, 2025",
          async () => (await figures.aggregates(filter)).length,
          async () => (await baselineAggregates(pool, [filter.programmeId, filter.fromPeriod, filter.toPeriod], false, false)).length,
        ),
      );
    }, 600_000);

    it("b. one indicator's time series for all communes (2016–2025, public figures)", async () => {
      const filter = { programmeId: ds.programmeId, fromPeriod: "2016", toPeriod: "2026", publicOnly: true };
      const ids = [ds.seriesIndicatorId];
      const figures = figuresRepository(db.prisma);
      record(
        await compareReads(
          target.name,
          "b1. time series, one quarterly indicator × 130 communes (communeFigures)",
          async () => (await figures.communeFigures(filter, ids)).length,
          async () => {
            const { rows } = await pool.query<{
              indicator_id: string;
              commune: string;
              period: string;
              value: number;
              population: number;
              territory: string | null;
              departement: string;
              corrected_at: Date | null;
            }>(seriesSql, [ids, filter.fromPeriod, filter.toPeriod, filter.programmeId]);
            return rows.map((r) => ({ ...r, correctedAt: r.corrected_at?.toISOString() ?? null })).length;
          },
        ),
      );
      record(
        await compareReads(
          target.name,
          "b2. the same indicator's aggregates per period (aggregates with its id)",
          async () => (await figures.aggregates(filter, ids)).length,
          async () =>
            (await baselineAggregates(pool, [filter.programmeId, filter.fromPeriod, filter.toPeriod, ids], true, true)).length,
        ),
      );
    }, 600_000);

    it("c. an import of 100,000 values, created then updated, in one transaction", async () => {
      const created = importCells(ds, 0);
      const changed = importCells(ds, 1);
      const now = new Date();

      const platform = async (rows: readonly ImportRow[], status: "draft" | "submitted") =>
        db.prisma.$transaction(
          async (tx) => {
            const values = indicatorValuesRepository(tx);
            let written = 0;
            for (let i = 0; i < rows.length; i += BATCH) {
              const outcome = await values.upsertImported(rows.slice(i, i + BATCH), {
                campaignId,
                actorId: null,
                status,
                now,
              });
              written += outcome.created + outcome.updated;
            }
            return written;
          },
          { timeout: 1_800_000, maxWait: 60_000 },
        );

      const handWritten = (sql: string) => async (rows: readonly ImportRow[], status: "draft" | "submitted") => {
        const client = await pool.connect();
        try {
          await client.query("BEGIN");
          let written = 0;
          for (let i = 0; i < rows.length; i += BATCH) {
            const result = await client.query(sql, importParams(rows.slice(i, i + BATCH), status, campaignId, now));
            written +=
              sql === upsertSql ? Number(result.rows[0].created) + Number(result.rows[0].updated) : (result.rowCount ?? 0);
          }
          await client.query("COMMIT");
          return written;
        } catch (error) {
          await client.query("ROLLBACK");
          throw error;
        } finally {
          client.release();
        }
      };

      const variants: { name: string; run: (rows: readonly ImportRow[], status: "draft" | "submitted") => Promise<number> }[] = [
        { name: "platform", run: platform },
        { name: "baseline", run: handWritten(upsertSql) },
        { name: "bare", run: handWritten(bareUpsertSql) },
      ];
      const timings = new Map(variants.map((v) => [v.name, { create: [] as number[], update: [] as number[] }]));
      // Round 0 is the warm-up; the order of the variants turns from one round to the next.
      for (let round = 0; round <= IMPORT_ROUNDS; round++) {
        for (let k = 0; k < variants.length; k++) {
          const variant = variants[(k + round) % variants.length]!;
          await cleanImports();
          const [createMs, createdCount] = await timed(() => variant.run(created, "draft"));
          const [updateMs, updatedCount] = await timed(() => variant.run(changed, "submitted"));
          if (createdCount !== IMPORT_ROWS || updatedCount !== IMPORT_ROWS) {
            throw new Error(`${variant.name}: ${createdCount} created, ${updatedCount} updated (${IMPORT_ROWS} expected)`);
          }
          console.log(
            `[${target.name}] import round ${round}${round === 0 ? " (warm-up)" : ""}, ${variant.name}: create ${createMs.toFixed(0)} ms, update ${updateMs.toFixed(0)} ms`,
          );
          if (round > 0) {
            timings.get(variant.name)!.create.push(createMs);
            timings.get(variant.name)!.update.push(updateMs);
          }
        }
      }
      await cleanImports();
      const t = (name: string) => timings.get(name)!;
      const add = (m: Measure) => {
        results.push(m);
        record(m);
      };
      for (const kind of ["create", "update"] as const) {
        add({
          target: target.name,
          name: `c. import 100,000 values (${kind === "create" ? "new" : "changed"}), upsertImported × 20 in one transaction`,
          platform: t("platform")[kind],
          baseline: t("baseline")[kind],
          rows: IMPORT_ROWS,
        });
        add({
          target: target.name,
          name: `c. (reading) the same without the history of changes, hand-written SQL vs same with history`,
          platform: t("baseline")[kind],
          baseline: t("bare")[kind],
          rows: IMPORT_ROWS,
          note: `${kind}: the ratio is what the history (IndicatorValueChange) costs`,
        });
      }
    }, 3_600_000);
  });
}

if (targets.length === 0) {
  describe("indicators on the large dataset", () => {
    it.skip("no target to measure", () => {});
  });
}

export { csvOf, storeUpload, appRouter, createCallerFactory, createDiskFileStore, createMemoryMailer, createTaskRunner };
export type { Context };
