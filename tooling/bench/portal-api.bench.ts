import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import inspector from "node:inspector/promises";
import type { AddressInfo } from "node:net";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual, promisify } from "node:util";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import pg from "pg";
import { afterAll, beforeAll, describe, it } from "vitest";
import { createMemoryMailer } from "@cvv/api";
import { driverPool, loadReferenceData, openDatabase, type Database } from "@cvv/db";
import { createScratchDatabase } from "@cvv/db/testing";
import { buildApp } from "../../apps/server/src/app.js";
import { readConfig } from "../../apps/server/src/config.js";
import { generateLargeDataset, LARGE_DATASET, type LargeDataset } from "./large-dataset.js";

/**
 * The portal's API under load (issue 5's budget: within 2× of a bare handler). The real server
 * (`buildApp`: Fastify, helmet, rate limit, tRPC, zod input and output validation, repositories,
 * Prisma with `@prisma/adapter-pg`) and a baseline (a bare Fastify with `pg` and hand-written SQL
 * giving the same JSON) listen on 127.0.0.1 against the same large dataset; autocannon, in a
 * process of its own, drives each in turn with 50 connections over many different records, in
 * rounds that alternate which goes first. Both answers are checked equal before anything is timed.
 *
 * Environment: BENCH_TARGETS ("postgres" by default; "pglite" or "pglite,postgres"), BENCH_ROUNDS
 * (default 5), BENCH_DURATION (seconds a round, default 5, twice that for the heavy answers), BENCH_CONNECTIONS (default 50),
 * BENCH_ENDPOINTS (comma-separated names, default all), BENCH_DATABASE_URL or TEST_DATABASE_URL
 * (the PostgreSQL server, default postgresql://postgres@127.0.0.1:5432/postgres), BENCH_KEEP=1
 * (reuse the databases of the indicator benchmark, cvv_bench_large and data/bench-pglite),
 * BENCH_SERVE=<seconds> (only start both servers, print their addresses and write a CPU profile of
 * that time to tooling/bench/results/, to load them by hand).
 */
const TARGETS = (process.env.BENCH_TARGETS ?? "postgres").split(",").map((t) => t.trim());
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const DURATION = Number(process.env.BENCH_DURATION ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const ONLY = process.env.BENCH_ENDPOINTS?.split(",").map((e) => e.trim());
const KEEP = process.env.BENCH_KEEP === "1";
/** Seconds to keep both servers up, for profiling by hand, instead of measuring. */
const SERVE = Number(process.env.BENCH_SERVE ?? 0);
/** Both sides get the same number of database connections: the platform's default pool. */
const POOL_SIZE = 10;
const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, "../..");

// ---------------------------------------------------------------------------------------------
// The baseline: what one would write by hand for the same answers

