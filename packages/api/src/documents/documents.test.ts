import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestDatabase,
  documentFactories,
  expertFactories,
  factories,
  governanceFactories,
  type TestDatabase,
} from "@cvv/db/testing";
import type { SessionUser } from "@cvv/domain/users";
import { looksLikeMarkup } from "../indicator-imports/detect-file-type.js";
import { storeUpload } from "../indicator-imports/store-upload/store-upload.service.js";
import { createDiskFileStore } from "../shared/file-store.js";
import { actor, appCaller } from "../testing/test-context.js";
import { documentContentOf } from "./document-content.js";
import { downloadDocumentVersion } from "./download-document/download-document.service.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

const f = () => factories(db.prisma);
const MB = 1024 * 1024;
const pdf = (text: string) => Buffer.from(`%PDF-1.7\n% ${text}\n1 0 obj\n<<>>\nendobj\n%%EOF\n`);

/** One folder of files shared by every caller of a test, so what one uploads another can download. */
function session() {
  const root = mkdtempSync(join(tmpdir(), "cvv-documents-"));
  const files = createDiskFileStore(root);
  const as = (user: SessionUser) => appCaller(db.prisma, user, undefined, { files });
  const filesOnDisk = () => readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  async function upload(user: SessionUser, fileName: string, bytes: Uint8Array) {
    const stored = await storeUpload(as(user).ctx, user, { fileName, bytes, purpose: "document" });
    if (!stored.ok) throw new Error(stored.error.message);
    return stored.value;
  }
  async function download(user: SessionUser, versionId: string) {
    const result = await downloadDocumentVersion(as(user).ctx, user, versionId);
    if (!result.ok) return result;
    const chunks: Buffer[] = [];
    for await (const chunk of result.value.body) chunks.push(chunk as Buffer);
    return { ...result, bytes: Buffer.concat(chunks) };
  }
  return {
    as: (user: SessionUser) => as(user).caller,
    ctx: (user: SessionUser) => as(user).ctx,
    upload,
    download,
    filesOnDisk,
  };
}

async function refusal(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`refus attendu, obtenu : ${String(error)}`);
  return error;
}

