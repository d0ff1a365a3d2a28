import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, factories, type TestDatabase } from "@cvv/db/testing";
import { actor, appCaller } from "../testing/test-context.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

describe("a project's history", () => {
  it("keeps who changed which field from what to what, creation and status included", async () => {
    const officer = await actor(db.prisma, "officer");
    const { caller } = appCaller(db.prisma, officer);
    const programme = await factories(db.prisma).programme();
    const edition = await factories(db.prisma).edition(programme.id, 2025);
    const created = await caller.projects.create({
      programmeId: programme.id,
      communeInseeCode: "93010",
      title: "Halle gourmande",
      themes: ["commerce"],
    });
    const updated = await caller.projects.update({
      id: created.id,
      version: created.version,
      summary: "Une halle pour les producteurs locaux.",
      editionId: edition.id,
      themes: ["commerce", "production_locale"],
    });
    // Saving the same values again changes nothing, and leaves no entry.
    const same = await caller.projects.update({ id: created.id, version: updated.version, summary: updated.summary });
    await caller.projects.changeStatus({ id: created.id, version: same.version, status: "mature" });

    const history = await caller.projects.history({ id: created.id });
    expect(history.map((h) => h.action)).toEqual(["status", "updated", "created"]);
    expect(history.every((h) => h.actorName === officer.displayName)).toBe(true);
    expect(history[0]!.changes).toEqual({ status: ["planned", "mature"] });
    expect(history[1]!.changes).toEqual({
      summary: ["", "Une halle pour les producteurs locaux."],
      edition: [null, edition.name],
      themes: [["commerce"], ["commerce", "production_locale"]],
    });
    expect(history[2]!.changes).toMatchObject({ title: [null, "Halle gourmande"], status: [null, "planned"] });
  });

  it("records nothing when the save is refused, and is hidden from another commune", async () => {
    const officer = await actor(db.prisma, "officer");
    const { caller } = appCaller(db.prisma, officer);
    const project = await factories(db.prisma).project({ communeInseeCode: "93010" });
    await expect(
      caller.projects.update({ id: project.id, version: project.version + 5, summary: "Version dépassée" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await caller.projects.history({ id: project.id })).toEqual([]);

    const other = appCaller(db.prisma, await actor(db.prisma, "contributor", ["93006"])).caller;
    await expect(other.projects.history({ id: project.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const own = appCaller(db.prisma, await actor(db.prisma, "contributor", ["93010"])).caller;
    await expect(own.projects.history({ id: project.id })).resolves.toEqual([]);
  });
});
