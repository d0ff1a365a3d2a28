import pg from "pg";
import { afterAll, beforeAll, describe, it } from "vitest";
import { appRouter, createCallerFactory, createDiskFileStore, createMemoryMailer, createTaskRunner } from "@cvv/api";
import { loadDemoData, Prisma, steeringRepository, type Tx } from "@cvv/db";
import { createTestDatabase, type TestDatabase } from "@cvv/db/testing";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * The officers' steering dashboard on the demo data ("it opens in under a second"): the whole
 * procedure (service, five repository queries, the filter options, zod, Prisma) through the tRPC
 * caller, against a baseline of the same five SQL statements sent through `pg`. The statements
 * are captured from the repository itself, so the baseline cannot drift from what runs.
 */
let db: TestDatabase;
let pool: pg.Pool;
let officerId = "";

beforeAll(async () => {
  db = await createTestDatabase();
  await loadDemoData(db.prisma);
  pool = new pg.Pool({ connectionString: db.url, max: 2 });
  const officer = await db.prisma.user.findFirstOrThrow({ select: { id: true }, where: { role: "officer" } });
  officerId = officer.id;
}, 600_000);

afterAll(async () => {
  await pool?.end();
  await db?.close();
});

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The SQL the repository sends for one dashboard, captured instead of run. */
async function capturedStatements(today: string, from: string, to: string): Promise<Prisma.Sql[]> {
  const statements: Prisma.Sql[] = [];
  const recorder = {
    $queryRaw: (template: TemplateStringsArray, ...values: unknown[]) => {
      statements.push(Prisma.sql(template, ...values));
      return Promise.resolve([]);
    },
  } as unknown as Tx;
  const repo = steeringRepository(recorder);
  await repo.projectCounts({});
  await repo.overdue({}, today, 200);
  await repo.upcoming({}, from, to, 200);
  await repo.budget({});
  await repo.missionsInProgress({}, 200);
  return statements;
}

describe("steering dashboard (demo dataset)", () => {
  it("measures the procedure against the same SQL through pg", async () => {
    const caller = createCallerFactory(appRouter)({
      db: db.prisma,
      user: { id: officerId, email: "bench@example.test", displayName: "Banc", role: "officer", communeCodes: [] },
      sessionTokenHash: null,
      mailer: createMemoryMailer(),
      config: { publicUrl: "http://localhost:3000", trustedOrigins: [] },
      http: null,
      cookies: { setSession() {}, clearSession() {} },
      now: () => new Date(),
      files: createDiskFileStore(mkdtempSync(join(tmpdir(), "cvv-bench-"))),
      tasks: createTaskRunner(() => {}),
    });
    const first = await caller.steering.dashboard({});
    const statements = await capturedStatements(first.today, first.horizon.from, first.horizon.to);
    const baseline = async () => {
      for (const statement of statements) await pool.query(statement.text, statement.values as unknown[]);
    };
    const platform = async () => {
      await caller.steering.dashboard({});
    };
    const timed = async (run: () => Promise<void>) => {
      const start = performance.now();
      await run();
      return performance.now() - start;
    };
    await baseline();
    await platform();
    const rounds = Number(process.env.BENCH_ROUNDS ?? 15);
    const base: number[] = [];
    const measured: number[] = [];
    // Alternating, so that drift of the machine touches both alike.
    for (let i = 0; i < rounds; i++) {
      base.push(await timed(baseline));
      measured.push(await timed(platform));
    }
    const list = (values: number[]) => values.map((v) => v.toFixed(1)).join(", ");
    console.log(
      [
        `steering dashboard, demo data, ${rounds} rounds (ms): ${first.projects.byEdition.total} projects, ` +
          `${first.overdue.total} late, ${first.upcoming.total} due soon, ${first.budget.rows.length} funders, ${first.missions.total} missions`,
        `  baseline (the 5 statements via pg): median ${median(base).toFixed(1)}  [${list(base)}]`,
        `  platform (steering.dashboard via the tRPC caller): median ${median(measured).toFixed(1)}  [${list(measured)}]`,
        `  ratio platform / baseline: ${(median(measured) / median(base)).toFixed(2)}`,
      ].join("\n"),
    );
  }, 600_000);
});
