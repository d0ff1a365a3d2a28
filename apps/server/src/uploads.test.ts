import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sameOrigin, startTestServer, type TestServer } from "./testing/test-server.js";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ files: true });
});
afterAll(async () => {
  await server?.close();
});

const f = () => server.factories();

function upload(
  cookie: string | null,
  body: Buffer,
  fileName: string,
  purpose = "import",
  extra: Record<string, string> = {},
) {
  return server.app.inject({
    method: "POST",
    url: `/api/files?purpose=${purpose}`,
    headers: {
      ...sameOrigin,
      "content-type": "application/octet-stream",
      "x-file-name": encodeURIComponent(fileName),
      ...(cookie ? { cookie } : {}),
      ...extra,
    },
    body,
  });
}

const csv = Buffer.from("code_indicateur,code_insee,periode,valeur\nx,93010,2025,1\n");
const pdf = Buffer.from("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n");

describe("POST /api/files", () => {
  it("stores a file and answers its id, name, type and size", async () => {
    const { cookie } = await server.signIn("contributor", ["93010"]);
    const res = await upload(cookie, csv, "relevé été.csv");
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      fileName: "relevé été.csv",
      mimeType: "text/csv",
      sizeBytes: csv.length,
    });
  });

  it("refuses an anonymous caller, another origin, and bad requests, in French", async () => {
    const { cookie } = await server.signIn("contributor", ["93010"]);
    const anonymous = await upload(null, csv, "a.csv");
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toEqual({ error: "Connectez-vous pour continuer." });

    const crossSite = await upload(cookie, csv, "a.csv", "import", { origin: "https://malveillant.example" });
    expect(crossSite.statusCode).toBe(403);
    expect(crossSite.json()).toEqual({ error: "Requête refusée : origine non autorisée." });

    const purpose = await upload(cookie, csv, "a.csv", "autre");
    expect(purpose.statusCode).toBe(400);
    expect(purpose.json().error).toBe(
      "Paramètre purpose manquant ou invalide : « import », « attachment », « document » ou « image » attendu.",
    );

    const empty = await upload(cookie, Buffer.alloc(0), "vide.csv");
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toEqual({ error: "Le fichier est vide." });

    const disguised = await upload(cookie, pdf, "valeurs.xlsx");
    expect(disguised.statusCode).toBe(400);
    expect(disguised.json().error).toBe(
      "Le fichier « valeurs.xlsx » est un document PDF, quelle que soit son extension : pour un import, envoyez un classeur XLSX ou un fichier CSV.",
    );

    const attachment = await upload(cookie, Buffer.alloc(11 * 1024 * 1024, 0x41), "gros.csv", "attachment");
    expect(attachment.statusCode).toBe(413);
    expect(attachment.json().error).toBe("Le fichier fait 11 Mo : une pièce jointe ne doit pas dépasser 10 Mo.");

    const huge = await upload(cookie, Buffer.alloc(20 * 1024 * 1024 + 1, 0x41), "enorme.csv");
    expect(huge.statusCode).toBe(413);
    expect(huge.json()).toEqual({ error: "Le fichier dépasse 20 Mo, la taille maximale d'un envoi." });
  });
});

describe("GET /api/files/:id", () => {
  it("serves a file to staff, its uploader and the commune it is attached to; 404 to anyone else", async () => {
    const uploader = await server.signIn("contributor", ["93010"]);
    const stored = await upload(uploader.cookie, pdf, "délibération « finale ».pdf", "attachment");
    expect(stored.statusCode).toBe(201);
    const { id } = stored.json() as { id: string };
    const indicator = await f().indicator();
    const value = await f().value({ indicatorId: indicator.id, communeInseeCode: "93010", period: "2025" });
    await server.db.prisma.indicatorValue.update({
      where: { id: value.id },
      data: { attachmentId: id },
      select: { id: true },
    });

    const download = (cookie: string | null, fileId = id) =>
      server.app.inject({ method: "GET", url: `/api/files/${fileId}`, headers: cookie ? { cookie } : {} });

    const own = await download(uploader.cookie);
    expect(own.statusCode).toBe(200);
    expect(own.headers["content-type"]).toBe("application/pdf");
    expect(own.headers["content-disposition"]).toBe(
      `attachment; filename="deliberation _ finale _.pdf"; filename*=UTF-8''d%C3%A9lib%C3%A9ration%20%C2%AB%20finale%20%C2%BB.pdf`,
    );
    expect(own.rawPayload.equals(pdf)).toBe(true);

    expect((await download((await server.signIn("officer")).cookie)).statusCode).toBe(200);
    expect((await download((await server.signIn("contributor", ["93010"])).cookie)).statusCode).toBe(200);

    const other = await download((await server.signIn("contributor", ["93006"])).cookie);
    expect(other.statusCode).toBe(404);
    expect(other.json()).toEqual({ error: "Fichier introuvable." });
    expect((await download(uploader.cookie, "pas-un-identifiant")).statusCode).toBe(404);
    expect((await download(null)).statusCode).toBe(401);
  });
});

describe("campaign sheets", () => {
  it("downloads the template and the values for the communes the caller may see", async () => {
    const indicator = await f().indicator({ frequency: "yearly", name: "Commerces actifs" });
    const campaign = await f().campaign({ indicatorIds: [indicator.id], communeCodes: ["93010", "93006"] });
    await f().value({ indicatorId: indicator.id, communeInseeCode: "93010", period: "2025", value: 2.5 });
    const bondy = await server.signIn("contributor", ["93010"]);
    const get = (url: string, cookie: string | null = bondy.cookie) =>
      server.app.inject({ method: "GET", url, headers: cookie ? { cookie } : {} });

    const xlsx = await get(`/api/campaigns/${campaign.id}/template.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(xlsx.headers["content-disposition"]).toMatch(/^attachment; filename="modele-campagne-[a-f0-9]+\.xlsx"/);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe("PK");

    const excel = await get(`/api/campaigns/${campaign.id}/values.csv?excel=1`);
    expect(excel.statusCode).toBe(200);
    expect(excel.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(excel.rawPayload.toString("utf-8")).toBe(
      `\uFEFFcode_indicateur;indicateur;unite;code_insee;commune;periode;valeur;source;commentaire;statut\r\n${indicator.code};Commerces actifs;nombre;93010;Bondy;2025;2,5;;;Brouillon\r\n`,
    );

    const template = await get(`/api/campaigns/${campaign.id}/template.csv`);
    expect(template.rawPayload.toString("utf-8").trim().split("\r\n")).toHaveLength(2);
    const staff = await get(
      `/api/campaigns/${campaign.id}/template.csv?commune=93006`,
      (await server.signIn("officer")).cookie,
    );
    expect(staff.rawPayload.toString("utf-8")).toContain(",93006,Bagnolet,2025,,,,");

    const forbidden = await get(`/api/campaigns/${campaign.id}/template.csv?commune=93006`);
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json()).toEqual({ error: "Vous n'avez pas les droits nécessaires pour cette action." });
    const elsewhere = await get(
      `/api/campaigns/${campaign.id}/template.xlsx`,
      (await server.signIn("contributor", ["93048"])).cookie,
    );
    expect(elsewhere.statusCode).toBe(404);
    expect(elsewhere.json()).toEqual({ error: "Campagne introuvable." });
    expect((await get(`/api/campaigns/${campaign.id}/template.xlsx`, null)).statusCode).toBe(401);
    expect((await get(`/api/campaigns/${campaign.id}/autre.xlsx`)).statusCode).toBe(404);
  });
});