describe("documents of a project", () => {
  it("an officer attaches a PDF, deposits a second version; the list shows version 2 and both download", async () => {
    const s = session();
    const officer = await actor(db.prisma, "officer");
    const project = await f().project({ communeInseeCode: "93010" });
    const record = { entity: "project" as const, entityId: project.id };

    const first = await s.upload(officer, "convention.pdf", pdf("v1"));
    expect(first).toMatchObject({ fileName: "convention.pdf", mimeType: "application/pdf" });
    const created = await s.as(officer).documents.create({
      ...record,
      title: "  Convention de revitalisation ",
      description: "Signée par le maire et la Métropole.",
      fileId: first.id,
      note: "Version signée",
    });
    expect(created).toMatchObject({
      title: "Convention de revitalisation",
      version: 0,
      versionCount: 1,
      latest: { number: 1, label: "version 1", fileName: "convention.pdf", note: "Version signée" },
    });

    const second = await s.upload(officer, "convention-avenant.pdf", pdf("v2 plus longue"));
    const updated = await s.as(officer).documents.addVersion({
      id: created.id,
      version: created.version,
      fileId: second.id,
      note: "Avenant n° 1",
    });
    expect(updated).toMatchObject({ version: 1, versionCount: 2, latest: { number: 2, label: "version 2" } });

    const list = await s.as(officer).documents.list(record);
    expect(list.permissions).toEqual({ write: true, remove: true });
    expect(list.documents).toHaveLength(1);
    expect(list.documents[0]).toMatchObject({
      id: created.id,
      title: "Convention de revitalisation",
      description: "Signée par le maire et la Métropole.",
      versionCount: 2,
      latest: {
        number: 2,
        label: "version 2",
        fileName: "convention-avenant.pdf",
        sizeBytes: pdf("v2 plus longue").length,
        mimeType: "application/pdf",
        uploaderName: "Test officer",
        note: "Avenant n° 1",
        createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      },
    });
    // Stored with the record's project, which the schema keeps for project-wide reads.
    const row = await db.prisma.document.findUniqueOrThrow({ select: { projectId: true }, where: { id: created.id } });
    expect(row.projectId).toBe(project.id);

    const versions = await s.as(officer).documents.versions({ id: created.id });
    expect(versions.map((v) => [v.number, v.label, v.fileName])).toEqual([
      [2, "version 2", "convention-avenant.pdf"],
      [1, "version 1", "convention.pdf"],
    ]);
    const latest = await s.download(officer, versions[0]!.id);
    expect(latest.ok && "bytes" in latest && latest.bytes.equals(pdf("v2 plus longue"))).toBe(true);
    const earlier = await s.download(officer, versions[1]!.id);
    expect(earlier.ok && "bytes" in earlier && earlier.bytes.equals(pdf("v1"))).toBe(true);
  });

  it("refuses a version deposited from a stale page, in French, and numbers nothing twice", async () => {
    const s = session();
    const officer = await actor(db.prisma, "officer");
    const colleague = await actor(db.prisma, "officer");
    const project = await f().project();
    const file = await s.upload(officer, "plan.pdf", pdf("plan"));
    const created = await s
      .as(officer)
      .documents.create({ entity: "project", entityId: project.id, title: "Plan guide", fileId: file.id });

    const theirs = await s.upload(colleague, "plan-b.pdf", pdf("b"));
    await s.as(colleague).documents.addVersion({ id: created.id, version: created.version, fileId: theirs.id });
    const mine = await s.upload(officer, "plan-c.pdf", pdf("c"));
    const error = await refusal(
      s.as(officer).documents.addVersion({ id: created.id, version: created.version, fileId: mine.id }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe("Une autre version vient d'être déposée : rechargez la page.");
    const numbers = await db.prisma.documentVersion.findMany({
      select: { number: true },
      where: { documentId: created.id },
      orderBy: { number: "asc" },
    });
    expect(numbers.map((n) => n.number)).toEqual([1, 2]);
  });

  it("refuses a file uploaded by someone else, as if it did not exist", async () => {
    const s = session();
    const officer = await actor(db.prisma, "officer");
    const contributor = await actor(db.prisma, "contributor", ["93010"]);
    const project = await f().project({ communeInseeCode: "93010" });
    const othersFile = await s.upload(officer, "confidentiel.pdf", pdf("x"));
    const error = await refusal(
      s
        .as(contributor)
        .documents.create({ entity: "project", entityId: project.id, title: "Emprunt", fileId: othersFile.id }),
    );
    expect(error.code).toBe("NOT_FOUND");
    expect(error.message).toBe("Fichier introuvable : déposez-le de nouveau.");
    expect(await db.prisma.document.count({ where: { entityId: project.id } })).toBe(0);
  });

  it("lets an officer remove a document, its versions and their files, and no one else", async () => {
    const s = session();
    const officer = await actor(db.prisma, "officer");
    const contributor = await actor(db.prisma, "contributor", ["93010"]);
    const project = await f().project({ communeInseeCode: "93010" });
    const file = await s.upload(
      contributor,
      "photo.png",
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1]),
    );
    const created = await s
      .as(contributor)
      .documents.create({ entity: "project", entityId: project.id, title: "Vitrine rénovée", fileId: file.id });
    expect((await s.as(contributor).documents.list({ entity: "project", entityId: project.id })).permissions).toEqual({
      write: true,
      remove: false,
    });

    expect((await refusal(s.as(contributor).documents.remove({ id: created.id, version: 0 }))).code).toBe("FORBIDDEN");
    expect((await refusal(s.as(officer).documents.remove({ id: created.id, version: 3 }))).code).toBe("CONFLICT");
    expect(s.filesOnDisk()).toHaveLength(1);

    expect(await s.as(officer).documents.remove({ id: created.id, version: 0 })).toEqual({
      id: created.id,
      title: "Vitrine rénovée",
    });
    expect(await db.prisma.document.count({ where: { id: created.id } })).toBe(0);
    expect(await db.prisma.storedFile.count({ where: { id: file.id } })).toBe(0);
    expect(s.filesOnDisk()).toHaveLength(0);
  });
});

