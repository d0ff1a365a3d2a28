import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./testing/test-server.js";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const f = () => server.factories();
const licence = '<https://www.etalab.gouv.fr/licence-ouverte-open-licence/>; rel="license"';

/** A public programme with a project and a grant in Bondy, and a draft one with the same. */
async function programmes() {
  const active = await f().programme({ status: "active" });
  const draft = await f().programme({ status: "draft" });
  const shown = await f().project({ programmeId: active.id, communeInseeCode: "93010", title: "Halles de Bondy" });
  const hidden = await f().project({ programmeId: draft.id, communeInseeCode: "93010", title: "Projet secret" });
  await f().grant({ projectId: shown.id, purpose: "Manager de centre-ville", conventionOn: "2033-02-10" });
  await f().grant({ projectId: hidden.id, purpose: "Subvention secrète", conventionOn: "2033-03-10" });
  return { active, draft, shown, hidden };
}

describe("GET /api/v1/<dataset>.csv and .json", () => {
  it("serves each dataset with its licence, a French file name and cache headers, to anyone", async () => {
    const { active } = await programmes();
    for (const id of ["projets", "valeurs-indicateurs", "subventions", "evenements"]) {
      const csv = await server.app.inject({ url: `/api/v1/${id}.csv?commune=93010` });
      expect(csv.statusCode, id).toBe(200);
      expect(csv.headers["content-type"]).toBe("text/csv; charset=utf-8");
      expect(csv.headers["content-disposition"]).toContain(`filename="${id}-93010.csv"`);
      expect(csv.headers["link"]).toBe(licence);
      expect(csv.headers["cache-control"]).toBe("public, max-age=300");
      expect(csv.headers["etag"]).toMatch(/^W\/"/);
      expect(csv.headers["access-control-allow-origin"]).toBe("*");

      const json = await server.app.inject({ url: `/api/v1/${id}.json?commune=93010` });
      expect(json.statusCode, id).toBe(200);
      expect(json.headers["content-type"]).toBe("application/json; charset=utf-8");
      expect(json.headers["link"]).toBe(licence);
      const body = json.json<{ licence: { name: string; url: string }; fields: { name: string }[]; data: object[] }>();
      expect(body.licence).toEqual({
        name: "Licence Ouverte 2.0",
        url: "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
      });
      // Same columns, same number of rows (the API's tests parse the cells back with papaparse).
      const lines = csv.body.split("\r\n").filter(Boolean);
      expect(lines[0]).toBe(body.fields.map((field) => field.name).join(","));
      expect(lines.length - 1).toBe(body.data.length);
    }

    const projects = await server.app.inject({ url: "/api/v1/projets.csv?commune=93010" });
    expect(projects.body).toContain("Halles de Bondy");
    expect(projects.body).not.toContain("Projet secret");
    const grants = await server.app.inject({ url: "/api/v1/subventions.json?annee=2033" });
    expect(grants.body).toContain("Manager de centre-ville");
    expect(grants.body).not.toContain("Subvention secrète");
    const slug = (await server.db.prisma.programme.findUniqueOrThrow({ where: { id: active.id } })).slug;
    const byProgramme = await server.app.inject({ url: `/api/v1/subventions.csv?programme=${slug}` });
    expect(byProgramme.body.split("\r\n").filter(Boolean)).toHaveLength(2);
  });

  it("answers 304 to a client holding the current file", async () => {
    await programmes();
    const first = await server.app.inject({ url: "/api/v1/projets.json" });
    const etag = String(first.headers["etag"]);
    expect(first.headers["last-modified"]).toMatch(/GMT$/);
    const again = await server.app.inject({ url: "/api/v1/projets.json", headers: { "if-none-match": etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe("");
    const head = await server.app.inject({ method: "HEAD", url: "/api/v1/projets.json" });
    expect(head.statusCode).toBe(200);
    expect(head.headers["etag"]).toBe(etag);
    expect(head.body).toBe("");
    await f().project({ programmeId: (await f().programme({ status: "active" })).id });
    const changed = await server.app.inject({ url: "/api/v1/projets.json", headers: { "if-none-match": etag } });
    expect(changed.statusCode).toBe(200);
  });

  it("gives French Excel its dialect with ?format=excel: BOM, semicolons", async () => {
    await programmes();
    const res = await server.app.inject({ url: "/api/v1/projets.csv?commune=93010&format=excel" });
    expect(res.statusCode).toBe(200);
    expect([...res.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(res.body.slice(1).split("\r\n")[0]).toBe(
      "slug;titre;resume;statut;statut_libelle;code_insee;commune;ept_siren;ept;programme_slug;programme;edition;edition_annee;date_debut;date_fin;themes;themes_libelles;url",
    );
    expect(res.headers["content-disposition"]).toContain('filename="projets-93010-excel.csv"');
    expect(res.headers["link"]).toBe(licence);
  });

  it("refuses a malformed filter with a 400 and a French message, nothing more", async () => {
    const cases: [string, string][] = [
      ["/api/v1/projets.csv?annee=25", "Paramètre « annee » invalide : quatre chiffres attendus, par exemple 2025."],
      ["/api/v1/valeurs-indicateurs.json?commune=Bondy", "Paramètre « commune » invalide"],
      ["/api/v1/valeurs-indicateurs.csv?indicateur=%27%3B%20DROP", "Paramètre « indicateur » invalide"],
      ["/api/v1/projets.json?format=excel", "Paramètre inconnu : « format »"],
      ["/api/v1/evenements.csv?commune=93010&commune=93048", "Paramètre « commune » donné plusieurs fois."],
    ];
    for (const [url, message] of cases) {
      const res = await server.app.inject({ url });
      expect(res.statusCode, url).toBe(400);
      expect(res.headers["content-type"]).toContain("application/json");
      const body = res.json<{ error: string }>();
      expect(Object.keys(body)).toEqual(["error"]);
      expect(body.error.startsWith(message), body.error).toBe(true);
      expect(res.body).not.toMatch(/at .*\.ts|stack|Error:/);
    }
    const unknown = await server.app.inject({ url: "/api/v1/utilisateurs.csv" });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toEqual({ error: "Jeu de données introuvable : voir /api/v1/catalogue.json." });
  });
});

describe("GET /api/v1 and /api/v1/catalogue.json", () => {
  it("list the datasets with their licence and the address of each format", async () => {
    for (const url of ["/api/v1", "/api/v1/catalogue.json"]) {
      const res = await server.app.inject({ url, headers: { host: "donnees.example" } });
      expect(res.statusCode).toBe(200);
      expect(res.headers["link"]).toBe(licence);
      const catalogue = res.json<{
        licence: { name: string };
        documentation: string;
        datasets: { identifier: string; licence: { name: string }; distributions: { downloadURL: string }[] }[];
      }>();
      expect(catalogue.licence.name).toBe("Licence Ouverte 2.0");
      expect(catalogue.documentation).toBe("http://donnees.example/donnees/api");
      expect(catalogue.datasets.map((d) => d.identifier)).toEqual([
        "projets",
        "valeurs-indicateurs",
        "subventions",
        "evenements",
      ]);
      expect(catalogue.datasets[0]!.distributions.map((d) => d.downloadURL)).toEqual([
        "http://donnees.example/api/v1/projets.csv",
        "http://donnees.example/api/v1/projets.csv?format=excel",
        "http://donnees.example/api/v1/projets.json",
      ]);
    }
  });
});