const rpcPath = (procedure: string, input?: unknown) =>
  `/api/public/${procedure}${input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`}`;

const isoDate = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);

const PROJECT_COLUMNS = `p.slug, p.title, p.summary, p.status::text AS status, p."communeInseeCode",
  c.name AS "communeName", c.departement, t.name AS "territoryName", g.name AS "programmeName",
  g.slug AS "programmeSlug", e.name AS "editionName", e.year AS "editionYear"`;
const PROJECT_JOINS = `FROM "Project" p
  JOIN "Programme" g ON g.id = p."programmeId"
  JOIN "Commune" c ON c."inseeCode" = p."communeInseeCode"
  LEFT JOIN "Territory" t ON t.siren = c."territorySiren"
  LEFT JOIN "Edition" e ON e.id = p."editionId"`;

async function baselineServer(pool: pg.Pool): Promise<FastifyInstance> {
  const app = Fastify();
  const input = <T>(req: FastifyRequest): T => JSON.parse((req.query as { input?: string }).input ?? "{}") as T;
  const send = (reply: FastifyReply, data: unknown) => reply.send({ result: { data } });
  const notFound = (reply: FastifyReply) => reply.code(404).send({ error: { message: "introuvable" } });

  app.get("/api/public/site", async (_req, reply) => {
    const { rows } = await pool.query(
      `SELECT (SELECT count(*) FROM "Programme" WHERE status <> 'draft')::int AS "programmeCount",
              (SELECT count(*) FROM "Programme" WHERE status <> 'draft' AND "isDemo")::int AS demo,
              count(*)::int AS "projectCount", count(DISTINCT p."communeInseeCode")::int AS "communeCount"
         FROM "Project" p JOIN "Programme" g ON g.id = p."programmeId" WHERE g.status <> 'draft'`,
    );
    const r = rows[0];
    return send(reply, {
      demoData: r.demo > 0,
      programmeCount: r.programmeCount,
      projectCount: r.projectCount,
      communeCount: r.communeCount,
    });
  });

  app.get("/api/public/project", async (req, reply) => {
    const { slug } = input<{ slug: string }>(req);
    const project = await pool.query(
      `SELECT p.id, ${PROJECT_COLUMNS}, p.description, p."startsOn", p."endsOn"
         ${PROJECT_JOINS} WHERE p.slug = $1 AND g.status <> 'draft'`,
      [slug],
    );
    const row = project.rows[0];
    if (!row) return notFound(reply);
    const updates = await pool.query(
      `SELECT id, title, body, "publishedAt" FROM "ProjectUpdate"
        WHERE "projectId" = $1 AND status = 'approved' AND "publishedAt" IS NOT NULL
        ORDER BY "publishedAt" DESC`,
      [row.id],
    );
    const { id: _id, startsOn, endsOn, ...rest } = row;
    return send(reply, {
      ...rest,
      startsOn: isoDate(startsOn),
      endsOn: isoDate(endsOn),
      updates: updates.rows.map((u) => ({ ...u, publishedAt: u.publishedAt.toISOString() })),
    });
  });

  app.get("/api/public/projects", async (req, reply) => {
    const { communeInseeCode } = input<{ communeInseeCode: string }>(req);
    const { rows } = await pool.query(
      `SELECT ${PROJECT_COLUMNS} ${PROJECT_JOINS}
        WHERE p."communeInseeCode" = $1 AND g.status <> 'draft' ORDER BY c.name, p.title`,
      [communeInseeCode],
    );
    return send(reply, rows);
  });

  app.get("/api/public/programme", async (req, reply) => {
    const { slug } = input<{ slug: string }>(req);
    const programme = await pool.query(
      `SELECT id, slug, name, summary, objectives, status::text AS status, "startsOn", "endsOn"
         FROM "Programme" WHERE slug = $1 AND status <> 'draft'`,
      [slug],
    );
    const p = programme.rows[0];
    if (!p) return notFound(reply);
    const [editions, projects] = await Promise.all([
      pool.query(
        `SELECT name, year, status::text AS status, "opensOn", "closesOn" FROM "Edition"
          WHERE "programmeId" = $1 ORDER BY year`,
        [p.id],
      ),
      pool.query(`SELECT ${PROJECT_COLUMNS} ${PROJECT_JOINS} WHERE p."programmeId" = $1 ORDER BY c.name, p.title`, [
        p.id,
      ]),
    ]);
    return send(reply, {
      slug: p.slug,
      name: p.name,
      summary: p.summary,
      objectives: p.objectives,
      status: p.status,
      startsOn: isoDate(p.startsOn),
      endsOn: isoDate(p.endsOn),
      editions: editions.rows.map((e) => ({ ...e, opensOn: isoDate(e.opensOn), closesOn: isoDate(e.closesOn) })),
      projects: projects.rows,
    });
  });

  app.get("/api/public/communeIndicators", async (req, reply) => {
    const { inseeCode } = input<{ inseeCode: string }>(req);
    const [participates, indicators, values] = await Promise.all([
      pool.query(
        `SELECT 1 FROM "Project" p JOIN "Programme" g ON g.id = p."programmeId"
          WHERE p."communeInseeCode" = $1 AND g.status <> 'draft' LIMIT 1`,
        [inseeCode],
      ),
      pool.query(
        `SELECT id, code, name, unit FROM "IndicatorDefinition"
          WHERE "publicByDefault" AND formula IS NULL ORDER BY kind, name`,
      ),
      pool.query(
        `SELECT v."indicatorId", v.period, v."publishedValue" AS value, v."publishedAt", v."correctedAt"
           FROM "IndicatorValue" v JOIN "IndicatorDefinition" d ON d.id = v."indicatorId"
          WHERE v."communeInseeCode" = $1 AND v."publishedValue" IS NOT NULL AND v."publishedAt" IS NOT NULL
            AND NOT v.confidential AND d."publicByDefault"
          ORDER BY v."indicatorId", v.period`,
        [inseeCode],
      ),
    ]);
    if (participates.rowCount === 0) return notFound(reply);
    const byIndicator = new Map<string, unknown[]>();
    for (const v of values.rows) {
      let list = byIndicator.get(v.indicatorId);
      if (!list) byIndicator.set(v.indicatorId, (list = []));
      list.push({
        period: v.period,
        value: v.value,
        publishedAt: v.publishedAt.toISOString(),
        correctedAt: v.correctedAt ? v.correctedAt.toISOString() : null,
      });
    }
    return send(
      reply,
      indicators.rows.flatMap((d) => {
        const list = byIndicator.get(d.id);
        return list ? [{ code: d.code, name: d.name, unit: d.unit, computed: false, values: list }] : [];
      }),
    );
  });
  return app;
}

// ---------------------------------------------------------------------------------------------
// The dataset's additions and the endpoints measured

/**
 * The large dataset has no project news: three per project of the benchmark's programme (two
 * published, one draft that must not show), so the project page reads a real list. Added once.
 */
async function addProjectUpdates(pool: pg.Pool): Promise<void> {
  const { rows } = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "ProjectUpdate" u JOIN "Project" p ON p.id = u."projectId"
      WHERE starts_with(p.slug, $1)`,
    [`${LARGE_DATASET.slug}-`],
  );
  if (rows[0]!.n > 0) return;
  await pool.query(
    `INSERT INTO "ProjectUpdate" (id, "projectId", title, body, status, "submittedAt", "reviewedAt", "publishedAt",
                                  "createdAt", "updatedAt")
     SELECT gen_random_uuid(), p.id, 'Actualité ' || k || ' du projet', repeat('Avancement du chantier. ', 20),
            (CASE WHEN k = 3 THEN 'draft' ELSE 'approved' END)::"UpdateStatus",
            now() - k * interval '30 days', CASE WHEN k < 3 THEN now() - k * interval '29 days' END,
            CASE WHEN k < 3 THEN now() - k * interval '28 days' END, now(), now()
       FROM "Project" p CROSS JOIN generate_series(1, 3) AS k WHERE starts_with(p.slug, $1)`,
    [`${LARGE_DATASET.slug}-`],
  );
  await pool.query(`ANALYZE "ProjectUpdate"`);
}

