import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, eventFactories, factories, type TestDatabase } from "@cvv/db/testing";
import { createCallerFactory } from "../trpc.js";
import { testContext } from "../testing/test-context.js";
import { publicRouter } from "./public.router.js";
import { PUBLICATIONS_PAGE_SIZE } from "./public-publications.schema.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

const now = new Date("2026-06-15T10:00:00Z");
const callerAt = (at: Date) =>
  createCallerFactory(publicRouter)(testContext(db.prisma, null, null, { now: () => at }).ctx);

describe("public publications", () => {
  it("never lists drafts, reviews, future scheduled or archived publications; lists due scheduled ones", async () => {
    const f = eventFactories(db.prisma);
    const tag = `t${Date.now()}`;
    const published = await f.publication({ tags: [tag], publishAt: "2026-06-01T08:00:00Z" });
    const due = await f.publication({ tags: [tag], status: "scheduled", publishAt: "2026-06-15T09:00:00Z" });
    const hidden = {
      draft: await f.publication({ tags: [tag], status: "draft", publishAt: null, title: "Brouillon secret" }),
      review: await f.publication({ tags: [tag], status: "review", publishAt: null, title: "Relecture secrète" }),
      future: await f.publication({
        tags: [tag],
        status: "scheduled",
        publishAt: "2026-07-01T08:00:00Z",
        title: "Futur secret",
      }),
      archived: await f.publication({
        tags: [tag],
        status: "archived",
        publishAt: "2025-01-01T08:00:00Z",
        title: "Archive",
      }),
    };
    const api = callerAt(now);
    const page = await api.publications({ tag });
    expect(page.items.map((p) => p.slug)).toEqual([due.slug, published.slug]);
    expect(page.total).toBe(2);
    const text = JSON.stringify(await api.publications());
    for (const p of Object.values(hidden)) expect(text).not.toContain(p.slug);

    // By their address: drafts, reviews and future ones do not exist for the public.
    for (const p of [hidden.draft, hidden.review, hidden.future]) {
      await expect(api.publication({ slug: p.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    // The scheduled one goes public at its date, without anyone touching it.
    const later = callerAt(new Date("2026-07-01T08:00:00Z"));
    expect((await later.publication({ slug: hidden.future.slug })).title).toBe("Futur secret");
    expect((await later.publications({ tag })).items.map((p) => p.slug)).toContain(hidden.future.slug);
  });

  it("keeps an archived publication readable at its address, marked archived, but off the lists", async () => {
    const archived = await eventFactories(db.prisma).publication({
      status: "archived",
      publishAt: "2025-01-01T08:00:00Z",
    });
    const api = callerAt(now);
    const page = await api.publication({ slug: archived.slug });
    expect(page.archived).toBe(true);
    expect((await api.publications({ kind: "news" })).items.map((p) => p.slug)).not.toContain(archived.slug);
  });

  it("filters by kind and tag, and pages through the list", async () => {
    const f = eventFactories(db.prisma);
    const tag = `p${Date.now()}`;
    const created = [];
    for (let i = 0; i < PUBLICATIONS_PAGE_SIZE + 2; i++) {
      created.push(
        await f.publication({
          tags: [tag],
          kind: i === 0 ? "resource" : "news",
          publishAt: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
        }),
      );
    }
    const api = callerAt(now);
    const first = await api.publications({ tag });
    expect(first).toMatchObject({
      total: PUBLICATIONS_PAGE_SIZE + 2,
      page: 1,
      pageSize: PUBLICATIONS_PAGE_SIZE,
      pageCount: 2,
    });
    expect(first.items[0]?.slug).toBe(created.at(-1)?.slug);
    const second = await api.publications({ tag, page: 2 });
    expect(second.items.map((p) => p.slug)).toEqual([created[1]!.slug, created[0]!.slug]);
    expect((await api.publications({ tag, kind: "resource" })).items.map((p) => p.slug)).toEqual([created[0]!.slug]);
    expect((await api.publications({ tag, page: 3 })).items).toEqual([]);
    await expect(api.publications({ page: 0 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(api.publications({ kind: "blog" as "news" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("sends the body rendered and sanitised, its communes, public projects only, and no internal field", async () => {
    const pf = factories(db.prisma);
    const project = await pf.project({ communeInseeCode: "93010" });
    const draftProgramme = await pf.programme({ status: "draft" });
    const hidden = await pf.project({ programmeId: draftProgramme.id, title: "Projet confidentiel" });
    const publication = await eventFactories(db.prisma).publication({
      body: '# Titre\n\nTexte **gras**.\n\n<img src="x" onerror="alert(1)">\n\n![](https://exemple.fr/a.png)\n\n[data](data:text/html,hi)',
      communeInseeCodes: ["93010", "94080"],
      projectIds: [project.id, hidden.id],
      tags: ["ESS"],
    });
    const page = await callerAt(now).publication({ slug: publication.slug });
    expect(page.bodyHtml).toContain("<h2>Titre</h2>");
    expect(page.bodyHtml).toContain("<strong>gras</strong>");
    expect(page.bodyHtml).not.toMatch(/onerror|alert|<img|data:/);
    // Vincennes has no public project in this test database: named, but no link to a missing page.
    expect(page.communes).toEqual([
      { inseeCode: "93010", name: "Bondy", hasPage: true },
      { inseeCode: "94080", name: "Vincennes", hasPage: false },
    ]);
    expect(page.projects.map((p) => p.slug)).toEqual([project.slug]);
    expect(JSON.stringify(page)).not.toContain("Projet confidentiel");
    expect(Object.keys(page).sort()).toEqual(
      [
        "archived",
        "bodyHtml",
        "communes",
        "images",
        "kind",
        "projects",
        "publishedAt",
        "slug",
        "summary",
        "tags",
        "title",
        "updatedAt",
      ].sort(),
    );
  });
});
