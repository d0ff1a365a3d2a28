import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, eventFactories, factories, type TestDatabase } from "@cvv/db/testing";
import { createCallerFactory } from "../trpc.js";
import { testContext } from "../testing/test-context.js";
import { publicRouter } from "./public.router.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

const callerAt = (now: Date) =>
  createCallerFactory(publicRouter)(testContext(db.prisma, null, null, { now: () => now }).ctx);

describe("public events", () => {
  it("never sends a draft event, in any list or by its address", async () => {
    const f = eventFactories(db.prisma);
    const draft = await f.event({
      status: "draft",
      title: "Atelier en préparation secret",
      startsAt: "2040-03-10T09:00:00Z",
    });
    const published = await f.event({ startsAt: "2040-03-11T09:00:00Z" });
    const api = callerAt(new Date("2040-03-01T00:00:00Z"));
    await expect(api.event({ slug: draft.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const lists = [
      await api.events(),
      await api.events({ when: "upcoming" }),
      await api.events({ month: "2040-03" }),
      await api.events({ from: "2040-03-01", to: "2040-03-31" }),
      await callerAt(new Date("2041-01-01T00:00:00Z")).events({ when: "past", limit: 200 }),
    ];
    for (const list of lists) {
      expect(list.map((e) => e.slug)).toContain(published.slug);
      expect(JSON.stringify(list)).not.toContain(draft.slug);
      expect(JSON.stringify(list)).not.toContain("secret");
    }
  });

  it("shows a cancelled event as cancelled", async () => {
    const cancelled = await eventFactories(db.prisma).event({ status: "cancelled", startsAt: "2040-04-02T09:00:00Z" });
    const api = callerAt(new Date("2040-03-01T00:00:00Z"));
    expect((await api.event({ slug: cancelled.slug })).status).toBe("cancelled");
    expect((await api.events({ month: "2040-04" })).find((e) => e.slug === cancelled.slug)?.status).toBe("cancelled");
  });

  it("takes a Paris month: an event at 00:30 on 1 May in Paris is in May, not April", async () => {
    const f = eventFactories(db.prisma);
    const night = await f.event({ startsAt: "2040-04-30T22:30:00Z", endsAt: "2040-04-30T23:30:00Z" });
    const api = callerAt(new Date("2040-03-01T00:00:00Z"));
    expect((await api.events({ month: "2040-05" })).map((e) => e.slug)).toContain(night.slug);
    expect((await api.events({ month: "2040-04" })).map((e) => e.slug)).not.toContain(night.slug);
    expect((await api.events({ from: "2040-05-01", to: "2040-05-01" })).map((e) => e.slug)).toContain(night.slug);
  });

  it("splits upcoming from past at the caller's now, and bounds the list", async () => {
    const f = eventFactories(db.prisma);
    const before = await f.event({ startsAt: "2045-06-01T09:00:00Z" });
    const after = await f.event({ startsAt: "2045-06-20T09:00:00Z" });
    const api = callerAt(new Date("2045-06-10T00:00:00Z"));
    const upcoming = (await api.events({ when: "upcoming" })).map((e) => e.slug);
    expect(upcoming).toContain(after.slug);
    expect(upcoming).not.toContain(before.slug);
    const past = await api.events({ when: "past", limit: 1 });
    expect(past.map((e) => e.slug)).toEqual([before.slug]);
  });

  it("sends the description rendered and sanitised, the public projects only, and no internal field", async () => {
    const pf = factories(db.prisma);
    const project = await pf.project({ communeInseeCode: "93010" });
    const draftProgramme = await pf.programme({ status: "draft" });
    const hidden = await pf.project({ programmeId: draftProgramme.id, title: "Projet confidentiel" });
    const event = await eventFactories(db.prisma).event({
      description: "# Programme\n\n<script>alert(1)</script>\n\n[lien](javascript:alert(2))",
      projectIds: [project.id, hidden.id],
      programmeId: draftProgramme.id,
    });
    const page = await callerAt(new Date("2026-01-01T00:00:00Z")).event({ slug: event.slug });
    expect(page.descriptionHtml).toContain("<h2>Programme</h2>");
    expect(page.descriptionHtml).not.toMatch(/script|javascript|alert/);
    expect(page.projects.map((p) => p.slug)).toEqual([project.slug]);
    expect(page.communeHasPage).toBe(true);
    expect(JSON.stringify(page)).not.toContain("Projet confidentiel");
    expect(Object.keys(page).sort()).toEqual(
      [
        "address",
        "capacity",
        "communeHasPage",
        "communeInseeCode",
        "communeName",
        "descriptionHtml",
        "endsAt",
        "kind",
        "place",
        "placesLeft",
        "projects",
        "registrationOpen",
        "slug",
        "startsAt",
        "status",
        "summary",
        "title",
        "updatedAt",
      ].sort(),
    );
  });

  it("refuses a malformed month or a span ending before it starts, in French", async () => {
    const api = callerAt(new Date());
    await expect(api.events({ month: "2040-13" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("AAAA-MM"),
    });
    await expect(api.events({ from: "2040-05-02", to: "2040-05-01" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("précède"),
    });
  });
});