interface Endpoint {
  name: string;
  /** Answers of hundreds of kilobytes take longer rounds for enough of them to count. */
  heavy?: boolean;
  /** The paths autocannon goes through, in turn; both servers answer the same ones. */
  paths: string[];
}

function endpoints(ds: LargeDataset, projectSlugs: string[]): Endpoint[] {
  const all: Endpoint[] = [
    { name: "site", paths: [rpcPath("site")] },
    { name: "project", paths: projectSlugs.map((slug) => rpcPath("project", { slug })) },
    { name: "projects by commune", paths: ds.communes.map((c) => rpcPath("projects", { communeInseeCode: c })) },
    {
      name: "communeIndicators",
      heavy: true,
      paths: ds.communes.map((inseeCode) => rpcPath("communeIndicators", { inseeCode })),
    },
    { name: "programme", heavy: true, paths: [rpcPath("programme", { slug: LARGE_DATASET.slug })] },
  ];
  return ONLY ? all.filter((e) => ONLY.includes(e.name)) : all;
}

// ---------------------------------------------------------------------------------------------
// Measuring

interface LoadResult {
  requestsPerSecond: number;
  total: number;
  latencyP50: number;
  latencyP99: number;
  latencyMean: number;
  bytesPerSecond: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

const run = promisify(execFile);

/** One autocannon run in a child process, so that it does not share the servers' event loop. */
async function load(url: string, paths: string[], seconds: number, timeoutSeconds: number): Promise<LoadResult> {
  const dir = mkdtempSync(join(os.tmpdir(), "cvv-bench-load-"));
  try {
    const file = join(dir, "settings.json");
    writeFileSync(
      file,
      JSON.stringify({ url, paths, connections: CONNECTIONS, durationSeconds: seconds, timeoutSeconds }),
    );
    const { stdout } = await run(process.execPath, [join(HERE, "portal-api-load.ts"), file], {
      maxBuffer: 1024 * 1024,
    });
    const result = JSON.parse(stdout.trim().split("\n").at(-1)!) as LoadResult;
    if (result.errors + result.timeouts + result.non2xx > 0) {
      throw new Error(`${url}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx answers`);
    }
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Waits until neither pool has work left: autocannon stops at the end of a run with requests in
 * flight, which the server still answers; left alone, that backlog would slow down the next run,
 * the other side's as often as not.
 */
async function drained(pools: pg.Pool[]): Promise<void> {
  let quiet = 0;
  while (quiet < 3) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const busy = pools.some((p) => p.waitingCount > 0 || p.idleCount < p.totalCount);
    quiet = busy ? 0 : quiet + 1;
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Both servers must give the same JSON for every path (or a sample of 40 spread over them). */
async function checkSameAnswers(endpoint: Endpoint, platformUrl: string, baselineUrl: string): Promise<number> {
  const step = Math.max(1, Math.floor(endpoint.paths.length / 40));
  const sample = endpoint.paths.filter((_, i) => i % step === 0);
  for (const path of sample) {
    const [a, b] = await Promise.all([fetch(platformUrl + path), fetch(baselineUrl + path)]);
    const [ja, jb] = await Promise.all([a.json(), b.json()]);
    if (a.status !== 200 || b.status !== 200 || !isDeepStrictEqual(ja, jb)) {
      throw new Error(
        `${endpoint.name}: the platform (${a.status}) and the baseline (${b.status}) differ for ${decodeURIComponent(path)}:\n` +
          `${JSON.stringify(ja).slice(0, 600)}\n${JSON.stringify(jb).slice(0, 600)}`,
      );
    }
  }
  return sample.length;
}

interface EndpointResult {
  target: string;
  endpoint: string;
  distinctPaths: number;
  checkedPaths: number;
  responseBytes: number;
  baseline: LoadResult[];
  platform: LoadResult[];
}

const results: EndpointResult[] = [];
const environment: Record<string, unknown> = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "?"}`,
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  loadAverageAtStart: os.loadavg(),
  rounds: ROUNDS,
  durationSeconds: DURATION,
  connections: CONNECTIONS,
  pipelining: 1,
  poolSize: POOL_SIZE,
};

function summarise(r: EndpointResult) {
  const rps = (side: LoadResult[]) => median(side.map((x) => x.requestsPerSecond));
  return {
    ...r,
    medianBaselineRps: rps(r.baseline),
    medianPlatformRps: rps(r.platform),
    ratio: rps(r.platform) / rps(r.baseline),
    baselineP50: median(r.baseline.map((x) => x.latencyP50)),
    baselineP99: median(r.baseline.map((x) => x.latencyP99)),
    platformP50: median(r.platform.map((x) => x.latencyP50)),
    platformP99: median(r.platform.map((x) => x.latencyP99)),
  };
}

function table(rows: EndpointResult[]): string {
  const head = "target     endpoint              baseline req/s  platform req/s  ratio  p50/p99 ms baseline  platform";
  return [
    head,
    ...rows.map((r) => {
      const s = summarise(r);
      return [
        r.target.padEnd(10),
        r.endpoint.padEnd(21),
        s.medianBaselineRps.toFixed(0).padStart(14),
        s.medianPlatformRps.toFixed(0).padStart(15),
        s.ratio.toFixed(2).padStart(6),
        `${s.baselineP50}/${s.baselineP99}`.padStart(20),
        `${s.platformP50}/${s.platformP99}`.padStart(10),
      ].join(" ");
    }),
  ].join("\n");
}

afterAll(() => {
  if (results.length === 0) return;
  const dir = join(ROOT, "tooling/bench/results");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `portal-api-${(environment.date as string).replace(/[:.]/g, "-")}.json`);
  environment.loadAverageAtEnd = os.loadavg();
  writeFileSync(file, `${JSON.stringify({ environment, results: results.map(summarise) }, null, 2)}\n`);
  console.log(
    `portal API under load, ${ROUNDS} rounds of ${DURATION} s, ${CONNECTIONS} connections (medians):\n${table(results)}\nwritten to ${file}`,
  );
});

// ---------------------------------------------------------------------------------------------
// Targets

interface Place {
  url: string;
  embedded: boolean;
  drop(): Promise<void>;
}

const targets: { name: string; open(): Promise<Place> }[] = [];

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return true;
  } catch (error) {
    console.warn(
      `PostgreSQL not measured: ${url} does not answer (${(error as Error).message}). Set BENCH_DATABASE_URL.`,
    );
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}
const server =
  process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
if (TARGETS.includes("postgres") && (await answers(server))) {
  targets.push({
    name: "PostgreSQL",
    async open() {
      if (!KEEP) {
        const scratch = await createScratchDatabase(server, "cvv_bench");
        return { url: scratch.url, embedded: false, drop: scratch.drop };
      }
      const client = new pg.Client({ connectionString: server });
      await client.connect();
      const exists = await client.query(`SELECT 1 FROM pg_database WHERE datname = 'cvv_bench_large'`);
      if (exists.rowCount === 0) await client.query(`CREATE DATABASE cvv_bench_large`);
      await client.end();
      const url = new URL(server);
      url.pathname = "/cvv_bench_large";
      return { url: url.toString(), embedded: false, drop: async () => {} };
    },
  });
}
if (TARGETS.includes("pglite")) {
  targets.push({
    name: "PGlite",
    async open() {
      const dir = KEEP ? join(ROOT, "data/bench-pglite") : mkdtempSync(join(os.tmpdir(), "cvv-bench-pglite-"));
      return {
        url: dir,
        embedded: true,
        drop: async () => (KEEP ? undefined : rmSync(dir, { recursive: true, force: true })),
      };
    },
  });
}
if (targets.length === 0) {
  throw new Error("Nothing to measure: BENCH_TARGETS names postgres (whose server must answer) or pglite.");
}

for (const target of targets) {
  describe(`portal API under load, ${target.name}`, () => {
    let place: Place;
    let db: Database;
    let pool: pg.Pool;
    let platform: Awaited<ReturnType<typeof buildApp>>;
    let baseline: FastifyInstance;
    let platformUrl = "";
    let baselineUrl = "";
    let list: Endpoint[] = [];

    beforeAll(async () => {
      place = await target.open();
      db = await openDatabase(
        place.embedded
          ? { dataDir: place.url, poolSize: POOL_SIZE }
          : { databaseUrl: place.url, dataDir: null, poolSize: POOL_SIZE },
      );
      await loadReferenceData(db.prisma);
      pool = new pg.Pool({ connectionString: db.url, max: POOL_SIZE });
      environment[target.name] = (await pool.query<{ v: string }>("SELECT version() AS v")).rows[0]!.v;
      const ds = await generateLargeDataset(pool, (m) => console.log(`[${target.name}] ${m}`));
      await addProjectUpdates(pool);
      const formulas = await pool.query(`SELECT 1 FROM "IndicatorDefinition" WHERE formula IS NOT NULL LIMIT 1`);
      // The baseline leaves computed indicators out: a dataset with some would not compare.
      if (formulas.rowCount !== 0) throw new Error("The database holds computed indicators: use a fresh one.");
      const slugs = (
        await pool.query<{ slug: string }>(`SELECT slug FROM "Project" WHERE "programmeId" = $1 ORDER BY slug`, [
          ds.programmeId,
        ])
      ).rows.map((r) => r.slug);
      list = endpoints(ds, slugs);

      const parsed = readConfig({ LOG_LEVEL: "silent", NODE_ENV: "production", RATE_LIMIT_PER_MINUTE: "1000000000" });
      if (!parsed.ok) throw new Error(parsed.errors.join());
      platform = await buildApp({
        db: db.prisma,
        mailer: createMemoryMailer(),
        config: parsed.config,
        staticRoots: { admin: "/nonexistent", portal: "/nonexistent" },
      });
      await platform.listen({ host: "127.0.0.1", port: 0 });
      platformUrl = `http://127.0.0.1:${(platform.server.address() as AddressInfo).port}`;
      baseline = await baselineServer(pool);
      await baseline.listen({ host: "127.0.0.1", port: 0 });
      baselineUrl = `http://127.0.0.1:${(baseline.server.address() as AddressInfo).port}`;
    }, 3_600_000);

