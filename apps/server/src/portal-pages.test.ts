import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonForHtml } from "./portal-pages.js";
import { startTestServer, type TestServer } from "./testing/test-server.js";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ portal: true, config: { rateLimitPerMinute: 60 } });
});
afterAll(async () => {
  await server?.close();
});

/** The markup inside #root, i.e. what a visitor without JavaScript (or a crawler) reads. */
function rootMarkup(html: string): string {
  const start = html.indexOf('<div id="root">');
  const end = html.indexOf('<script type="application/json" id="etat-initial">');
  expect(start).toBeGreaterThan(-1);
  expect(end).toBeGreaterThan(start);
  return html.slice(start, end);
}

describe("portal pages rendered on the server", () => {
  it("sends a project's content, title and description in the first HTML response", async () => {
    const f = server.factories();
    const project = await f.project({ title: "Halles de Bondy rénovées" });
    await f.update({ projectId: project.id, status: "approved", title: "Ouverture des halles" });
    await f.update({ projectId: project.id, status: "submitted", title: "Bilan pas encore relu" });

    const res = await server.app.inject({ url: `/projets/${project.slug}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("text/html");
    expect(res.body).toContain("<title>Halles de Bondy rénovées – Centres-villes vivants</title>");
    expect(res.body).toMatch(/<meta name="description" content="[^"]*Halles de Bondy rénovées[^"]*"/);
    const main = rootMarkup(res.body);
    expect(main).toMatch(/<h1[^>]*>Halles de Bondy rénovées<\/h1>/);
    expect(main).toContain("Ouverture des halles");
    // Neither the page nor the data shipped for hydration carries what is not approved.
    expect(res.body).not.toContain("Bilan pas encore relu");
  });

  it("answers a real 404 page for an unknown path, an unknown project and a draft programme's project", async () => {
    const f = server.factories();
    const hidden = await f.project({
      programmeId: (await f.programme({ status: "draft" })).id,
      title: "Projet secret",
    });
    for (const url of ["/page/inconnue", "/projets/projet-inconnu", `/projets/${hidden.slug}`, "/communes/00000"]) {
      const res = await server.app.inject({ url });
      expect(res.statusCode, url).toBe(404);
      expect(res.headers["content-type"]).toContain("text/html");
      expect(rootMarkup(res.body), url).toMatch(/<h1[^>]*>Page introuvable<\/h1>/);
      expect(res.body).not.toContain("Projet secret");
    }
  });

  it("refuses a malformed or oversized query string with a French 400 page, without a stack trace", async () => {
    for (const url of ["/programmes?q=%E0%A4%A", `/programmes?q=${"a".repeat(2000)}`]) {
      const res = await server.app.inject({ url });
      expect(res.statusCode, url).toBe(400);
      expect(res.body).toContain("Requête invalide");
      expect(res.body).not.toMatch(/at .*\.(ts|js):\d+|node_modules/);
    }
  });

  it("never serves the bare template, and keeps API paths out of the page routes", async () => {
    expect((await server.app.inject({ url: "/index.html" })).statusCode).toBe(404);
    const api = await server.app.inject({ url: "/api/inconnue" });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toEqual({ error: "Ressource introuvable." });
  });

  it("embeds the page's data so that no text in it can close the script element", () => {
    const json = jsonForHtml({ title: "</script><script>alert(1)</script>", sep: "\u2028" });
    expect(json).not.toContain("</script>");
    expect(json).not.toContain("<");
    expect(JSON.parse(json)).toEqual({ title: "</script><script>alert(1)</script>", sep: "\u2028" });
  });

  it("compresses pages for browsers that accept it", async () => {
    const res = await server.app.inject({ url: "/programmes", headers: { "accept-encoding": "gzip" } });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(res.rawPayload).toString("utf8")).toContain('<div id="root">');
  });

  // Last: it spends this server's budget of requests.
  it("slows down a flood of page requests from one address with 429", async () => {
    const codes: number[] = [];
    for (let i = 0; i < 70; i++) codes.push((await server.app.inject({ url: "/programmes" })).statusCode);
    expect(codes).toContain(429);
    const limited = await server.app.inject({ url: "/programmes" });
    expect(limited.statusCode).toBe(429);
    expect(limited.body).toContain("Trop de requêtes");
  });
});
