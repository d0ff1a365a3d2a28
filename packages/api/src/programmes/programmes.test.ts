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

describe("programmes", () => {
  it("keeps draft programmes from communes until they are announced", async () => {
    const f = factories(db.prisma);
    const draft = await f.programme({ status: "draft" });
    const active = await f.programme({ status: "active" });
    const contributor = appCaller(db.prisma, await actor(db.prisma, "contributor")).caller;
    const officer = appCaller(db.prisma, await actor(db.prisma, "officer")).caller;

    const seenByCommune = (await contributor.programmes.list()).map((p) => p.id);
    expect(seenByCommune).toContain(active.id);
    expect(seenByCommune).not.toContain(draft.id);
    await expect(contributor.programmes.get({ id: draft.id })).rejects.toMatchObject({ code: "NOT_FOUND" });

    expect((await officer.programmes.list()).map((p) => p.id)).toContain(draft.id);
    await expect(officer.programmes.get({ id: draft.id })).resolves.toMatchObject({ id: draft.id, editions: [] });
  });
});

describe("instance", () => {
  it("says whether demo data is loaded, so every screen can warn about it", async () => {
    const anonymous = appCaller(db.prisma, null).caller;
    await db.prisma.programme.deleteMany({ where: { isDemo: true } });
    expect(await anonymous.instance()).toEqual({ demoData: false });
    await db.prisma.programme.create({
      data: { slug: "demo-instance", name: "Démo", isDemo: true },
      select: { id: true },
    });
    expect(await anonymous.instance()).toEqual({ demoData: true });
  });
});
