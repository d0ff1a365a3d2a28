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

const f = () => factories(db.prisma);
const search = (q: string) => publicCaller(db.prisma).search({ q });

/** A word no other test uses, so each test finds only its own records. */
const word = () =>
  `mot${Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("")}`;

describe("the portal's search", () => {
  it("finds the projects of public programmes with their commune, the matched words marked", async () => {
    const w = word();
    const programme = await f().programme({ status: "active" });
    const project = await f().project({
      programmeId: programme.id,
      communeInseeCode: "93010",
      title: `Rénovation des vitrines ${w}`,
    });
    await db.prisma.project.update({
      where: { id: project.id },
      data: { description: `Aide aux métiers d'art ${w}.` },
    });
    const result = await search(`renovation ${w}`);
    expect(result).toMatchObject({ query: `renovation ${w}`, total: 1, counts: { project: 1 } });
    expect(result.hits[0]).toMatchObject({ kind: "project", key: project.slug, context: "Bondy" });
    expect(result.hits[0]!.title.filter((p) => p.match).map((p) => p.text)).toContain("Rénovation");

    const byDescription = await search(`metiers ${w}`);
    expect(byDescription.hits[0]!.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(
      expect.arrayContaining(["métiers"]),
    );
  });

  it("never finds a draft programme's project, an expert, a meeting, a document or a person", async () => {
    const w = word();
    const draft = await f().programme({ status: "draft", name: `Programme brouillon ${w}` });
    await f().project({ programmeId: draft.id, title: `Projet caché ${w}` });
    const active = await f().programme({ status: "active" });
    const visible = await f().project({ programmeId: active.id });
    await db.prisma.expert.create({ data: { name: `Atelier ${w}`, kind: "expert", skills: [w], contactName: w } });
    const body = await db.prisma.governanceBody.create({
      select: { id: true },
      data: { programmeId: active.id, kind: "steering_committee", name: "Comité de pilotage" },
    });
    await db.prisma.meeting.create({ data: { bodyId: body.id, title: `Comité ${w}`, startsAt: new Date() } });
    await db.prisma.document.create({
      data: { entity: "project", entityId: visible.id, projectId: visible.id, title: `Étude ${w}` },
    });
    await f().user({ email: `${w}@test.example` });
    await db.prisma.planItem.create({
      data: { projectId: visible.id, kind: "action", title: "Action", owner: w, dueOn: new Date("2026-06-30") },
    });

    const result = await search(w);
    expect(result.total).toBe(0);
    expect(result.hits).toEqual([]);
  });

  it("ignores accents, and finds only communes that take part in a public programme", async () => {
    const programme = await f().programme({ status: "active" });
    await f().project({ programmeId: programme.id, communeInseeCode: "94028" });
    const draft = await f().programme({ status: "draft" });
    await f().project({ programmeId: draft.id, communeInseeCode: "94033" });

    const creteil = await search("creteil");
    expect(creteil.hits.filter((h) => h.kind === "commune")).toEqual([
      expect.objectContaining({ key: "94028", title: [{ text: "Créteil", match: true }] }),
    ]);
    // Fontenay-sous-Bois only has a draft programme's project; Fontenay-aux-Roses none at all.
    expect((await search("fontenay")).hits.filter((h) => h.kind === "commune")).toEqual([]);
  });

  it("finds published publications and public events, not drafts nor publications whose time has not come", async () => {
    const w = word();
    const now = Date.now();
    const publication = (slug: string, status: "draft" | "published" | "scheduled", publishAt: Date | null) =>
      db.prisma.publication.create({
        data: {
          slug,
          kind: "news",
          title: `Actualité ${slug} ${w}`,
          summary: "Les halles rouvrent.",
          status,
          publishAt,
        },
      });
    await publication(`publiee-${w}`, "published", new Date(now - 86_400_000));
    await publication(`brouillon-${w}`, "draft", null);
    await publication(`programmee-${w}`, "scheduled", new Date(now + 86_400_000));
    await publication(`arrivee-${w}`, "scheduled", new Date(now - 3_600_000));
    const event = (slug: string, status: "draft" | "published" | "cancelled") =>
      db.prisma.event.create({
        data: {
          slug,
          kind: "workshop",
          title: `Atelier ${slug} ${w}`,
          place: "Salle des fêtes",
          startsAt: new Date("2026-12-01T18:00:00Z"),
          endsAt: new Date("2026-12-01T20:00:00Z"),
          status,
        },
      });
    await event(`atelier-${w}`, "published");
    await event(`atelier-brouillon-${w}`, "draft");
    await event(`atelier-annule-${w}`, "cancelled");

    const result = await search(w);
    expect(result.hits.map((h) => `${h.kind}:${h.key}`).sort()).toEqual(
      [
        `event:atelier-${w}`,
        `event:atelier-annule-${w}`,
        `publication:publiee-${w}`,
        `publication:arrivee-${w}`,
      ].sort(),
    );
    expect(result.hits.find((h) => h.key === `atelier-${w}`)).toMatchObject({
      context: "Salle des fêtes",
      date: "2026-12-01T18:00:00.000Z",
      cancelled: false,
    });
    // A cancelled event stays public, marked, so that whoever noted the date learns of it.
    expect(result.hits.find((h) => h.key === `atelier-annule-${w}`)).toMatchObject({ cancelled: true });
    expect(result.counts).toMatchObject({ event: 2, publication: 2, project: 0 });
  });

  it("counts every match of a kind while sending at most twenty of them", async () => {
    const w = word();
    const programme = await f().programme({ status: "active" });
    for (let i = 0; i < 23; i++) await f().project({ programmeId: programme.id, title: `Halle ${i} ${w}` });
    const result = await search(w);
    expect(result.counts.project).toBe(23);
    expect(result.total).toBe(23);
    expect(result.hits).toHaveLength(20);
  });

  it("refuses a malformed query with a French message, and survives query syntax", async () => {
    await expect(search("x".repeat(201))).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "La recherche est limitée à 200 caractères.",
    });
    await expect(search("y".repeat(500))).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(search(" a ")).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Saisissez au moins 2 caractères pour lancer la recherche.",
    });
    await expect(search("commerce & (| 'x")).resolves.toMatchObject({ query: "commerce & (| 'x" });
  });
});
