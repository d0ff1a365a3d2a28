import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentsRepository } from "../repositories/documents.repository.js";
import { createTestDatabase, factories, type TestDatabase } from "../testing/index.js";
import { demoPdf, loadDemoDocuments } from "./demo-documents.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

/** A file store in memory: the real one lives in the API, which the database package may not import. */
function memoryStore() {
  const files = new Map<string, Uint8Array>();
  return {
    files,
    async put(bytes: Uint8Array) {
      const storageKey = `2026/01/${randomUUID()}`;
      files.set(storageKey, bytes);
      return { storageKey, sha256: "0".repeat(64) };
    },
    async remove(storageKey: string) {
      files.delete(storageKey);
    },
  };
}

describe("loadDemoDocuments", () => {
  it("attaches two documents, one in two versions, to Bondy's demo project, once however often it runs", async () => {
    const store = memoryStore();
    expect(await loadDemoDocuments(db.prisma, store)).toBe(0);

    const project = await factories(db.prisma).project({ communeInseeCode: "93010" });
    await db.prisma.project.update({ select: { id: true }, where: { id: project.id }, data: { isDemo: true } });
    const officer = await factories(db.prisma).user({ role: "officer" });
    await db.prisma.user.update({ select: { id: true }, where: { id: officer.id }, data: { isDemo: true } });

    expect(await loadDemoDocuments(db.prisma, store)).toBe(2);
    expect(await loadDemoDocuments(db.prisma, store)).toBe(0);

    const documents = await documentsRepository(db.prisma).listForRecord("project", project.id);
    expect(documents.map((d) => [d.title, d.versionCount, d.latest.fileName, d.latest.uploaderName])).toEqual([
      [
        "Convention de revitalisation du centre-ville",
        2,
        "convention-revitalisation-bondy-avenant-1.pdf",
        "Test officer",
      ],
      ["Relevé des cellules commerciales", 1, "releve-cellules-commerciales-2025.csv", "Test officer"],
    ]);
    expect(documents[0]!.version).toBe(1);
    expect(store.files.size).toBe(3);
    const keys = await db.prisma.storedFile.findMany({
      select: { storageKey: true, sizeBytes: true },
      where: { documents: { some: { document: { entityId: project.id } } } },
    });
    for (const { storageKey, sizeBytes } of keys) expect(store.files.get(storageKey)?.length).toBe(sizeBytes);
  });
});

describe("demoPdf", () => {
  it("writes a PDF whose cross-reference table points at its objects, accents escaped", () => {
    const bytes = demoPdf(["Convention (démo)"]);
    const text = bytes.toString("latin1");
    expect(text.startsWith("%PDF-1.4\n")).toBe(true);
    expect(text).toContain("(Convention \\(d\\351mo\\)) '");
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
    expect(text.slice(startxref, startxref + 4)).toBe("xref");
    const offsets = [...text.matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets).toHaveLength(5);
    offsets.forEach((offset, i) => expect(text.slice(offset, offset + 8)).toBe(`${i + 1} 0 obj\n`));
  });
});
