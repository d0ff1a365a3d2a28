import Fastify, { type FastifyInstance } from "fastify";
import pg from "pg";
import { afterAll, beforeAll, describe, it } from "vitest";
import { createMemoryMailer } from "@cvv/api";
import { loadDemoData } from "@cvv/db";
import { createTestDatabase, type TestDatabase } from "@cvv/db/testing";
import { buildApp } from "../../apps/server/src/app.js";
import { readConfig } from "../../apps/server/src/config.js";

/**
 * The portal's main read, a project page's data, through the whole stack (Fastify, helmet, rate
 * limit, tRPC, zod output validation, repositories, Prisma) against a baseline: a bare Fastify
 * route running the same reads as hand-written SQL on the same database. The ratio is the cost
 * of the stack; BENCHMARKS.md records it.
 */
let db: TestDatabase;
let app: Awaited<ReturnType<typeof buildApp>>;
let baseline: FastifyInstance;
let pool: pg.Pool;
let slug = "";

beforeAll(async () => {
  db = await createTestDatabase();
  await loadDemoData(db.prisma);
  const parsed = readConfig({ LOG_LEVEL: "silent", NODE_ENV: "test", RATE_LIMIT_PER_MINUTE: "100000000" });
  if (!parsed.ok) throw new Error(parsed.errors.join());
  app = await buildApp({ db: db.prisma, mailer: createMemoryMailer(), config: parsed.config });
  const first = await db.prisma.project.findFirstOrThrow({
    select: { slug: true },
    where: { communeInseeCode: "93010" },
  });
  slug = first.slug;

  pool = new pg.Pool({ connectionString: db.url, max: 4 });
  baseline = Fastify();
  baseline.get<{ Params: { slug: string } }>("/baseline/:slug", async (req, reply) => {
    const project = await pool.query(
      `SELECT p.id, p.slug, p.title, p.summary, p.description, p.status, p."startsOn", p."endsOn",
              p."communeInseeCode", c.name AS "communeName", c.departement, t.name AS "territoryName",
              g.name AS "programmeName", g.slug AS "programmeSlug", e.name AS "editionName", e.year AS "editionYear"
         FROM "Project" p
         JOIN "Commune" c ON c."inseeCode" = p."communeInseeCode"
         LEFT JOIN "Territory" t ON t.siren = c."territorySiren"
         JOIN "Programme" g ON g.id = p."programmeId"
         LEFT JOIN "Edition" e ON e.id = p."editionId"
        WHERE p.slug = $1 AND g.status <> 'draft'`,
      [req.params.slug],
    );
    if (project.rowCount === 0) return reply.code(404).send({ error: "introuvable" });
    const updates = await pool.query(
      `SELECT id, title, body, "publishedAt" FROM "ProjectUpdate"
        WHERE "projectId" = $1 AND status = 'approved' AND "publishedAt" IS NOT NULL
        ORDER BY "publishedAt" DESC`,
      [project.rows[0].id],
    );
    return { ...project.rows[0], updates: updates.rows };
  });
  await baseline.ready();
});

afterAll(async () => {
  await app?.close();
  await baseline?.close();
  await pool?.end();
  await db?.close();
});

/** Requests per second of `call`, with `concurrency` callers in flight, for `ms` milliseconds. */
async function throughput(call: () => Promise<void>, ms: number, concurrency = 10): Promise<number> {
  let done = 0;
  const end = performance.now() + ms;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        await call();
        done++;
      }
    }),
  );
  return done / (ms / 1000);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

describe("project page data (demo dataset)", () => {
  it("measures the platform against the baseline", async () => {
    const callBaseline = async () => {
      const res = await baseline.inject({ url: `/baseline/${slug}` });
      if (res.statusCode !== 200) throw new Error(`baseline ${res.statusCode}`);
    };
    const url = `/api/public/project?input=${encodeURIComponent(JSON.stringify({ slug }))}`;
    const callPlatform = async () => {
      const res = await app.inject({ url });
      if (res.statusCode !== 200) throw new Error(`platform ${res.statusCode}`);
    };
    // Warm-up, then rounds that alternate, so that drift of the machine touches both alike.
    await throughput(callBaseline, 1000);
    await throughput(callPlatform, 1000);
    const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
    const base: number[] = [];
    const platform: number[] = [];
    for (let i = 0; i < rounds; i++) {
      base.push(await throughput(callBaseline, 3000));
      platform.push(await throughput(callPlatform, 3000));
    }
    const ratio = median(platform) / median(base);
    console.log(
      [
        `project page data, ${rounds} rounds of 3 s, 10 in flight (requests/s):`,
        `  baseline (bare Fastify + SQL): median ${median(base).toFixed(0)}  [${base.map((v) => v.toFixed(0)).join(", ")}]`,
        `  platform (publicRouter.project): median ${median(platform).toFixed(0)}  [${platform.map((v) => v.toFixed(0)).join(", ")}]`,
        `  ratio platform / baseline: ${ratio.toFixed(2)}`,
      ].join("\n"),
    );
  });
});
