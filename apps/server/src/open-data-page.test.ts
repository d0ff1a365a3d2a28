import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./testing/test-server.js";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ portal: true });
});
afterAll(async () => {
  await server?.close();
});

describe("the portal's /donnees page, rendered on the server", () => {
  it("lists every dataset with its licence, its three downloads and its fields, without JavaScript", async () => {
    const res = await server.app.inject({ url: "/donnees" });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("<title>Données ouvertes – Centres-villes vivants</title>");
    const root = res.body.slice(res.body.indexOf('<div id="root">'), res.body.indexOf('id="etat-initial"'));
    expect(root).toMatch(/<h1[^>]*>Données ouvertes<\/h1>/);
    expect(root.match(/<h1/g)).toHaveLength(1);
    expect(root).toContain('href="https://www.etalab.gouv.fr/licence-ouverte-open-licence/"');
    expect(root).toContain('href="/api/v1/catalogue.json"');
    for (const id of ["projets", "valeurs-indicateurs", "subventions", "evenements"]) {
      expect(root).toContain(`href="/api/v1/${id}.csv"`);
      expect(root).toContain(`href="/api/v1/${id}.csv?format=excel"`);
      expect(root).toContain(`href="/api/v1/${id}.json"`);
    }
    expect(root).toMatch(
      /<caption>Champs du jeu «\u00a0Projets de revitalisation des centres-villes\u00a0»<\/caption>/,
    );
    expect(root).toContain("<code>pourcentageSubvention</code>");
    // Every page's footer leads here.
    expect(root).toMatch(/<a[^>]*href="\/donnees"[^>]*>Données ouvertes<\/a>/);
  });
});
