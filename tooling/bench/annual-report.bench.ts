import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, it } from "vitest";
import {
  closeReportBrowser,
  createDiskFileStore,
  createMemoryMailer,
  createTaskRunner,
  runGeneration,
  type Context,
  type GenerationOutcome,
} from "@cvv/api";
import { loadReferenceData, openDatabase, reportsRepository, type Database } from "@cvv/db";
import { createScratchDatabase } from "@cvv/db/testing";
import { generateLargeDataset, type LargeDataset } from "./large-dataset.js";

/**
 * The annual report (issue 7) on the large benchmark dataset (tooling/bench/large-dataset.ts:
 * 2,000 projects, 300 indicators, 1,000,000 values), completed with one year of activity for the
 * report to show: a milestone reached and a grant with a payment for every project, 100 events
 * with 20 registrations each, 60 publications, 5 networks with members and meetings, and a 2025
 * target for each indicator. Each round runs a whole generation of the 2025 report, as the admin
 * app's button does (gather → snapshot → HTML → PDF by Chromium → DOCX → files stored), and
 * records each step's time. The first round is a warm-up (Chromium's launch), not counted.
 *
 * Environment: BENCH_ROUNDS (default 5), BENCH_TARGETS ("pglite", or "pglite,postgres"),
 * BENCH_DATABASE_URL or TEST_DATABASE_URL (PostgreSQL), BENCH_KEEP=1 (keep and reuse the
 * databases, data/bench-pglite and cvv_bench_large, as the indicators benchmark does).
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const TARGETS = (process.env.BENCH_TARGETS ?? "pglite").split(",").map((t) => t.trim());
const KEEP = process.env.BENCH_KEEP === "1";
const YEAR = 2025;
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

interface Place {
  url: string;
  embedded: boolean;
  drop(): Promise<void>;
}

const targets: { name: string; open(): Promise<Place> }[] = [];
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
if (TARGETS.includes("postgres")) {
  const url =
    process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  targets.push({
    name: "PostgreSQL",
    async open() {
      if (!KEEP) {
        const scratch = await createScratchDatabase(url, "cvv_bench");
        return { url: scratch.url, embedded: false, drop: scratch.drop };
      }
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const exists = await client.query(`SELECT 1 FROM pg_database WHERE datname = 'cvv_bench_large'`);
      if (exists.rowCount === 0) await client.query(`CREATE DATABASE cvv_bench_large`);
      await client.end();
      const kept = new URL(url);
      kept.pathname = "/cvv_bench_large";
      return { url: kept.toString(), embedded: false, drop: async () => {} };
    },
  });
}

/** One year of activity on the large dataset, written once (the marker is the first event's slug). */
async function addYearOfActivity(pool: pg.Pool, ds: LargeDataset) {
  const marker = await pool.query(`SELECT 1 FROM "Event" WHERE slug = 'bench-report-event-1'`);
  if (marker.rowCount) return;
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const p = [ds.programmeId];
    await client.query(
      `INSERT INTO "PlanItem" (id, "projectId", kind, title, "dueOn", status, progress, "completedOn", "createdAt", "updatedAt")
       SELECT gen_random_uuid(), id, 'milestone', 'Jalon ' || slug, '${YEAR}-06-30', 'done', 100, '${YEAR}-06-15', now(), now()
       FROM "Project" WHERE "programmeId" = $1`,
      p,
    );
    await client.query(
      `WITH g AS (
         INSERT INTO "Grant" (id, "projectId", "funderName", "funderSiret", "beneficiaryName", "beneficiarySiret", purpose,
                              "conventionOn", "amountCents", "createdAt", "updatedAt")
         SELECT gen_random_uuid(), id, 'Métropole du Grand Paris', '20005478100022', 'Commune', '21930010000019',
                'Subvention ' || slug, '${YEAR}-03-01', 5000000, now(), now()
         FROM "Project" WHERE "programmeId" = $1 RETURNING id)
       INSERT INTO "GrantPayment" (id, "grantId", "paidOn", "amountCents", "createdAt")
       SELECT gen_random_uuid(), id, '${YEAR}-09-01', 2000000, now() FROM g`,
      p,
    );
    await client.query(
      `INSERT INTO "IndicatorTarget" ("assignmentId", period, value)
       SELECT id, '${YEAR}', 100 FROM "IndicatorAssignment" WHERE "programmeId" = $1 AND "projectId" IS NULL
       ON CONFLICT DO NOTHING`,
      p,
    );
    await client.query(
      `INSERT INTO "Event" (id, slug, kind, title, "startsAt", "endsAt", "communeInseeCode", "programmeId", status, "createdAt", "updatedAt")
       SELECT gen_random_uuid(), 'bench-report-event-' || n, 'workshop', 'Atelier de réparation n° ' || n,
              timestamptz '${YEAR}-01-10 14:00+01' + (n * interval '3 days'),
              timestamptz '${YEAR}-01-10 17:00+01' + (n * interval '3 days'),
              (SELECT "inseeCode" FROM "Commune" ORDER BY "inseeCode" OFFSET (n % 130) LIMIT 1), $1, 'published', now(), now()
       FROM generate_series(1, 100) AS n`,
      p,
    );
    await client.query(
      `INSERT INTO "EventRegistration" (id, "eventId", name, email, "consentAt", status, attended, "createdAt", "updatedAt")
       SELECT gen_random_uuid(), e.id, 'Participant ' || r, 'p' || r || '-' || e.slug || '@bench.example', now(), 'confirmed',
              r % 4 <> 0, now(), now()
       FROM "Event" e CROSS JOIN generate_series(1, 20) AS r WHERE e.slug LIKE 'bench-report-event-%'`,
    );
    await client.query(
      `INSERT INTO "Publication" (id, slug, kind, title, tags, status, "publishAt", "createdAt", "updatedAt")
       SELECT gen_random_uuid(), 'bench-report-publication-' || n, 'news', 'Actualité n° ' || n,
              CASE WHEN n % 3 = 0 THEN ARRAY['réparation'] ELSE ARRAY['commerce'] END, 'published',
              timestamptz '${YEAR}-01-05 09:00+01' + (n * interval '5 days'), now(), now()
       FROM generate_series(1, 60) AS n`,
    );
    await client.query(
      `WITH n AS (
         INSERT INTO "Network" (id, name, kind, "createdAt", "updatedAt")
         SELECT gen_random_uuid(), 'Réseau de banc d''essai ' || k, 'town_centre_managers', now(), now()
         FROM generate_series(1, 5) AS k RETURNING id)
       INSERT INTO "NetworkMeeting" (id, "networkId", title, "startsAt", "createdAt", "updatedAt")
       SELECT gen_random_uuid(), n.id, 'Réunion ' || m, timestamptz '${YEAR}-02-01 10:00+01' + (m * interval '30 days'), now(), now()
       FROM n CROSS JOIN generate_series(1, 6) AS m`,
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}

const rows: { target: string; rounds: GenerationOutcome["timings"][]; totals: number[]; pdfBytes: number }[] = [];

for (const target of targets) {
  describe(`annual report on the large dataset, ${target.name}`, () => {
    let place: Place;
    let db: Database;
    let pool: pg.Pool;
    let ds: LargeDataset;
    let ctx: Context;
    let reportId: string;

    beforeAll(async () => {
      place = await target.open();
      db = await openDatabase(place.embedded ? { dataDir: place.url } : { databaseUrl: place.url, dataDir: null });
      await loadReferenceData(db.prisma);
      pool = new pg.Pool({ connectionString: db.url, max: 2 });
      ds = await generateLargeDataset(pool, (m) => console.log(`[${target.name}] ${m}`));
      await addYearOfActivity(pool, ds);
      await pool.query(`DELETE FROM "AnnualReport" WHERE "programmeId" = $1 AND year = ${YEAR}`, [ds.programmeId]);
      ctx = {
        db: db.prisma,
        user: null,
        sessionTokenHash: null,
        mailer: createMemoryMailer(),
        config: { publicUrl: "http://localhost:3000", trustedOrigins: [] },
        http: null,
        cookies: { setSession() {}, clearSession() {} },
        now: () => new Date(),
        files: createDiskFileStore(mkdtempSync(join(os.tmpdir(), "cvv-bench-report-"))),
        tasks: createTaskRunner(() => {}),
      };
      const report = await reportsRepository(db.prisma).create({
        programmeId: ds.programmeId,
        year: YEAR,
        title: `Bilan annuel ${YEAR} — banc d'essai`,
        sections: [{ key: "introduction", title: "Introduction" }],
      });
      reportId = report!.id;
    }, 3_600_000);

    afterAll(async () => {
      await closeReportBrowser();
      await pool?.query(`DELETE FROM "AnnualReport" WHERE id = $1`, [reportId]).catch(() => {});
      await pool?.end();
      await db?.close();
      await place?.drop();
    }, 600_000);

    it(`generates the ${YEAR} report (PDF and DOCX), ${ROUNDS} rounds after a warm-up`, async () => {
      const reports = reportsRepository(db.prisma);
      const run = async () => {
        const generation = await reports.createGeneration(reportId);
        const started = performance.now();
        const outcome = await runGeneration(ctx, null, reportId, generation.id);
        const total = performance.now() - started;
        if (!outcome) throw new Error((await reports.findGeneration(generation.id))?.error ?? "échec");
        return { outcome, total };
      };
      const warm = await run();
      console.log(`[${target.name}] warm-up: ${warm.total.toFixed(0)} ms`, warm.outcome.timings);
      const timings: GenerationOutcome["timings"][] = [];
      const totals: number[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        const { outcome, total } = await run();
        timings.push(outcome.timings);
        totals.push(total);
        console.log(`[${target.name}] round ${i + 1}: ${total.toFixed(0)} ms`, outcome.timings);
      }
      const snapshot = (await reports.snapshots(reportId))[0]!;
      const pdf = await db.prisma.storedFile.findUniqueOrThrow({
        where: { id: snapshot.pdfFileId! },
        select: { sizeBytes: true },
      });
      rows.push({ target: target.name, rounds: timings, totals, pdfBytes: pdf.sizeBytes });
    }, 3_600_000);
  });
}

afterAll(() => {
  if (rows.length === 0) return;
  const steps = ["gather", "html", "pdf", "docx", "store"] as const;
  const lines = [
    `| Target | Median total (ms) | ${steps.map((s) => `${s} (ms)`).join(" | ")} | PDF size | Runs (ms) |`,
    `| --- | ---: | ${steps.map(() => "---:").join(" | ")} | ---: | --- |`,
    ...rows.map(
      (r) =>
        `| ${r.target} | ${median(r.totals).toFixed(0)} | ${steps
          .map((s) => median(r.rounds.map((t) => t[s])).toFixed(0))
          .join(" | ")} | ${(r.pdfBytes / 1024).toFixed(0)} KiB | ${r.totals.map((t) => t.toFixed(0)).join(", ")} |`,
    ),
  ];
  console.log(lines.join("\n"));
  const dir = join(ROOT, "tooling/bench/results");
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, `annual-report-${new Date().toISOString().slice(0, 10)}.json`),
    JSON.stringify(
      {
        date: new Date().toISOString(),
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model,
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        loadAverage: os.loadavg(),
        rows,
      },
      null,
      2,
    ),
  );
});
