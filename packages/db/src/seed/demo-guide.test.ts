import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGuideChapterInput } from "@cvv/domain/guide";
import { guideRepository } from "../repositories/guide.repository.js";
import { createTestDatabase, type TestDatabase } from "../testing/index.js";
import { loadDemoGuide } from "./demo-guide.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

describe("loadDemoGuide", () => {
  it("loads six published chapters once, valid as officers would write them, and one pending proposal", async () => {
    const now = new Date("2026-11-29T23:00:00Z");
    expect(await loadDemoGuide(db.prisma, { now })).toBe(6);
    expect(await loadDemoGuide(db.prisma, { now })).toBe(0);

    const chapters = await guideRepository(db.prisma).publishedChapters();
    expect(chapters.map((c) => c.slug)).toEqual([
      "pourquoi-un-commerce-responsable",
      "circuits-courts-et-production-locale",
      "reparation-et-seconde-main",
      "sobriete-energetique-des-boutiques",
      "accessibilite-des-commerces",
      "cooperer-avec-les-artisans",
    ]);
    for (const c of chapters) {
      expect(
        createGuideChapterInput.safeParse({ title: c.title, slug: c.slug, summary: c.summary, body: c.body }).success,
      ).toBe(true);
    }
    const proposals = await guideRepository(db.prisma).proposals({ status: "pending" });
    expect(proposals).toHaveLength(1);
    expect(proposals[0]).toMatchObject({
      chapterTitle: "Réparation et seconde main",
      authorName: "Nadia Ferreira (démo, partenaire)",
    });
  });
});
