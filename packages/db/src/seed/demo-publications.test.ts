import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPublicationInput, isPubliclyVisible, publicationKinds } from "@cvv/domain/publications";
import { publicPublicationsRepository } from "../repositories/publications.repository.js";
import { createTestDatabase, factories, type TestDatabase } from "../testing/index.js";
import { loadDemoPublications } from "./demo-publications.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

describe("loadDemoPublications", () => {
  it("loads publications of every kind once, with a draft and a future one that stay off the lists", async () => {
    const f = factories(db.prisma);
    const projects = await Promise.all(
      ["93010", "92036", "93006"].map((communeInseeCode) => f.project({ communeInseeCode })),
    );
    const now = new Date("2026-11-29T23:00:00Z");
    const count = await loadDemoPublications(db.prisma, { projects, now });
    expect(await loadDemoPublications(db.prisma, { projects, now })).toBe(0);

    const rows = await db.prisma.publication.findMany({
      select: {
        slug: true,
        kind: true,
        title: true,
        summary: true,
        body: true,
        tags: true,
        status: true,
        publishAt: true,
        isDemo: true,
      },
    });
    expect(rows).toHaveLength(count);
    expect(rows.every((r) => r.isDemo)).toBe(true);
    for (const row of rows) {
      const input = { ...row, publishAt: row.publishAt?.toISOString() ?? null };
      expect(createPublicationInput.safeParse(input).success, row.title).toBe(true);
    }
    const visible = rows.filter((r) => isPubliclyVisible(r, now));
    for (const kind of publicationKinds) {
      expect(visible.filter((r) => r.kind === kind).length, kind).toBeGreaterThanOrEqual(2);
    }
    expect(visible.every((r) => r.publishAt! <= now)).toBe(true);
    expect(new Set(visible.flatMap((r) => r.tags)).size).toBeGreaterThanOrEqual(6);

    const hidden = rows.filter((r) => !isPubliclyVisible(r, now));
    expect(hidden.map((r) => r.status).sort()).toEqual(["archived", "draft", "review", "scheduled"]);
    expect(hidden.find((r) => r.status === "scheduled")!.publishAt! > now).toBe(true);
    const listed = await publicPublicationsRepository(db.prisma).list(now, {}, { skip: 0, take: 100 });
    expect(listed.total).toBe(visible.length);
    for (const r of hidden) expect(listed.items.map((p) => p.slug)).not.toContain(r.slug);
  });
});
