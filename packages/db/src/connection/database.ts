import { join } from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client.js";
import { applyMigrations } from "../migrations/migrate.js";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres.js";

export type Db = PrismaClient;
export { PrismaClient };

export interface DatabaseOptions {
  /** A PostgreSQL 14+ server; when absent, the embedded PGlite under `dataDir` is used. */
  databaseUrl?: string | undefined;
  /** Folder of the embedded database; null for an in-memory one. */
  dataDir: string | null;
  log?: (message: string) => void;
  poolSize?: number;
}

export interface Database {
  prisma: PrismaClient;
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

const driverPools = new WeakMap<object, pg.Pool>();

export function createPrismaClient(connectionString: string, poolSize = 10): PrismaClient {
  // One pool for Prisma and for the few reads that go to the driver directly (driverPool).
  const pool = new pg.Pool({ connectionString, max: poolSize });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  driverPools.set(prisma, pool);
  return prisma;
}

/**
 * The `pg` pool under a client made by createPrismaClient; null for a transaction's client, whose
 * queries must stay on the transaction's connection. For the portal's hottest reads only: Prisma's
 * client engine spends about a millisecond of CPU on each query, even a raw one, four times what
 * the driver does (BENCHMARKS.md, "Portail public").
 */
export function driverPool(db: object): pg.Pool | null {
  return driverPools.get(db) ?? null;
}

/** Opens the database, starting the embedded one if no server is named, and migrates it. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const log = options.log ?? (() => {});
  let embedded: EmbeddedPostgres | null = null;
  let url = options.databaseUrl;
  if (!url) {
    const dir = options.dataDir === null ? null : join(options.dataDir, "pglite");
    embedded = await startEmbeddedPostgres(dir);
    url = embedded.url;
    log(dir ? `base embarquée PGlite : ${dir}` : "base embarquée PGlite en mémoire");
  }
  await applyMigrations(url, log);
  const prisma = createPrismaClient(url, options.poolSize ?? (embedded ? 4 : 10));
  return {
    prisma,
    url,
    embedded: embedded !== null,
    async close() {
      await prisma.$disconnect();
      await embedded?.close();
    },
  };
}

/** True when the database answers: what /health reports. */
export async function pingDatabase(prisma: PrismaClient): Promise<boolean> {
  try {
    await prisma.$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}
