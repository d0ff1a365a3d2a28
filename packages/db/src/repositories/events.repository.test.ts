import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, eventFactories, factories, type TestDatabase } from "../testing/index.js";
import { publicEventsRepository } from "./events.repository.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

describe("publicEventsRepository", () => {
  it("never reads a draft, and reads a cancelled event as cancelled", async () => {
    const f = eventFactories(db.prisma);
    const draft = await f.event({ status: "draft", startsAt: "2031-01-10T09:00:00Z" });
    const cancelled = await f.event({ status: "cancelled", startsAt: "2031-01-11T09:00:00Z" });
    const repo = publicEventsRepository(db.prisma);
    expect(await repo.findBySlug(draft.slug)).toBeNull();
    expect((await repo.findBySlug(cancelled.slug))?.status).toBe("cancelled");
    const january = await repo.list({ from: new Date("2031-01-01T00:00:00Z"), to: new Date("2031-02-01T00:00:00Z") });
    expect(january.map((e) => e.slug)).toEqual([cancelled.slug]);
    expect((await repo.listPast(new Date("2032-01-01T00:00:00Z"))).map((e) => e.slug)).not.toContain(draft.slug);
  });

  it("takes in a period the events overlapping it, and splits upcoming from past at a given instant", async () => {
    const f = eventFactories(db.prisma);
    const fair = await f.event({ kind: "fair", startsAt: "2032-03-30T08:00:00Z", endsAt: "2032-04-02T16:00:00Z" });
    const april = await f.event({ startsAt: "2032-04-15T12:00:00Z" });
    const may = await f.event({ startsAt: "2032-05-03T12:00:00Z" });
    const repo = publicEventsRepository(db.prisma);
    const inApril = await repo.list({ from: new Date("2032-04-01T00:00:00Z"), to: new Date("2032-05-01T00:00:00Z") });
    expect(inApril.map((e) => e.slug)).toEqual([fair.slug, april.slug]);

    const at = new Date("2032-04-20T00:00:00Z");
    const upcoming = (await repo.list({ from: at })).map((e) => e.slug);
    expect(upcoming).toContain(may.slug);
    expect(upcoming).not.toContain(april.slug);
    const past = (await repo.listPast(at)).map((e) => e.slug);
    expect(past.indexOf(april.slug)).toBeLessThan(past.indexOf(fair.slug));
    expect(past).not.toContain(may.slug);
  });

  it("reads an event with its commune and its public projects only", async () => {
    const f = factories(db.prisma);
    const visible = await f.project({ communeInseeCode: "93010", title: "Cœur de ville" });
    const draftProgramme = await f.programme({ status: "draft" });
    const hidden = await f.project({ programmeId: draftProgramme.id, title: "Projet en préparation" });
    const event = await eventFactories(db.prisma).event({
      communeInseeCode: "93010",
      projectIds: [visible.id, hidden.id],
    });
    const read = await publicEventsRepository(db.prisma).findBySlug(event.slug);
    expect(read).toMatchObject({ communeInseeCode: "93010", communeName: "Bondy", status: "published" });
    expect(read?.projects).toEqual([{ slug: visible.slug, title: "Cœur de ville", communeName: "Bondy" }]);
  });
});
