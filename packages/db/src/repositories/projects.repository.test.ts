import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, factories, type TestDatabase } from "../testing/index.js";
import { projectsRepository } from "./projects.repository.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

describe("projectsRepository", () => {
  it("finds nothing outside the caller's communes, even by id", async () => {
    const f = factories(db.prisma);
    const bagnolet = await f.project({ communeInseeCode: "93006" });
    const repo = projectsRepository(db.prisma);
    expect(await repo.find({ communeCodes: ["93010"] }, bagnolet.id)).toBeNull();
    expect((await repo.find({ communeCodes: ["93006"] }, bagnolet.id))?.id).toBe(bagnolet.id);
    expect((await repo.find("all", bagnolet.id))?.id).toBe(bagnolet.id);
  });

  it("refuses a write outside the scope and a stale version", async () => {
    const f = factories(db.prisma);
    const project = await f.project({ communeInseeCode: "93006" });
    const repo = projectsRepository(db.prisma);
    expect(await repo.update({ communeCodes: ["93010"] }, { id: project.id, version: 0, title: "Piraté" })).toEqual({
      status: "not_found",
    });
    const first = await repo.update("all", { id: project.id, version: 0, title: "Nouveau titre" });
    expect(first.status).toBe("ok");
    expect(await repo.update("all", { id: project.id, version: 0, title: "Autre titre" })).toEqual({
      status: "conflict",
    });
    expect((await repo.find("all", project.id))?.title).toBe("Nouveau titre");
  });

  it("keeps a project's themes and perimeter, and changes only what an update sends", async () => {
    const f = factories(db.prisma);
    const programme = await f.programme();
    const repo = projectsRepository(db.prisma);
    const created = await repo.create({
      programmeId: programme.id,
      communeInseeCode: "93010",
      title: "Cœur de ville",
      slug: `coeur-de-ville-${programme.id.slice(0, 8)}`,
      themes: ["commerce", "espace_public"],
      perimeter: "Place du marché",
    });
    expect(created).toMatchObject({ themes: ["commerce", "espace_public"], perimeter: "Place du marché" });
    const updated = await repo.update("all", { id: created.id, version: created.version, themes: ["habitat"] });
    expect(updated.status === "ok" && updated.value).toMatchObject({
      themes: ["habitat"],
      perimeter: "Place du marché",
    });
    const bare = await f.project();
    expect(await repo.find("all", bare.id)).toMatchObject({ themes: [], perimeter: "" });
  });

  it("loads the 130 communes of the Métropole with their EPT", async () => {
    expect(await db.prisma.commune.count()).toBe(130);
    expect(await db.prisma.territory.count()).toBe(11);
    const clichy = await db.prisma.commune.findUnique({
      where: { inseeCode: "92024" },
      select: { name: true, territory: { select: { name: true } } },
    });
    expect(clichy).toEqual({ name: "Clichy", territory: { name: "Boucle Nord de Seine" } });
    const paris = await db.prisma.commune.findUnique({
      where: { inseeCode: "75056" },
      select: { territorySiren: true },
    });
    expect(paris?.territorySiren).toBeNull();
  });
});
