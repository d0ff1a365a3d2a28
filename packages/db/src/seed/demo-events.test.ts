import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkEvent, createEventInput, eventKinds } from "@cvv/domain/events";
import { publicEventsRepository } from "../repositories/events.repository.js";
import { createTestDatabase, factories, type TestDatabase } from "../testing/index.js";
import { loadDemoEvents } from "./demo-events.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

describe("loadDemoEvents", () => {
  it("loads a year of events around the seed date once, valid by the rules, with one draft the public never sees", async () => {
    const f = factories(db.prisma);
    const programme = await f.programme();
    const projects = await Promise.all(
      ["93010", "93029", "93006", "92036"].map((communeInseeCode) =>
        f.project({ programmeId: programme.id, communeInseeCode }),
      ),
    );
    const now = new Date("2026-11-29T23:00:00Z");
    const count = await loadDemoEvents(db.prisma, { programmeId: programme.id, projects, now });
    expect(count).toBeGreaterThanOrEqual(12);
    expect(await loadDemoEvents(db.prisma, { programmeId: programme.id, projects, now })).toBe(0);

    const rows = await db.prisma.event.findMany({
      select: {
        slug: true,
        kind: true,
        title: true,
        status: true,
        startsAt: true,
        endsAt: true,
        capacity: true,
        isDemo: true,
        communeInseeCode: true,
        _count: { select: { projects: true } },
      },
    });
    expect(rows).toHaveLength(count);
    expect(rows.every((r) => r.isDemo)).toBe(true);
    for (const row of rows) {
      const event = { ...row, startsAt: row.startsAt.toISOString(), endsAt: row.endsAt.toISOString() };
      expect(checkEvent(event).ok, row.title).toBe(true);
      expect(createEventInput.safeParse({ ...event, communeInseeCode: row.communeInseeCode }).success, row.title).toBe(
        true,
      );
    }
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(eventKinds));
    const yearAround = (d: Date) => Math.abs(d.getTime() - now.getTime()) < 190 * 86_400_000;
    expect(
      rows.every((r) => yearAround(r.startsAt)),
      "within six months of the seed date",
    ).toBe(true);
    expect(rows.filter((r) => r.startsAt < now).length).toBeGreaterThanOrEqual(4);
    expect(rows.filter((r) => r.startsAt > now).length).toBeGreaterThanOrEqual(4);
    expect(rows.filter((r) => r.status === "draft")).toHaveLength(1);
    expect(rows.some((r) => r.status === "cancelled")).toBe(true);
    expect(rows.some((r) => r._count.projects > 0)).toBe(true);
    // The yearly fixtures are there, with the year of their edition.
    for (const name of [
      "Assises métropolitaines du centre-ville",
      "SIEC",
      "Franchise Expo",
      "Carrousel des métiers d'art",
    ]) {
      expect(
        rows.some((r) => r.title.startsWith(name)),
        name,
      ).toBe(true);
    }
    expect(rows.find((r) => r.title.startsWith("Carrousel"))?.title).toBe(
      "Carrousel des métiers d'art et de création 2026",
    );

    const draft = rows.find((r) => r.status === "draft")!;
    const repo = publicEventsRepository(db.prisma);
    expect(await repo.findBySlug(draft.slug)).toBeNull();
    expect((await repo.list()).map((e) => e.slug)).not.toContain(draft.slug);
  });
});
