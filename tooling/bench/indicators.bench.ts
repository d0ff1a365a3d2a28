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
import * as sql from "./indicators.sql.js";

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
 * databases, data/bench-pglite and the database cvv_bench_large, instead of fresh ones),
 * BENCH_FULL_IMPORT=0 (skip the import through the whole feature).
 */
const READ_ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const IMPORT_ROUNDS = Number(process.env.BENCH_IMPORT_ROUNDS ?? 5);
const TARGETS = (process.env.BENCH_TARGETS ?? "pglite,postgres").split(",").map((t) => t.trim());
const KEEP = process.env.BENCH_KEEP === "1";
const FULL_IMPORT = process.env.BENCH_FULL_IMPORT !== "0";
const IMPORT_ROWS = 100_000;
const BATCH = 5_000;
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");

// ---------------------------------------------------------------------------------------------
// Measuring

interface Measure {
  target: string;
  name: string;
  /** What is measured (the platform's path, unless said otherwise) and what it is compared with. */
  platformLabel: string;
  baselineLabel: string;
  platform: number[];
  baseline: number[];
  /** Rows returned or written, the same on both sides. */
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
  pglite: (
    JSON.parse(readFileSync(join(ROOT, "node_modules/@electric-sql/pglite/package.json"), "utf8")) as {
      version: string;
    }
  ).version,
  readRounds: READ_ROUNDS,
  importRounds: IMPORT_ROUNDS,
  loadAverageAtStart: os.loadavg(),
  generationMs: {} as Record<string, number>,
};

/**
 * Why two row lists differ, or null when they hold the same rows in any order. Numbers
 * are compared to 1e-9 relative: a floating-point sum's last bits depend on the order the plan
 * feeds the rows in, which no SQL text fixes.
 */
function difference(a: readonly object[], b: readonly object[]): string | null {
  if (a.length !== b.length) return `${a.length} rows against ${b.length}`;
  const split = (row: object) => {
    const values = Object.values(row);
    const fractional = values.map((v) => typeof v === "number");
    return {
      key: JSON.stringify(values.map((v, i) => (fractional[i] ? null : v))),
      numbers: values.filter((_, i) => fractional[i]) as number[],
    };
  };
  const index = new Map<string, number[][]>();
  for (const row of b) {
    const { key, numbers } = split(row);
    index.set(key, [...(index.get(key) ?? []), numbers]);
  }
  for (const row of a) {
    const { key, numbers } = split(row);
    const candidates = index.get(key) ?? [];
    const at = candidates.findIndex((c) =>
      c.every((v, i) => Math.abs(v - numbers[i]!) <= 1e-9 * Math.max(1, Math.abs(v))),
    );
    if (at < 0) return `no match for ${JSON.stringify(row)} (candidates: ${JSON.stringify(candidates.slice(0, 3))})`;
    candidates.splice(at, 1);
  }
  return null;
}

/**
 * A read measured against its baseline: both must give the same rows; one warm-up call each,
 * then rounds that alternate which goes first, so that caches and the machine's drift touch both.
 */
async function compareReads(
  m: Omit<Measure, "platform" | "baseline" | "rows">,
  platform: () => Promise<readonly object[]>,
  baseline: () => Promise<readonly object[]>,
): Promise<Measure> {
  const [a, b] = [await platform(), await baseline()];
  const differ = difference(a, b);
  if (differ) throw new Error(`${m.name}: ${m.platformLabel} and ${m.baselineLabel} differ: ${differ}`);
  const measure: Measure = { ...m, platform: [], baseline: [], rows: a.length };
  for (let i = 0; i < READ_ROUNDS; i++) {
    if (i % 2 === 0) {
      measure.baseline.push((await timed(baseline))[0]);
      measure.platform.push((await timed(platform))[0]);
    } else {
      measure.platform.push((await timed(platform))[0]);
      measure.baseline.push((await timed(baseline))[0]);
    }
  }
  return measure;
}

const ms = (v: number) => (v < 100 ? v.toFixed(1) : v.toFixed(0));

