import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, factories, type TestDatabase } from "@cvv/db/testing";
import { publicCaller } from "../testing/test-context.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

describe("public router", () => {
  it("shows approved updates only, never drafts, submitted or returned ones", async () => {
    const f = factories(db.prisma);
    const project = await f.project({ communeInseeCode: "93006" });
    await f.update({ projectId: project.id, status: "approved", title: "Publié" });
    await f.update({ projectId: project.id, status: "draft", title: "Brouillon secret" });
    await f.update({ projectId: project.id, status: "submitted", title: "En relecture" });
    await f.update({ projectId: project.id, status: "returned", title: "Renvoyé" });

    const page = await publicCaller(db.prisma).project({ slug: project.slug });
    expect(page.updates.map((u) => u.title)).toEqual(["Publié"]);
    const everything = JSON.stringify(page);
    for (const hidden of ["Brouillon secret", "En relecture", "Renvoyé", "À compléter"])
      expect(everything).not.toContain(hidden);
  });

  it("sends only the declared fields: no ids of people, versions, or review comments", async () => {
    const f = factories(db.prisma);
    const author = await f.user({ role: "contributor" });
    const project = await f.project();
    await f.update({ projectId: project.id, status: "approved", authorId: author.id });
    const page = await publicCaller(db.prisma).project({ slug: project.slug });
    expect(Object.keys(page).sort()).toEqual(
      [
        "communeInseeCode",
        "communeName",
        "departement",
        "description",
        "editionName",
        "editionYear",
        "endsOn",
        "programmeName",
        "programmeSlug",
        "slug",
        "startsOn",
        "status",
        "summary",
        "territoryName",
        "title",
        "updates",
      ].sort(),
    );
    expect(Object.keys(page.updates[0]!).sort()).toEqual(["body", "id", "publishedAt", "title"]);
    expect(JSON.stringify(page)).not.toContain(author.email);
  });

  it("hides draft programmes and their projects", async () => {
    const f = factories(db.prisma);
    const draft = await f.programme({ status: "draft" });
    const project = await f.project({ programmeId: draft.id });
    const api = publicCaller(db.prisma);
    await expect(api.project({ slug: project.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(api.programme({ slug: draft.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await api.projects()).map((p) => p.slug)).not.toContain(project.slug);
    expect((await api.programmes()).map((p) => p.slug)).not.toContain(draft.slug);
  });

  it("lists a commune's projects by INSEE code and refuses a malformed one in French", async () => {
    const f = factories(db.prisma);
    const project = await f.project({ communeInseeCode: "92024" });
    const api = publicCaller(db.prisma);
    const list = await api.projects({ communeInseeCode: "92024" });
    expect(list.map((p) => p.slug)).toContain(project.slug);
    expect(list.every((p) => p.communeName === "Clichy")).toBe(true);
    await expect(api.projects({ communeInseeCode: "92110x" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("counts on the site only public programmes, their projects and the communes they are in", async () => {
    const f = factories(db.prisma);
    const api = publicCaller(db.prisma);
    // Two communes no other test of this file uses: each counts once it has a public project.
    expect(await api.projects({ communeInseeCode: "94080" })).toEqual([]);
    expect(await api.projects({ communeInseeCode: "94081" })).toEqual([]);
    const before = await api.site();
    const draft = await f.programme({ status: "draft" });
    await f.project({ programmeId: draft.id, communeInseeCode: "94080" });
    const active = await f.programme({ status: "active" });
    await f.project({ programmeId: active.id, communeInseeCode: "94081" });
    await f.project({ programmeId: active.id, communeInseeCode: "94081" });
    expect(await api.site()).toEqual({
      demoData: before.demoData,
      programmeCount: before.programmeCount + 1,
      projectCount: before.projectCount + 2,
      communeCount: before.communeCount + 1,
    });
  });
});
