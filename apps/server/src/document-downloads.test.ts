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
const pdf = (text: string) => Buffer.from(`%PDF-1.7\n% ${text}\n1 0 obj\n<<>>\nendobj\n%%EOF\n`);

function upload(cookie: string, body: Buffer, fileName: string) {
  return server.app.inject({
    method: "POST",
    url: "/api/files?purpose=document",
    headers: {
      ...sameOrigin,
      cookie,
      "content-type": "application/octet-stream",
      "x-file-name": encodeURIComponent(fileName),
    },
    body,
  });
}

async function mutate<T>(cookie: string, procedure: string, input: unknown): Promise<T> {
  const res = await server.app.inject({
    method: "POST",
    url: `/trpc/${procedure}`,
    headers: { ...sameOrigin, cookie, "content-type": "application/json" },
    body: JSON.stringify(input),
  });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { result: { data: T } }).result.data;
}

const download = (cookie: string | null, versionId: string) =>
  server.app.inject({ method: "GET", url: `/api/documents/${versionId}`, headers: cookie ? { cookie } : {} });

interface DocumentAnswer {
  id: string;
  version: number;
  latest: { id: string; number: number };
}

describe("GET /api/documents/:versionId", () => {
  it("serves each version as an attachment to those who may see the project, and to no one else", async () => {
    const { cookie: officer } = await server.signIn("officer");
    const project = await f().project({ communeInseeCode: "93010" });

    const first = await upload(officer, pdf("première"), "délibération « finale ».pdf");
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ mimeType: "application/pdf", fileName: "délibération « finale ».pdf" });
    const created = await mutate<DocumentAnswer>(officer, "documents.create", {
      entity: "project",
      entityId: project.id,
      title: "Délibération",
      fileId: (first.json() as { id: string }).id,
    });
    const second = await upload(officer, pdf("seconde, corrigée"), "délibération v2.pdf");
    const updated = await mutate<DocumentAnswer>(officer, "documents.addVersion", {
      id: created.id,
      version: created.version,
      fileId: (second.json() as { id: string }).id,
    });
    expect(updated.latest.number).toBe(2);

    const latest = await download(officer, updated.latest.id);
    expect(latest.statusCode).toBe(200);
    expect(latest.headers["content-type"]).toBe("application/pdf");
    expect(latest.headers["content-disposition"]).toBe(
      `attachment; filename="deliberation v2.pdf"; filename*=UTF-8''d%C3%A9lib%C3%A9ration%20v2.pdf`,
    );
    expect(latest.headers["x-content-type-options"]).toBe("nosniff");
    expect(latest.headers["cache-control"]).toBe("private, no-store");
    expect(Number(latest.headers["content-length"])).toBe(pdf("seconde, corrigée").length);
    expect(latest.rawPayload.equals(pdf("seconde, corrigée"))).toBe(true);

    const earlier = await download(officer, created.latest.id);
    expect(earlier.headers["content-disposition"]).toContain(
      "filename*=UTF-8''d%C3%A9lib%C3%A9ration%20%C2%AB%20finale%20%C2%BB.pdf",
    );
    expect(earlier.rawPayload.equals(pdf("première"))).toBe(true);

    const bondy = await download((await server.signIn("contributor", ["93010"])).cookie, updated.latest.id);
    expect(bondy.statusCode).toBe(200);
    expect(bondy.rawPayload.equals(pdf("seconde, corrigée"))).toBe(true);

    const bagnolet = await download((await server.signIn("contributor", ["93006"])).cookie, updated.latest.id);
    expect(bagnolet.statusCode).toBe(403);
    expect(bagnolet.json()).toEqual({ error: "Vous n'avez pas les droits nécessaires pour cette action." });

    const anonymous = await download(null, updated.latest.id);
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toEqual({ error: "Connectez-vous pour continuer." });

    const unknown = await download(officer, "00000000-0000-4000-8000-000000000000");
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toEqual({ error: "Version du document introuvable." });
    expect((await download(officer, "pas-un-identifiant")).statusCode).toBe(404);
  });
});

describe("POST /api/files?purpose=document", () => {
  it("refuses a forbidden type and a file too large in French, naming the file, and stores nothing", async () => {
    const { cookie: contributor } = await server.signIn("contributor", ["93010"]);
    const before = await server.db.prisma.storedFile.count();

    const page = await upload(contributor, Buffer.from("<html><body>Bonjour</body></html>"), "bilan.pdf");
    expect(page.statusCode).toBe(400);
    expect(page.json().error).toBe(
      "Le fichier « bilan.pdf » n'est pas un document PDF : son contenu est une page web (HTML) ou du XML, " +
        "quelle que soit son extension. Envoyez un PDF, un document DOCX ou ODT, un classeur XLSX, ODS ou CSV, " +
        "une image PNG ou JPEG, ou un fichier texte TXT.",
    );
    const program = await upload(contributor, Buffer.from([0x4d, 0x5a, 0x90, 0x00]), "outil.exe");
    expect(program.statusCode).toBe(400);
    expect(program.json().error).toMatch(/^Le fichier « outil\.exe » n'est pas d'un type accepté : envoyez un PDF/);

    const huge = await upload(contributor, Buffer.alloc(20 * 1024 * 1024 + 1, 0x41), "plans du marché.pdf");
    expect(huge.statusCode).toBe(413);
    expect(huge.json()).toEqual({
      error: "Le fichier « plans du marché.pdf » fait plus de 20 Mo : un document ne doit pas dépasser 20 Mo.",
    });
    expect(await server.db.prisma.storedFile.count()).toBe(before);
  });
});
