import { randomBytes } from "node:crypto";
import pg from "pg";
import { createPrismaClient, type PrismaClient } from "../connection/database.js";
import { startEmbeddedPostgres } from "../connection/embedded-postgres.js";
import { applyMigrations } from "../migrations/migrate.js";
import { loadReferenceData } from "../seed/reference-data.js";

export interface TestDatabase {
  prisma: PrismaClient;
  url: string;
  close(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file, with the reference communes loaded: an
 * in-memory PGlite by default, or a scratch database on the server named by TEST_DATABASE_URL
 * (CI runs the suite both ways).
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres(null);
    await applyMigrations(embedded.url);
    const prisma = createPrismaClient(embedded.url, 4);
    await loadReferenceData(prisma);
    return {
      prisma,
      url: embedded.url,
      async close() {
        await prisma.$disconnect();
        await embedded.close();
      },
    };
  }
  const scratch = await createScratchDatabase(serverUrl, "cvv_test");
  await applyMigrations(scratch.url);
  const prisma = createPrismaClient(scratch.url, 5);
  await loadReferenceData(prisma);
  return {
    prisma,
    url: scratch.url,
    async close() {
      await prisma.$disconnect();
      await scratch.drop();
    },
  };
}

/** An empty database on a PostgreSQL server, named at random, for one test file or one test server. */
export async function createScratchDatabase(
  serverUrl: string,
  prefix: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
