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
const header =
  "nomAttribuant,idAttribuant,dateConvention,referenceDecision,nomBeneficiaire,idBeneficiaire,objet,montant,nature,conditionsVersement,datesPeriodeVersement,idRAE,notificationUE,pourcentageSubvention";

/** A programme with one grant of 2025, paid in two instalments, and one of 2024. */
async function programmeWithGrants() {
  const programme = await f().programme();
  const project = await f().project({ programmeId: programme.id, communeInseeCode: "93010" });
  await f().grant({
    projectId: project.id,
    purpose: "Manager de centre-ville",
    amountCents: 4_780_020n,
    conventionOn: "2025-02-10",
    paymentTerms: "instalments",
    instalments: [{ dueOn: "2025-12-31", amountCents: 2_780_020n }],
    payments: [{ paidOn: "2025-04-15", amountCents: 2_000_000n }],
  });
  await f().grant({ projectId: project.id, purpose: "Étude de programmation", conventionOn: "2024-06-01" });
  return programme;
}

describe("GET /api/grants.scdl.csv and .json", () => {
  it("gives officers the programme's grants of a year in the SCDL's columns", async () => {
    const programme = await programmeWithGrants();
    const { cookie } = await server.signIn("officer");
    const res = await server.app.inject({
      url: `/api/grants.scdl.csv?programmeId=${programme.id}&year=2025`,
      headers: { cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(res.headers["content-disposition"]).toContain(`filename="subventions-${programme.slug}-2025.csv"`);
    expect(res.headers["cache-control"]).toBe("private, no-store");
    const [columns, row, end, ...rest] = res.body.split("\r\n");
    expect(columns).toBe(header);
    expect(row).toBe(
      "Métropole du Grand Paris,20005478100022,2025-02-10,,Commune de Bondy,21930010000019,Manager de centre-ville,47800.20,aide en numéraire,échelonné,2025-04-15/2025-12-31,,non,1",
    );
    expect([end, ...rest]).toEqual([""]);

    const json = await server.app.inject({
      url: `/api/grants.scdl.json?programmeId=${programme.id}`,
      headers: { cookie },
    });
    expect(json.statusCode).toBe(200);
    expect(json.headers["content-type"]).toBe("application/json; charset=utf-8");
    const records = json.json() as Record<string, string>[];
    expect(records.map((r) => r["objet"])).toEqual(["Étude de programmation", "Manager de centre-ville"]);
    expect(Object.keys(records[0]!).join(",")).toBe(header);
  });

  it("answers 401 to anonymous callers, 403 to contributors, 400 to a bad filter", async () => {
    const programme = await programmeWithGrants();
    for (const file of ["grants.scdl.csv", "grants.scdl.json"]) {
      const anonymous = await server.app.inject({ url: `/api/${file}?programmeId=${programme.id}` });
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.json()).toEqual({ error: "Connectez-vous pour continuer." });
    }
    const { cookie: contributor } = await server.signIn("contributor");
    const refused = await server.app.inject({
      url: `/api/grants.scdl.csv?programmeId=${programme.id}`,
      headers: { cookie: contributor },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toEqual({ error: "Vous n'avez pas les droits nécessaires pour cette action." });

    const { cookie: officer } = await server.signIn("officer");
    const bad = await server.app.inject({
      url: "/api/grants.scdl.csv?year=l'an dernier",
      headers: { cookie: officer },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toContain("Année invalide");
  });
});
