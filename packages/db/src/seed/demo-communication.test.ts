import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCommunicationActionInput, isCommunicationOverdue } from "@cvv/domain/communication";
import { createWatchSourceInput } from "@cvv/domain/watch";
import { communicationActionsRepository } from "../repositories/communication-actions.repository.js";
import { watchRepository } from "../repositories/watch.repository.js";
import { createTestDatabase, eventFactories, type TestDatabase } from "../testing/index.js";
import { loadDemoCommunication } from "./demo-communication.js";
import { loadDemoWatch } from "./demo-watch.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

const now = new Date("2026-12-10T10:00:00.000Z");

describe("loadDemoCommunication", () => {
  it("plans the demo actions once, linking the demo events it finds and skipping those absent", async () => {
    const assises = await eventFactories(db.prisma).event({ title: "Assises métropolitaines du centre-ville 2026" });
    await db.prisma.event.update({ where: { id: assises.id }, data: { isDemo: true }, select: { id: true } });
    expect(await loadDemoCommunication(db.prisma, { officerId: null, now })).toBe(7);
    expect(await loadDemoCommunication(db.prisma, { officerId: null, now })).toBe(0);

    const actions = await communicationActionsRepository(db.prisma).list();
    expect(actions).toHaveLength(7);
    expect(actions.filter((a) => a.eventId === assises.id)).toHaveLength(2);
    // No demo atelier nor publication in this database: those actions come without their link.
    expect(actions.find((a) => a.title.includes("vitrines vacantes"))!.eventId).toBeNull();
    expect(actions.find((a) => a.channel === "press")!.publicationId).toBeNull();
    expect(actions.filter((a) => isCommunicationOverdue(a, "2026-12-10")).map((a) => a.title)).toEqual([
      "Programme des Assises en page d'accueil du site",
    ]);
    for (const { title, channel, audience, message, plannedOn, status } of actions) {
      const input = { title, channel, audience, message, plannedOn, status };
      expect(createCommunicationActionInput.safeParse(input).success, title).toBe(true);
    }
  });
});

describe("loadDemoWatch", () => {
  it("adds demo sources at example.org addresses, never fetched, with items already there", async () => {
    expect(await loadDemoWatch(db.prisma, { now })).toBe(3);
    expect(await loadDemoWatch(db.prisma, { now })).toBe(0);
    const repo = watchRepository(db.prisma);
    const sources = await repo.listSources();
    expect(sources).toHaveLength(3);
    for (const source of sources) {
      expect(source.isDemo).toBe(true);
      expect(new URL(source.url).hostname).toMatch(/\.example\.org$/);
      const input = { name: source.name, url: source.url, tags: source.tags };
      expect(createWatchSourceInput.safeParse(input).success, source.name).toBe(true);
    }
    expect(await repo.sourcesToFetch()).toEqual([]);
    const items = await repo.listItems();
    expect(items).toHaveLength(7);
    expect(items.filter((i) => i.status === "kept")).toHaveLength(2);
    // The source's tag, then the themes the text names ("financement" is the source's tag already).
    expect(items.find((i) => i.title.startsWith("Appel à projets régional"))!.tags).toEqual([
      "Financement",
      "artisanat",
    ]);
  });
});
