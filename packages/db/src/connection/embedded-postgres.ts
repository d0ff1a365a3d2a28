import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedPostgres {
  url: string;
  close(): Promise<void>;
}

/**
 * PostgreSQL compiled to WASM, served on a loopback port so that the same `pg` driver, Prisma
 * adapter and migrations serve it and a real server alike. `dataDir` null keeps it in memory (tests).
 * PGlite is one process' database: the socket multiplexer keeps each transaction to its connection.
 */
export async function startEmbeddedPostgres(dataDir: string | null, maxConnections = 8): Promise<EmbeddedPostgres> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  // unaccent: full-text search ignores accents (see the full_text_search migration).
  const db = await PGlite.create({ ...(dataDir ? { dataDir } : {}), extensions: { unaccent } });
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections });
  await server.start();
  const url = `postgresql://postgres@${server.getServerConn()}/postgres?sslmode=disable`;
  return {
    url,
    async close() {
      await server.stop();
      await db.close();
    },
  };
}
