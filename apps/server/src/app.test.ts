import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMemoryMailer } from "@cvv/api";
import type { PrismaClient } from "@cvv/db";
import { createTestDatabase, factories, FACTORY_PASSWORD, type TestDatabase } from "@cvv/db/testing";
import { buildApp, redactUrl } from "./app.js";
import { readConfig, type ServerConfig } from "./config.js";

let db: TestDatabase;
const roots = (() => {
  const dir = mkdtempSync(join(tmpdir(), "cvv-static-"));
  for (const app of ["admin", "portal"]) {
    mkdirSync(join(dir, app));
    writeFileSync(join(dir, app, "index.html"), `<!doctype html><html lang="fr"><title>${app}</title></html>`);
  }
  return { admin: join(dir, "admin"), portal: join(dir, "portal") };
})();

function config(overrides: Partial<ServerConfig> = {}): ServerConfig {
  const parsed = readConfig({ LOG_LEVEL: "silent", NODE_ENV: "test" });
  if (!parsed.ok) throw new Error(parsed.errors.join());
  return { ...parsed.config, ...overrides };
}

async function app(overrides: Partial<ServerConfig> = {}, prisma: PrismaClient = db.prisma) {
  return buildApp({ db: prisma, mailer: createMemoryMailer(), config: config(overrides), staticRoots: roots });
}

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

const json = { "content-type": "application/json" };

