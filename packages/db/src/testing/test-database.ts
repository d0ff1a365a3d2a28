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
  const name = `cvv_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await applyMigrations(url.toString());
  const prisma = createPrismaClient(url.toString(), 5);
  await loadReferenceData(prisma);
  return {
    prisma,
    url: url.toString(),
    async close() {
      await prisma.$disconnect();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
