import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, factories, type TestDatabase } from "../testing/index.js";
import { planItemsRepository } from "./plan-items.repository.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

const bondy = { communeCodes: ["93010"] };
const bagnolet = { communeCodes: ["93006"] };

describe("planItemsRepository", () => {
  it("finds and lists nothing outside the caller's communes, even by id", async () => {
    const f = factories(db.prisma);
    const project = await f.project({ communeInseeCode: "93010" });
    const item = await f.planItem({ projectId: project.id });
    const repo = planItemsRepository(db.prisma);
    expect(await repo.find(bagnolet, item.id)).toBeNull();
    expect(await repo.listForProject(bagnolet, project.id)).toEqual([]);
    expect((await repo.find(bondy, item.id))?.communeInseeCode).toBe("93010");
    expect((await repo.listForProject("all", project.id)).map((i) => i.id)).toEqual([item.id]);
  });

  it("writes only the version loaded, in its project and scope, and tells a stale version from a missing item", async () => {
    const f = factories(db.prisma);
    const project = await f.project({ communeInseeCode: "93010" });
    const other = await f.project({ communeInseeCode: "93010" });
    const item = await f.planItem({ projectId: project.id, title: "Étude" });
    const repo = planItemsRepository(db.prisma);

    expect(await repo.update(bagnolet, { id: item.id, projectId: project.id, version: 0, title: "Piraté" })).toEqual({
      status: "not_found",
    });
    expect(await repo.update("all", { id: item.id, projectId: other.id, version: 0, title: "Déplacé" })).toEqual({
      status: "not_found",
    });
    const first = await repo.update(bondy, { id: item.id, projectId: project.id, version: 0, title: "Étude révisée" });
    expect(first.status === "ok" && first.value).toMatchObject({ title: "Étude révisée", version: 1 });
    expect(await repo.update("all", { id: item.id, projectId: project.id, version: 0, title: "Autre" })).toEqual({
      status: "conflict",
    });
    expect((await repo.find("all", item.id))?.title).toBe("Étude révisée");
  });

  it("replaces dependencies within the project only, and keeps an item others depend on", async () => {
    const f = factories(db.prisma);
    const project = await f.project({ communeInseeCode: "93010" });
    const a = await f.planItem({ projectId: project.id });
    const b = await f.planItem({ projectId: project.id });
    const elsewhere = await f.planItem({ projectId: (await f.project()).id });
    const repo = planItemsRepository(db.prisma);

    const written = await repo.update("all", {
      id: b.id,
      projectId: project.id,
      version: b.version,
      dependsOnIds: [a.id, elsewhere.id],
    });
    expect(written.status === "ok" && written.value.dependsOnIds).toEqual([a.id]);
    expect(await repo.remove("all", { id: a.id, projectId: project.id, version: a.version })).toEqual({
      status: "conflict",
    });
    expect(await repo.remove(bagnolet, { id: b.id, projectId: project.id, version: 1 })).toEqual({
      status: "not_found",
    });
    expect(await repo.remove("all", { id: b.id, projectId: project.id, version: 1 })).toEqual({
      status: "ok",
      value: null,
    });
    expect(await repo.remove("all", { id: a.id, projectId: project.id, version: a.version })).toEqual({
      status: "ok",
      value: null,
    });
  });
});
