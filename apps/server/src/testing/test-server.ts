import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { createDiskFileStore, createMemoryMailer } from "@cvv/api";
import { createTestDatabase, factories, FACTORY_PASSWORD, type TestDatabase } from "@cvv/db/testing";
import { buildApp } from "../app.js";
import { readConfig, type ServerConfig } from "../config.js";

/** The headers of a request from the app's own pages, without which a mutation is refused. */
export const sameOrigin = { host: "localhost:3000", origin: "http://localhost:3000" };

export interface TestServer {
  /** The Fastify app, to `inject` requests into: no port is opened. */
  app: Awaited<ReturnType<typeof buildApp>>;
  db: TestDatabase;
  factories(): ReturnType<typeof factories>;
  /** A new user of that role (and communes), signed in: its id and the `cookie` header's value. */
  signIn(role: "officer" | "contributor", communeCodes?: string[]): Promise<{ id: string; cookie: string }>;
  close(): Promise<void>;
}

/**
 * The HTTP app on a fresh test database, with silent logs and no SPA files unless `portal` asks
 * for the built portal (its server render included). `files` gives it a
 * scratch folder for uploads; without it the app keeps its default store, which a test that
 * uploads nothing never touches.
 */
export async function startTestServer(
  options: { files?: boolean; portal?: boolean; config?: Partial<ServerConfig> } = {},
): Promise<TestServer> {
  const portal = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "portal");
  if (options.portal && !existsSync(join(portal, "dist-server", "entry-server.js"))) {
    throw new Error("Le portail n'est pas construit : lancez `npx turbo run build` avant ce test.");
  }
  const parsed = readConfig({ LOG_LEVEL: "silent", NODE_ENV: "test" });
  if (!parsed.ok) throw new Error(parsed.errors.join());
  const db = await createTestDatabase();
  const app = await buildApp({
    db: db.prisma,
    mailer: createMemoryMailer(),
    config: { ...parsed.config, ...options.config },
    staticRoots: options.portal
      ? {
          admin: "/nonexistent",
          portal: join(portal, "dist"),
          portalRenderer: join(portal, "dist-server", "entry-server.js"),
        }
      : { admin: "/nonexistent", portal: "/nonexistent" },
    ...(options.files ? { files: createDiskFileStore(mkdtempSync(join(tmpdir(), "cvv-server-files-"))) } : {}),
  }).catch(async (error: unknown) => {
    // The test file's afterAll gets no server to close: the database would outlive it.
    await db.close();
    throw error;
  });
  return {
    app,
    db,
    factories: () => factories(db.prisma),
    async signIn(role, communeCodes) {
      const user = await factories(db.prisma).user({ role, ...(communeCodes ? { communeCodes } : {}) });
      const res = await app.inject({
        method: "POST",
        url: "/trpc/auth.signIn",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: user.email, password: FACTORY_PASSWORD }),
      });
      expect(res.statusCode).toBe(200);
      return { id: user.id, cookie: String(res.headers["set-cookie"]).split(";")[0]! };
    },
    async close() {
      await app.close();
      await db.close();
    },
  };
}