function table(measures: Measure[]): string {
  const lines = [
    "| Target | Measure | Rows | Baseline | ms (median) | Measured | ms (median) | Ratio |",
    "| ------ | ------- | ---: | -------- | ----------: | -------- | ----------: | ----: |",
  ];
  for (const m of measures) {
    const b = median(m.baseline);
    const p = median(m.platform);
    lines.push(
      `| ${m.target} | ${m.name} | ${m.rows.toLocaleString("en")} | ${m.baselineLabel} | ${ms(b)} | ${m.platformLabel} | ${ms(p)} | ${(p / b).toFixed(2)} |`,
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
    const where = named ? "the server of BENCH_DATABASE_URL/TEST_DATABASE_URL does not answer" : `no server at ${url}`;
    return { skip: `PostgreSQL not measured: ${where} (${(error as Error).message}). Set BENCH_DATABASE_URL.` };
  } finally {
    await client.end().catch(() => {});
  }
}

interface Place {
  url: string;
  embedded: boolean;
  drop(): Promise<void>;
}

const targets: { name: string; open(): Promise<Place> }[] = [];
const skipped: string[] = [];
if (TARGETS.includes("pglite")) {
  targets.push({
    name: "PGlite",
    async open() {
      const dir = KEEP ? join(ROOT, "data/bench-pglite") : mkdtempSync(join(os.tmpdir(), "cvv-bench-pglite-"));
      const drop = async () => (KEEP ? undefined : rmSync(dir, { recursive: true, force: true }));
      return { url: dir, embedded: true, drop };
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
  if (results.length === 0) return;
  const dir = join(ROOT, "tooling/bench/results");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `indicators-${(environment.date as string).replace(/[:.]/g, "-")}.json`);
  environment.loadAverageAtEnd = os.loadavg();
  const summary = results.map((m) => ({
    ...m,
    medianBaselineMs: median(m.baseline),
    medianPlatformMs: median(m.platform),
    ratio: median(m.platform) / median(m.baseline),
  }));
  writeFileSync(file, `${JSON.stringify({ environment, skipped, results: summary }, null, 2)}\n`);
  console.log(
    [
      `indicators on the large dataset (${READ_ROUNDS} rounds for reads, ${IMPORT_ROUNDS} for imports, medians in ms):`,
      table(results),
      ...results.filter((m) => m.note).map((m) => `${m.target}, ${m.name}: ${m.note}`),
      ...skipped,
      `written to ${file}`,
    ].join("\n"),
  );
});

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

/** The campaign's sheet as a person would send it back: CSV, the columns of the template. */
function csvOf(cells: readonly ImportCell[]): Uint8Array {
  const lines = ["code_indicateur,indicateur,unite,code_insee,commune,periode,valeur,source,commentaire,statut"];
  for (const c of cells)
    lines.push(`${c.code},,,${c.communeInseeCode},,${c.period},${c.value},${c.source},${c.comment},`);
  return Buffer.from(`${lines.join("\n")}\n`, "utf8");
}

type Status = "draft" | "submitted";

// ---------------------------------------------------------------------------------------------
// The benchmark, once per target

for (const target of targets) {
  describe(`indicators on the large dataset, ${target.name}`, () => {
    let place: Place;
    let db: Database;
    let pool: pg.Pool;
    let ds: LargeDataset;
    let campaignId: string;
    let actorId: string;
    const mine: Measure[] = [];
    const record = (m: Measure) => {
      mine.push(m);
      results.push(m);
      console.log(
        `[${target.name}] ${m.name}: ${m.baselineLabel} ${ms(median(m.baseline))} ms ${runs(m.baseline)}, ` +
          `${m.platformLabel} ${ms(median(m.platform))} ms ${runs(m.platform)}, ratio ${(median(m.platform) / median(m.baseline)).toFixed(2)}`,
      );
    };

    beforeAll(async () => {
      place = await target.open();
      db = await openDatabase(place.embedded ? { dataDir: place.url } : { databaseUrl: place.url, dataDir: null });
      await loadReferenceData(db.prisma);
      pool = new pg.Pool({ connectionString: db.url, max: 4 });
      const version = (await pool.query<{ v: string }>("SELECT version() AS v")).rows[0]!.v;
      const settings: Record<string, string> = {};
      for (const name of ["shared_buffers", "work_mem", "jit", "max_parallel_workers_per_gather"]) {
        settings[name] = await pool.query(`SHOW ${name}`).then(
          (r) => r.rows[0][name] as string,
          () => "n/a",
        );
      }
      environment[target.name] = { version, ...settings };
      ds = await generateLargeDataset(pool, (m) => console.log(`[${target.name}] ${m}`));
      if (ds.generated) (environment.generationMs as Record<string, number>)[target.name] = Math.round(ds.ms);
      await cleanImports();
      ({ campaignId, actorId } = await benchCampaign());
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
          WHERE ch."valueId" = v.id AND starts_with(v.period, '2026')`,
      );
      await pool.query(
        `DELETE FROM "IndicatorValue" WHERE starts_with(period, '2026')
            AND "indicatorId" IN (SELECT id FROM "IndicatorDefinition" WHERE starts_with(code, $1))`,
        [LARGE_DATASET.codePrefix],
      );
      await pool.query(`VACUUM ANALYZE "IndicatorValue"`);
      await pool.query(`VACUUM ANALYZE "IndicatorValueChange"`);
    }

    /** An administrator and an open campaign for 2026 over every indicator and commune: what the import checks against. */
    async function benchCampaign(): Promise<{ campaignId: string; actorId: string }> {
      const name = "Campagne de banc d'essai 2026";
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const actor = await client.query<{ id: string }>(
          `INSERT INTO "User" (id, email, "displayName", role, "updatedAt")
           VALUES (gen_random_uuid(), 'banc-essai@bench.example', 'Banc d''essai', 'admin', now())
           ON CONFLICT (email) DO UPDATE SET "displayName" = EXCLUDED."displayName" RETURNING id`,
        );
        const found = await client.query<{ id: string }>(
          `SELECT id FROM "ReportingCampaign" WHERE "programmeId" = $1 AND name = $2`,
          [ds.programmeId, name],
        );
        let id = found.rows[0]?.id;
        if (!id) {
          id = (
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
          await client.query(
            `INSERT INTO "CampaignCommune" ("campaignId", "communeInseeCode") SELECT $1, unnest($2::varchar[])`,
            [id, ds.communes],
          );
        }
        await client.query("COMMIT");
        return { campaignId: id, actorId: actor.rows[0]!.id };
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      } finally {
        client.release();
      }
    }

    const viaPg = (text: string, params: unknown[]) => async () =>
      (await pool.query<sql.AggregateRaw>(text, params)).rows.map(sql.toAggregateRow);

    it("a. the programme dashboard's aggregates (2025: whole programme, EPT, département, edition)", async () => {
      const f = { programmeId: ds.programmeId, fromPeriod: "2025", toPeriod: "2026", publicOnly: false };
      const figures = figuresRepository(db.prisma);
      const params = [f.programmeId, f.fromPeriod, f.toPeriod];
      const ids = ds.indicators.map((i) => i.id);
      record(
        await compareReads(
          {
            target: target.name,
            name: "a. dashboard aggregates, 2025 (the programme's assignments)",
            platformLabel: "figuresRepository.aggregates",
            baselineLabel: "same SQL via pg",
          },
          () => figures.aggregates(f),
          viaPg(sql.aggregates({ publicOnly: false, byIds: false }), params),
        ),
      );
      record(
        await compareReads(
          {
            target: target.name,
            name: "a. the same, the 300 indicator ids given (as figures.service calls it)",
            platformLabel: "figuresRepository.aggregates",
            baselineLabel: "same SQL via pg",
          },
          () => figures.aggregates(f, ids),
          viaPg(sql.aggregates({ publicOnly: false, byIds: true }), [...params, ids]),
        ),
      );
      record(
        await compareReads(
          {
            target: target.name,
            name: "a. the whole programme's figures only, 300 ids (as figures.service now calls it for officers)",
            platformLabel: "figuresRepository.programmeTotals",
            baselineLabel: "same SQL via pg",
          },
          () => figures.programmeTotals(f, ids),
          viaPg(sql.programmeTotals({ publicOnly: false, byIds: true }), [...params, ids]),
        ),
      );
      record(
        await compareReads(
          {
            target: target.name,
            name: "a. then one indicator's breakdown by EPT, département and edition (2025)",
            platformLabel: "figuresRepository.aggregates(…, [id])",
            baselineLabel: "same SQL via pg",
          },
          () => figures.aggregates(f, [ds.seriesIndicatorId]),
          viaPg(sql.aggregates({ publicOnly: false, byIds: true }), [...params, [ds.seriesIndicatorId]]),
        ),
      );
      record(
        await compareReads(
          {
            target: target.name,
            name: "a. (reading) the SQL of aggregates before this benchmark, both via pg",
            platformLabel: "new SQL",
            baselineLabel: "former SQL",
          },
          viaPg(sql.aggregates({ publicOnly: false, byIds: false }), params),
          viaPg(sql.formerAggregates({ publicOnly: false, byIds: false }), params),
        ),
      );
    }, 1_800_000);

    it("a. the dashboard's default year (latestYear)", async () => {
      const figures = figuresRepository(db.prisma);
      const year = (text: string) => async () => {
        const { rows } = await pool.query<{ year: string | null }>(text, [ds.programmeId]);
        return [{ year: rows[0]?.year ? Number(rows[0].year) : null }];
      };
      record(
        await compareReads(
          {
            target: target.name,
            name: "a. the dashboard's default year",
            platformLabel: "figuresRepository.latestYear",
            baselineLabel: "same SQL via pg",
          },
          async () => [{ year: await figures.latestYear(ds.programmeId) }],
          year(sql.latestYear),
        ),
      );
      record(
        await compareReads(
          {
            target: target.name,
            name: "a. (reading) the SQL of latestYear before this benchmark, both via pg",
            platformLabel: "new SQL",
            baselineLabel: "former SQL",
          },
          year(sql.latestYear),
          year(sql.formerLatestYear),
        ),
      );
    }, 1_800_000);

    it("b. one indicator's time series for all communes (2016–2025, public figures)", async () => {
      const f = { programmeId: ds.programmeId, fromPeriod: "2016", toPeriod: "2026", publicOnly: true };
      const ids = [ds.seriesIndicatorId];
      const figures = figuresRepository(db.prisma);
      const seriesParams = [ids, f.fromPeriod, f.toPeriod, f.programmeId];
      const series = (text: string) => async () =>
        (await pool.query<sql.SeriesRaw>(text, seriesParams)).rows.map(sql.toSeriesRow);
      record(
        await compareReads(
          {
            target: target.name,
            name: "b. time series of one quarterly indicator × 130 communes",
            platformLabel: "figuresRepository.communeFigures",
            baselineLabel: "hand-written SQL via pg",
          },
          () => figures.communeFigures(f, ids),
          series(sql.series),
        ),
      );
      record(
        await compareReads(
          {
            target: target.name,
            name: "b. the same indicator's aggregates per period, every group",
            platformLabel: "figuresRepository.aggregates(…, [id])",
            baselineLabel: "same SQL via pg",
          },
          () => figures.aggregates(f, ids),
          viaPg(sql.aggregates({ publicOnly: true, byIds: true }), [f.programmeId, f.fromPeriod, f.toPeriod, ids]),
        ),
      );
      record(
        await compareReads(
          {
            target: target.name,
            name: "b. the same indicator's whole-programme figure per period",
            platformLabel: "figuresRepository.programmeTotals(…, [id])",
            baselineLabel: "same SQL via pg",
          },
          () => figures.programmeTotals(f, ids),
          viaPg(sql.programmeTotals({ publicOnly: true, byIds: true }), [f.programmeId, f.fromPeriod, f.toPeriod, ids]),
        ),
      );
      record(
        await compareReads(
          {
            target: target.name,
            name: "b. (reading) the SQL of communeFigures before this benchmark, both via pg",
            platformLabel: "new SQL",
            baselineLabel: "former SQL",
          },
          series(sql.series),
          series(sql.formerCommuneFigures),
        ),
      );
    }, 1_800_000);

    it("c. an import of 100,000 values, created then updated, in one transaction", async () => {
      const created = importCells(ds, 0);
      const changed = importCells(ds, 1);
      const files = mkdtempSync(join(os.tmpdir(), "cvv-bench-files-"));
      const now = new Date();

      // The repository's path: what applying an import runs, 20 batches in one transaction.
      const repository = async (rows: readonly ImportRow[], status: Status) =>
        db.prisma.$transaction(
          async (tx) => {
            const values = indicatorValuesRepository(tx);
            let written = 0;
            for (let i = 0; i < rows.length; i += BATCH) {
              const outcome = await values.upsertImported(rows.slice(i, i + BATCH), {
                campaignId,
                actorId,
                status,
                now,
              });
              written += outcome.created + outcome.updated;
            }
            return written;
          },
          { timeout: 1_800_000, maxWait: 60_000 },
        );

      // The whole feature: the CSV uploaded, checked (dry run), confirmed and applied, as the
      // admin app drives it through the API; background tasks awaited.
      const checkMs: number[] = [];
      const applyMs: number[] = [];
      const feature = async (cells: readonly ImportCell[], status: Status) => {
        const taskErrors: unknown[] = [];
        const ctx: Context = {
          db: db.prisma,
          user: {
            id: actorId,
            email: "banc-essai@bench.example",
            displayName: "Banc d'essai",
            role: "admin",
            communeCodes: [],
          },
          sessionTokenHash: null,
          mailer: createMemoryMailer(),
          config: { publicUrl: "http://localhost:3000", trustedOrigins: [] },
          http: null,
          cookies: { setSession() {}, clearSession() {} },
          now: () => new Date(),
          files: createDiskFileStore(files),
          tasks: createTaskRunner((_label, error) => taskErrors.push(error)),
        };
        const caller = createCallerFactory(appRouter)(ctx);
        const t0 = performance.now();
        const upload = await storeUpload(ctx, ctx.user!, {
          fileName: "banc.csv",
          bytes: csvOf(cells),
          purpose: "import",
        });
        if (!upload.ok) throw new Error(upload.error.message);
        const started = await caller.imports.start({
          fileId: upload.value.id,
          campaignId,
          submit: status === "submitted",
        });
        await ctx.tasks.idle();
        const checked = await caller.imports.get({ id: started.id });
        if (taskErrors.length > 0 || checked.status !== "checked" || checked.report?.errorCount !== 0) {
          throw new Error(
            `check: ${checked.status} ${JSON.stringify(checked.report?.errors.slice(0, 3))} ${String(taskErrors[0])}`,
          );
        }
        const t1 = performance.now();
        await caller.imports.confirm({ id: started.id });
        await ctx.tasks.idle();
        const done = await caller.imports.get({ id: started.id });
        if (taskErrors.length > 0 || done.status !== "done")
          throw new Error(`apply: ${done.status} ${done.error} ${String(taskErrors[0])}`);
        checkMs.push(t1 - t0);
        applyMs.push(performance.now() - t1);
        return (done.report?.created ?? 0) + (done.report?.updated ?? 0);
      };

      // The baselines: the same statement as upsertImported, and the bare upsert without the
      // history of changes, both through pg in one transaction.
      const handWritten = (text: string) => async (rows: readonly ImportRow[], status: Status) => {
        const client = await pool.connect();
        try {
          await client.query("BEGIN");
          let written = 0;
          for (let i = 0; i < rows.length; i += BATCH) {
            const result = await client.query(
              text,
              sql.importParams(rows.slice(i, i + BATCH), { status, campaignId, actorId, now }),
            );
            written +=
              text === sql.upsert
                ? Number(result.rows[0].created) + Number(result.rows[0].updated)
                : (result.rowCount ?? 0);
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

      const variants = [
        { name: "repository", run: (cells: readonly ImportCell[], status: Status) => repository(cells, status) },
        { name: "baseline", run: handWritten(sql.upsert) },
        { name: "bare", run: handWritten(sql.bareUpsert) },
        ...(FULL_IMPORT ? [{ name: "feature", run: feature }] : []),
      ];
      const timings = new Map(variants.map((v) => [v.name, { create: [] as number[], update: [] as number[] }]));
      // Round 0 is the warm-up; the order of the variants turns from one round to the next.
      for (let round = 0; round <= IMPORT_ROUNDS; round++) {
        for (let k = 0; k < variants.length; k++) {
          const variant = variants[(k + round) % variants.length]!;
          await cleanImports();
          const before = checkMs.length;
          const [createMs, createdCount] = await timed(() => variant.run(created, "draft"));
          const [updateMs, updatedCount] = await timed(() => variant.run(changed, "submitted"));
          if (createdCount !== IMPORT_ROWS || updatedCount !== IMPORT_ROWS) {
            throw new Error(
              `${variant.name}: ${createdCount} created, ${updatedCount} updated (${IMPORT_ROWS} expected)`,
            );
          }
          console.log(
            `[${target.name}] import round ${round}${round === 0 ? " (warm-up)" : ""}, ${variant.name}: ` +
              `create ${createMs.toFixed(0)} ms, update ${updateMs.toFixed(0)} ms`,
          );
          if (round === 0) {
            checkMs.length = applyMs.length = before;
            continue;
          }
          timings.get(variant.name)!.create.push(createMs);
          timings.get(variant.name)!.update.push(updateMs);
        }
      }
      await cleanImports();
      rmSync(files, { recursive: true, force: true });

      const t = (name: string) => timings.get(name)!;
      for (const kind of ["create", "update"] as const) {
        const what = kind === "create" ? "new values" : "changed values (draft → submitted)";
        record({
          target: target.name,
          name: `c. import of 100,000 ${what}`,
          platformLabel: "upsertImported × 20, one transaction",
          baselineLabel: "same SQL via pg",
          platform: t("repository")[kind],
          baseline: t("baseline")[kind],
          rows: IMPORT_ROWS,
        });
        if (FULL_IMPORT) {
          const check =
            kind === "create" ? checkMs.filter((_, i) => i % 2 === 0) : checkMs.filter((_, i) => i % 2 === 1);
          const apply =
            kind === "create" ? applyMs.filter((_, i) => i % 2 === 0) : applyMs.filter((_, i) => i % 2 === 1);
          record({
            target: target.name,
            name: `c. import of 100,000 ${what}, whole feature`,
            platformLabel: "CSV → upload → check → confirm → apply",
            baselineLabel: "same SQL via pg",
            platform: t("feature")[kind],
            baseline: t("baseline")[kind],
            rows: IMPORT_ROWS,
            note: `${kind}: upload and check ${ms(median(check))} ms ${runs(check)}, confirm and apply ${ms(median(apply))} ms ${runs(apply)}`,
          });
        }
        record({
          target: target.name,
          name: `c. (reading) what the history of changes costs, ${kind === "create" ? "new" : "changed"} values`,
          platformLabel: "upsert + history via pg",
          baselineLabel: "bare upsert via pg",
          platform: t("baseline")[kind],
          baseline: t("bare")[kind],
          rows: IMPORT_ROWS,
        });
      }
    }, 7_200_000);
  });
}

if (targets.length === 0) {
  describe("indicators on the large dataset", () => {
    // A run that measures nothing is a misconfiguration (BENCH_TARGETS, the PostgreSQL URL): say so.
    it("has a database to measure", () => {
      throw new Error(skipped.join(" ") || "Aucune cible : BENCH_TARGETS doit contenir pglite ou postgres.");
    });
  });
}