describe("uploading a document's file", () => {
  it("refuses a program, or a web page renamed .pdf, in French, and stores nothing", async () => {
    const s = session();
    const officer = await actor(db.prisma, "officer");
    const before = await db.prisma.storedFile.count();
    const store = (fileName: string, bytes: Uint8Array) =>
      storeUpload(s.ctx(officer), officer, { fileName, bytes, purpose: "document" });

    expect(await store("installer.exe", Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03]))).toEqual({
      ok: false,
      error: {
        code: "INVALID",
        field: "file",
        message:
          "Le fichier « installer.exe » n'est pas d'un type accepté : envoyez un PDF, un document DOCX ou ODT, " +
          "un classeur XLSX, ODS ou CSV, une image PNG ou JPEG, ou un fichier texte TXT.",
      },
    });
    expect(await store("rapport.pdf", Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03]))).toMatchObject({
      ok: false,
      error: {
        message: expect.stringContaining(
          "« rapport.pdf » n'est pas un document PDF : son contenu est d'un type non reconnu",
        ),
      },
    });
    const page = await store("rapport.pdf", Buffer.from("<!DOCTYPE html><html><script>alert(1)</script></html>"));
    expect(page).toMatchObject({
      ok: false,
      error: {
        message: expect.stringContaining(
          "Le fichier « rapport.pdf » n'est pas un document PDF : son contenu est une page web (HTML) ou du XML",
        ),
      },
    });
    expect(await store("notes.txt", Buffer.from("\ufeff  <svg onload=alert(1)>"))).toMatchObject({ ok: false });
    expect(await db.prisma.storedFile.count()).toBe(before);
    expect(s.filesOnDisk()).toHaveLength(0);
  });

  it("refuses a file over 20 MB, naming it and the limit, with the size field for a 413", async () => {
    const s = session();
    const officer = await actor(db.prisma, "officer");
    const big = Buffer.alloc(20 * MB + 1, 0x20);
    big.write("%PDF-1.7\n");
    expect(
      await storeUpload(s.ctx(officer), officer, { fileName: "plans.pdf", bytes: big, purpose: "document" }),
    ).toEqual({
      ok: false,
      error: {
        code: "INVALID",
        field: "sizeBytes",
        message: "Le fichier « plans.pdf » fait 20,1 Mo : un document ne doit pas dépasser 20 Mo.",
      },
    });
    expect(s.filesOnDisk()).toHaveLength(0);
  });

  it("accepts text in any encoding as TXT or CSV, with the type its name gives", async () => {
    const s = session();
    const officer = await actor(db.prisma, "officer");
    expect(await s.upload(officer, "compte rendu.txt", Buffer.from("Réunion du 3 mars\n", "latin1"))).toMatchObject({
      mimeType: "text/plain",
    });
    expect(await s.upload(officer, "relevé.csv", Buffer.from("commune;cellules\nBondy;12\n"))).toMatchObject({
      mimeType: "text/csv",
    });
  });

  it("tells text from markup, and keeps what imports see of a file unchanged", () => {
    expect(looksLikeMarkup(Buffer.from("<?xml version='1.0'?><a/>"))).toBe(true);
    expect(looksLikeMarkup(Buffer.from("\ufeff\n  <html>"))).toBe(true);
    expect(looksLikeMarkup(Buffer.from("\ufeff<!doctype html>", "utf16le"))).toBe(true);
    expect(looksLikeMarkup(Buffer.from("a < b, et c > d\n"))).toBe(false);
    expect(looksLikeMarkup(Buffer.from("<= 3 commerces\n"))).toBe(false);
    expect(documentContentOf(Buffer.from("code;valeur\n"))).toBe("text");
    expect(documentContentOf(Buffer.from("<html></html>"))).toBe("markup");
    expect(documentContentOf(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toBe("zip");
    expect(documentContentOf(Buffer.from([0x00, 0x01, 0x02]))).toBe("unknown");
    expect(documentContentOf(pdf("x"))).toBe("pdf");
  });
});

