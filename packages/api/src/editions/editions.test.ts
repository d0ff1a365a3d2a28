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

async function officer() {
  return appCaller(db.prisma, await actor(db.prisma, "officer")).caller;
}

describe("editions.update", () => {
  it("opens a call, moves it to selection, and keeps who did it", async () => {
    const caller = await officer();
    const programme = await factories(db.prisma).programme();
    const created = await caller.editions.create({ programmeId: programme.id, name: "Appel 2027", year: 2027 });
    const opened = await caller.editions.update({
      id: created.id,
      version: created.version,
      status: "open",
      opensOn: "2027-01-15",
      closesOn: "2027-03-31",
    });
    expect(opened).toMatchObject({ status: "open", opensOn: "2027-01-15", closesOn: "2027-03-31", name: "Appel 2027" });
    const selecting = await caller.editions.update({ id: created.id, version: opened.version, status: "selection" });
    expect(selecting.status).toBe("selection");
    const history = await db.prisma.recordChange.findMany({
      select: { changes: true },
      where: { entity: "edition", entityId: created.id },
      orderBy: { createdAt: "asc" },
    });
    expect(history.map((h) => h.changes)).toEqual([
      { name: [null, "Appel 2027"], year: [null, 2027], status: [null, "planned"] },
      { status: ["planned", "open"], opensOn: [null, "2027-01-15"], closesOn: [null, "2027-03-31"] },
      { status: ["open", "selection"] },
    ]);
  });

  it("refuses a jump in the statuses, dates in the wrong order and a stale version, writing nothing", async () => {
    const caller = await officer();
    const programme = await factories(db.prisma).programme();
    const created = await caller.editions.create({ programmeId: programme.id, name: "Appel 2028", year: 2028 });
    await expect(caller.editions.update({ id: created.id, version: 0, status: "closed" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message:
        "Une édition « À venir » ne peut pas passer à « Clôturée » : statuts possibles : « Candidatures ouvertes ».",
    });
    await expect(
      caller.editions.update({ id: created.id, version: 0, opensOn: "2028-06-01", closesOn: "2028-01-01" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await caller.editions.update({ id: created.id, version: 0, name: "Appel 2028 (bis)" });
    await expect(
      caller.editions.update({ id: created.id, version: 0, name: "Version dépassée" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const stored = await db.prisma.edition.findUniqueOrThrow({
      select: { name: true, status: true },
      where: { id: created.id },
    });
    expect(stored).toEqual({ name: "Appel 2028 (bis)", status: "planned" });
  });

  it("is refused to contributors", async () => {
    const { caller } = appCaller(db.prisma, await actor(db.prisma, "contributor"));
    const edition = await factories(db.prisma).edition((await factories(db.prisma).programme()).id, 2029);
    await expect(caller.editions.update({ id: edition.id, version: 0, status: "open" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