    afterAll(async () => {
      await platform?.close();
      await baseline?.close();
      await pool?.end();
      await db?.close();
      await place?.drop();
    }, 600_000);

    it("answers the same JSON on both sides, then measures each endpoint", async () => {
      if (SERVE > 0) {
        // The servers' CPU profile over that time, for Chrome's DevTools (the workers of vitest
        // end before Node's own --cpu-prof could write it).
        const session = new inspector.Session();
        session.connect();
        await session.post("Profiler.enable");
        await session.post("Profiler.start");
        console.log(`platform ${platformUrl}, baseline ${baselineUrl}: up for ${SERVE} s`);
        await new Promise((resolve) => setTimeout(resolve, SERVE * 1000));
        const { profile } = await session.post("Profiler.stop");
        const file = join(ROOT, "tooling/bench/results", `portal-api-${Date.now()}.cpuprofile`);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, JSON.stringify(profile));
        console.log(`CPU profile written to ${file}`);
        session.disconnect();
        return;
      }
      for (const endpoint of list) {
        const checked = await checkSameAnswers(endpoint, platformUrl, baselineUrl);
        const bytes = (await (await fetch(baselineUrl + endpoint.paths[0])).arrayBuffer()).byteLength;
        const pools = [pool, driverPool(db.prisma)!];
        const measure = async (url: string, seconds: number) => {
          await drained(pools);
          // Answers of 700 kB, 50 at a time, on a busy machine: autocannon's 10 s are not enough.
          return load(url, endpoint.paths, seconds, endpoint.heavy ? 60 : 10);
        };
        // Warm-up: the JIT, both pools, PostgreSQL's buffers.
        await measure(platformUrl, 2);
        await measure(baselineUrl, 2);
        const r: EndpointResult = {
          target: target.name,
          endpoint: endpoint.name,
          distinctPaths: endpoint.paths.length,
          checkedPaths: checked,
          responseBytes: bytes,
          baseline: [],
          platform: [],
        };
        for (let i = 0; i < ROUNDS; i++) {
          const order = i % 2 === 0 ? (["baseline", "platform"] as const) : (["platform", "baseline"] as const);
          for (const side of order) {
            const seconds = endpoint.heavy ? DURATION * 2 : DURATION;
            r[side].push(await measure(side === "baseline" ? baselineUrl : platformUrl, seconds));
          }
        }
        results.push(r);
        const s = summarise(r);
        console.log(
          `[${target.name}] ${endpoint.name} (${endpoint.paths.length} paths, ${bytes} bytes): baseline ${s.medianBaselineRps.toFixed(0)} req/s ` +
            `[${r.baseline.map((x) => x.requestsPerSecond.toFixed(0)).join(", ")}], platform ${s.medianPlatformRps.toFixed(0)} req/s ` +
            `[${r.platform.map((x) => x.requestsPerSecond.toFixed(0)).join(", ")}], ratio ${s.ratio.toFixed(2)}; ` +
            `p50/p99 ${s.baselineP50}/${s.baselineP99} ms vs ${s.platformP50}/${s.platformP99} ms`,
        );
      }
    }, 3_600_000);
  });
}