describe("who may see and write a record's documents", () => {
  it("a contributor of the project's commune lists and downloads; another commune's is refused", async () => {
    const s = session();
    const officer = await actor(db.prisma, "officer");
    const bondy = await actor(db.prisma, "contributor", ["93010"]);
    const bagnolet = await actor(db.prisma, "contributor", ["93006"]);
    const project = await f().project({ communeInseeCode: "93010" });
    const record = { entity: "project" as const, entityId: project.id };
    const file = await s.upload(officer, "arrêté.pdf", pdf("arrêté"));
    await s.as(officer).documents.create({ ...record, title: "Arrêté", fileId: file.id });

    const seen = await s.as(bondy).documents.list(record);
    expect(seen.documents.map((d) => d.title)).toEqual(["Arrêté"]);
    const versionId = seen.documents[0]!.latest.id;
    const own = await s.download(bondy, versionId);
    expect(own.ok && "bytes" in own && own.bytes.equals(pdf("arrêté"))).toBe(true);

    expect((await refusal(s.as(bagnolet).documents.list(record))).code).toBe("FORBIDDEN");
    expect((await refusal(s.as(bagnolet).documents.versions({ id: seen.documents[0]!.id }))).code).toBe("FORBIDDEN");
    expect(await s.download(bagnolet, versionId)).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    const theirs = await s.upload(bagnolet, "intrus.pdf", pdf("intrus"));
    expect(
      (await refusal(s.as(bagnolet).documents.create({ ...record, title: "Intrus", fileId: theirs.id }))).code,
    ).toBe("FORBIDDEN");
  });

  it("resolves each kind of record to its commune, or to officers only", async () => {
    const s = session();
    const officer = await actor(db.prisma, "officer");
    const bondy = await actor(db.prisma, "contributor", ["93010"]);
    const project = await f().project({ communeInseeCode: "93010" });
    const body = await governanceFactories(db.prisma).body({ programmeId: project.programmeId });
    const meeting = await governanceFactories(db.prisma).meeting({ bodyId: body.id });
    const experts = expertFactories(db.prisma);
    const mission = await experts.mission({ expertId: (await experts.expert()).id, projectId: project.id });
    const grant = await f().grant({ projectId: project.id });
    const edition = await f().edition(project.programmeId, 2026);
    const application = await db.prisma.application.create({
      select: { id: true },
      data: { editionId: edition.id, communeInseeCode: "93010", title: "Candidature de Bondy" },
    });

    const communeRecords = [
      { entity: "project" as const, entityId: project.id, projectId: project.id },
      { entity: "mission" as const, entityId: mission.id, projectId: project.id },
      { entity: "grant" as const, entityId: grant.id, projectId: project.id },
      { entity: "application" as const, entityId: application.id, projectId: null },
    ];
    for (const { projectId, ...record } of communeRecords) {
      const file = await s.upload(bondy, "piece.pdf", pdf(record.entity));
      const created = await s
        .as(bondy)
        .documents.create({ ...record, title: `Pièce ${record.entity}`, fileId: file.id });
      const stored = await db.prisma.document.findUniqueOrThrow({
        select: { projectId: true },
        where: { id: created.id },
      });
      expect(stored.projectId, record.entity).toBe(projectId);
      expect((await s.as(officer).documents.list(record)).documents, record.entity).toHaveLength(1);
    }

    for (const record of [
      { entity: "programme" as const, entityId: project.programmeId },
      { entity: "meeting" as const, entityId: meeting.id },
    ]) {
      const file = await s.upload(officer, "compte-rendu.pdf", pdf(record.entity));
      await s.as(officer).documents.create({ ...record, title: "Compte rendu", fileId: file.id });
      expect((await s.as(officer).documents.list(record)).documents, record.entity).toHaveLength(1);
      expect((await refusal(s.as(bondy).documents.list(record))).code, record.entity).toBe("FORBIDDEN");
    }

    const missing = await refusal(
      s.as(officer).documents.list({ entity: "grant", entityId: "00000000-0000-4000-8000-000000000000" }),
    );
    expect(missing.code).toBe("NOT_FOUND");
    expect(missing.message).toBe("Subvention introuvable.");
  });

  it("finds an unknown document or version as missing", async () => {
    const s = session();
    const officer = await actor(db.prisma, "officer");
    const unknown = "00000000-0000-4000-8000-000000000000";
    expect((await refusal(s.as(officer).documents.versions({ id: unknown }))).message).toBe("Document introuvable.");
    expect(await s.download(officer, unknown)).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await s.download(officer, "pas-un-identifiant")).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    const project = await f().project();
    const listed = await documentFactories(db.prisma).document({ entity: "project", entityId: project.id });
    // Its file's bytes were never written: the version is there, its file is not.
    expect(await s.download(officer, listed.versions[0]!.id)).toMatchObject({
      ok: false,
      error: { message: "Version du document introuvable." },
    });
  });
});
