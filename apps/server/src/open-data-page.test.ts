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
    expect(root).toMatch(/<a[^>]*href="\/donnees\/api"[^>]*>documentation complète de l&#x27;API<\/a>/);
  });

  it("shows the API's documentation, the very file the tests check against the code, at /donnees/api", async () => {
    const res = await server.app.inject({ url: "/donnees/api" });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("<title>Documentation de l'API de données ouvertes – Centres-villes vivants</title>");
    const root = res.body.slice(res.body.indexOf('<div id="root">'), res.body.indexOf('id="etat-initial"'));
    // The file's own title gives way to the page's: one h1.
    expect(root.match(/<h1/g)).toHaveLength(1);
    expect(root).toMatch(/<h1[^>]*>Documentation de l&#x27;API de données ouvertes<\/h1>/);
    expect(root).toContain("<h2>Licence</h2>");
    expect(root).toContain("<h4>Champs de <code>subventions</code></h4>");
    expect(root).toContain("<code>pourcentageSubvention</code>");
    // Wide tables and code scroll in a frame the keyboard can reach.
    expect(root).toContain(
      '<div class="table-scroll" role="region" tabindex="0" aria-label="Tableau : Champs de subventions"><table>',
    );
    expect(root).toContain('<pre role="region" tabindex="0" aria-label="Code : Exemples">');
    // The maintainers' note stays in the file.
    expect(root).not.toContain("open-data-docs.test.ts");
  });
});