describe("HTTP server", () => {
  it("reports health and sends security headers", async () => {
    const server = await app();
    const res = await server.inject({ method: "GET", url: "/health" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: "ok", database: "ok" });
    expect(res.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(res.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    await server.close();
  });

  it("sets an HttpOnly, SameSite=Lax session cookie, Secure only behind https", async () => {
    const user = await factories(db.prisma).user();
    const body = JSON.stringify({ email: user.email, password: FACTORY_PASSWORD });
    const plain = await app();
    const res = await plain.inject({ method: "POST", url: "/trpc/auth.signIn", headers: json, body });
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers["set-cookie"]);
    expect(cookie).toMatch(/^cvv_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
    expect(cookie).not.toContain("Secure");
    await plain.close();

    const proxied = await app({ trustProxy: 1 });
    const secure = await proxied.inject({
      method: "POST",
      url: "/trpc/auth.signIn",
      headers: { ...json, "x-forwarded-proto": "https" },
      body,
    });
    expect(String(secure.headers["set-cookie"])).toContain("Secure");

    // The session works for the next request, and the public API ignores it.
    const sessionCookie = String(secure.headers["set-cookie"]).split(";")[0]!;
    const me = await proxied.inject({ method: "GET", url: "/trpc/auth.me", headers: { cookie: sessionCookie } });
    expect(me.json().result.data.email).toBe(user.email);
    await proxied.close();
  });

  it("refuses a mutation from another origin with a French 403", async () => {
    const server = await app();
    const res = await server.inject({
      method: "POST",
      url: "/trpc/auth.signOut",
      headers: { ...json, origin: "https://malveillant.example", host: "localhost:3000" },
      body: "{}",
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toBe("Requête refusée : origine non autorisée.");
    await server.close();
  });

  it("answers bad input with a 400 naming the field, never a stack trace", async () => {
    const server = await app();
    const res = await server.inject({
      method: "POST",
      url: "/trpc/auth.signIn",
      headers: json,
      body: JSON.stringify({ email: "pas-une-adresse", password: "x" }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe("Champ « adresse électronique » : Adresse électronique invalide.");
    expect(res.body).not.toMatch(/stack|at .*\.(ts|js):\d+/);

    const broken = await server.inject({
      method: "POST",
      url: "/trpc/auth.signIn",
      headers: json,
      body: "{pas du json",
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.body).not.toMatch(/stack|node_modules/);

    const huge = await server.inject({
      method: "POST",
      url: "/trpc/auth.signIn",
      headers: json,
      body: JSON.stringify({ email: "a".repeat(2_000_000) }),
    });
    expect(huge.statusCode).toBe(413);
    await server.close();
  });

  it("answers 404 for unknown procedures and API paths, and serves the admin app's routes", async () => {
    const server = await app();
    expect((await server.inject({ url: "/trpc/nexiste.pas" })).statusCode).toBe(404);
    expect((await server.inject({ url: "/api/public/nexistepas" })).statusCode).toBe(404);
    const apiMissing = await server.inject({ url: "/api/autre" });
    expect(apiMissing.statusCode).toBe(404);
    expect(apiMissing.json()).toEqual({ error: "Ressource introuvable." });

    // Without a built portal renderer (this test's fake folders), a page is the API's JSON 404;
    // the portal's own pages are tested in portal-pages.test.ts.
    expect((await server.inject({ url: "/page/inconnue" })).statusCode).toBe(404);
    const admin = await server.inject({ url: "/admin/projets/123" });
    expect(admin.statusCode).toBe(200);
    expect(admin.body).toContain("<title>admin</title>");
    await server.close();
  });

  it("hides internal errors behind a French 500", async () => {
    const failing = new Proxy({} as PrismaClient, {
      get() {
        throw new Error("connexion perdue: secret interne");
      },
    });
    const server = await app({}, failing);
    const res = await server.inject({ url: "/trpc/auth.me", headers: { cookie: "cvv_session=abc" } });
    expect(res.statusCode).toBe(500);
    expect(res.json().error.message).toContain("Une erreur interne est survenue");
    expect(res.body).not.toContain("secret interne");
    expect((await server.inject({ url: "/health" })).statusCode).toBe(503);
    await server.close();
  });

  it("slows down password guessing: 429 after 20 attempts a minute", async () => {
    const server = await app();
    const body = JSON.stringify({ email: "personne@test.example", password: "mauvais" });
    const codes: number[] = [];
    for (let i = 0; i < 21; i++) {
      codes.push((await server.inject({ method: "POST", url: "/trpc/auth.signIn", headers: json, body })).statusCode);
    }
    expect(codes.slice(0, 20).every((c) => c === 401)).toBe(true);
    expect(codes[20]).toBe(429);
    // The same procedure spelt with an escaped letter counts the same.
    const escaped = await server.inject({ method: "POST", url: "/trpc/auth.sign%49n", headers: json, body });
    expect(escaped.statusCode).toBe(429);
    // Browsing has its own budget.
    expect((await server.inject({ url: "/health" })).statusCode).toBe(200);
    await server.close();
  });

  it("behind one proxy, counts attempts by the address the proxy saw, whatever the client claims", async () => {
    const server = await app({ trustProxy: 1 });
    const body = JSON.stringify({ email: "personne@test.example", password: "mauvais" });
    let last = 0;
    for (let i = 0; i < 21; i++) {
      const res = await server.inject({
        method: "POST",
        url: "/trpc/auth.signIn",
        headers: { ...json, "x-forwarded-for": `10.0.0.${i}, 203.0.113.7` },
        body,
      });
      last = res.statusCode;
    }
    expect(last).toBe(429);
    await server.close();
  });

  it("refuses batches of more than 10 calls", async () => {
    const server = await app();
    const names = Array.from({ length: 11 }, () => "auth.me").join(",");
    const res = await server.inject({ url: `/trpc/${names}?batch=1&input={}` });
    expect(res.statusCode).toBe(400);
    const ten = Array.from({ length: 10 }, () => "auth.me").join(",");
    expect((await server.inject({ url: `/trpc/${ten}?batch=1&input={}` })).statusCode).toBe(200);
    await server.close();
  });

  it("keeps invitation tokens out of the logs", () => {
    expect(redactUrl("/admin/invitation/abcDEF123_-x?x=1")).toBe("/admin/invitation/[masqué]?x=1");
    expect(redactUrl('/trpc/auth.invitation?input={"token":"secret"}')).toBe("/trpc/auth.invitation?input=[masqué]");
  });
});

describe("configuration", () => {
  it("explains invalid settings in French", () => {
    const result = readConfig({ PORT: "soixante", DATABASE_URL: "mysql://x" });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.join("\n")).toContain("PORT");
      expect(result.errors.join("\n")).toContain("DATABASE_URL doit commencer par postgresql://");
    }
  });

  it("lower-cases the first administrator's address, as sign-in does", () => {
    const result = readConfig({ ADMIN_EMAIL: "Jean.Dupont@Metropole.Example" });
    expect(result.ok && result.config.adminEmail).toBe("jean.dupont@metropole.example");
  });

  it("believes a set number of proxies, never all of them", () => {
    expect(readConfig({ TRUST_PROXY: "true" })).toMatchObject({ ok: true, config: { trustProxy: 1 } });
    expect(readConfig({ TRUST_PROXY: "2" })).toMatchObject({ ok: true, config: { trustProxy: 2 } });
    expect(readConfig({ TRUST_PROXY: "toujours" }).ok).toBe(false);
  });

  it("lets the veille reach internal addresses only when told to, in so many words", () => {
    expect(readConfig({})).toMatchObject({ ok: true, config: { allowInternalFeedAddresses: false } });
    expect(readConfig({ WATCH_ALLOW_INTERNAL_ADDRESSES: "true" })).toMatchObject({
      ok: true,
      config: { allowInternalFeedAddresses: true },
    });
    expect(readConfig({ WATCH_ALLOW_INTERNAL_ADDRESSES: "oui" })).toEqual({
      ok: false,
      errors: ["WATCH_ALLOW_INTERNAL_ADDRESSES : WATCH_ALLOW_INTERNAL_ADDRESSES vaut true ou false."],
    });
  });

  it("never loads demo data in production", () => {
    const prod = readConfig({ NODE_ENV: "production", DEMO_DATA: "true" });
    expect(prod.ok && prod.config.loadDemoData).toBe(false);
    const dev = readConfig({});
    expect(dev.ok && dev.config.loadDemoData).toBe(true);
  });
});
