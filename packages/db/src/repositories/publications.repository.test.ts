import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  isPubliclyVisible,
  isReadableAtItsAddress,
  publicationStatuses,
  type PublicationStatus,
} from "@cvv/domain/publications";
import { createTestDatabase, eventFactories, factories, type TestDatabase } from "../testing/index.js";
import { publicPublicationsRepository } from "./publications.repository.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

const now = new Date("2026-06-15T10:00:00Z");

describe("publicPublicationsRepository", () => {
  it("lists and reads exactly what the domain's rules call public, for every status and date", async () => {
    const f = eventFactories(db.prisma);
    const tag = `cas-${Date.now()}`;
    const cases: { status: PublicationStatus; publishAt: string | null; slug: string }[] = [];
    for (const status of publicationStatuses) {
      for (const publishAt of [
        "2026-06-01T08:00:00.000Z",
        "2026-06-15T10:00:00.000Z",
        "2026-07-01T08:00:00.000Z",
        null,
      ]) {
        // The database refuses a scheduled or published publication without a date.
        if (publishAt === null && (status === "scheduled" || status === "published")) continue;
        const created = await f.publication({ status, publishAt, tags: [tag] });
        cases.push({ status, publishAt, slug: created.slug });
      }
    }
    const repo = publicPublicationsRepository(db.prisma);
    const listed = new Set((await repo.list(now, { tag }, { skip: 0, take: 100 })).items.map((p) => p.slug));
    for (const c of cases) {
      const label = `${c.status} ${c.publishAt}`;
      expect(listed.has(c.slug), label).toBe(isPubliclyVisible(c, now));
      expect((await repo.findBySlug(c.slug, now)) !== null, label).toBe(isReadableAtItsAddress(c, now));
    }
    // The rules are not trivially true or false here.
    expect(listed.size).toBeGreaterThan(0);
    expect(listed.size).toBeLessThan(cases.length);
  });

  it("filters by kinds, tag and commune, latest first, one page at a time with the total", async () => {
    const f = eventFactories(db.prisma);
    const tag = `filtre-${Date.now()}`;
    const a = await f.publication({
      kind: "news",
      tags: [tag],
      publishAt: "2026-03-01T08:00:00Z",
      communeInseeCodes: ["93010"],
    });
    const b = await f.publication({ kind: "initiative", tags: [tag, "ESS"], publishAt: "2026-04-01T08:00:00Z" });
    const c = await f.publication({ kind: "resource", tags: [tag], publishAt: "2026-05-01T08:00:00Z" });
    const repo = publicPublicationsRepository(db.prisma);

    const all = await repo.list(now, { tag }, { skip: 0, take: 2 });
    expect(all.total).toBe(3);
    expect(all.items.map((p) => p.slug)).toEqual([c.slug, b.slug]);
    expect((await repo.list(now, { tag }, { skip: 2, take: 2 })).items.map((p) => p.slug)).toEqual([a.slug]);

    const feed = await repo.list(now, { tag, kinds: ["news", "initiative"] });
    expect(feed.items.map((p) => p.slug)).toEqual([b.slug, a.slug]);
    expect((await repo.list(now, { tag, communeInseeCode: "93010" })).items.map((p) => p.slug)).toEqual([a.slug]);
    const ess = (await repo.list(now, { tag: "ESS" })).items.map((p) => p.slug);
    expect(ess).toContain(b.slug);
    expect(ess).not.toContain(a.slug);
  });

  it("reads a publication with its communes and the public projects only", async () => {
    const f = factories(db.prisma);
    const visible = await f.project({ communeInseeCode: "93010", title: "Projet public" });
    const draftProgramme = await f.programme({ status: "draft" });
    const hidden = await f.project({ programmeId: draftProgramme.id, title: "Projet d'un programme en préparation" });
    const publication = await eventFactories(db.prisma).publication({
      communeInseeCodes: ["93010", "93006"],
      projectIds: [visible.id, hidden.id],
    });
    const read = await publicPublicationsRepository(db.prisma).findBySlug(publication.slug, now);
    expect(read?.communes).toEqual([
      { inseeCode: "93006", name: "Bagnolet" },
      { inseeCode: "93010", name: "Bondy" },
    ]);
    expect(read?.projects).toEqual([{ slug: visible.slug, title: "Projet public", communeName: "Bondy" }]);
    expect(read?.archived).toBe(false);
  });
});
