import { TRPCError } from "@trpc/server";
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

/** A word no other test uses, so each test finds only its own records. */
const word = () =>
  `mot${Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("")}`;

async function search(role: "officer" | "contributor", q: string, communeCodes?: string[]) {
  const { caller } = appCaller(db.prisma, await actor(db.prisma, role, communeCodes));
  return caller.search.query({ q });
}

describe("search", () => {
  it("finds a project by words of its description, accents and case ignored, with the matched words marked", async () => {
    const w = word();
    const project = await factories(db.prisma).project({ title: `Rénovation des vitrines ${w}` });
    const hits = await search("officer", `RENOVATION vitrine ${w}`);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ kind: "project", id: project.id, context: "Bondy" });

    await db.prisma.project.update({
      where: { id: project.id },
      data: { description: `Aide aux métiers d'art et à l'économie de la réparation ${w}.` },
    });
    const [hit] = await search("officer", `metiers reparation ${w}`);
    const marked = hit?.snippet.filter((part) => part.match).map((part) => part.text);
    expect(marked).toEqual(expect.arrayContaining(["métiers", "réparation"]));
  });

  it("finds by the beginning of a word", async () => {
    const w = word();
    await factories(db.prisma).project({ title: `Boutique à l'essai ${w}` });
    const hits = await search("officer", `bouti ${w.slice(0, 7)}`);
    expect(hits.map((h) => h.title)).toContain(`Boutique à l'essai ${w}`);
  });

  it("finds communes, programmes, experts, meetings and documents", async () => {
    const w = word();
    const programme = await factories(db.prisma).programme({ name: `Réseau des métiers d'art ${w}` });
    const expert = await db.prisma.expert.create({
      select: { id: true },
      data: { name: `Atelier Conseil ${w}`, kind: "expert", skills: ["Commerce de proximité", w] },
    });
    const body = await db.prisma.governanceBody.create({
      select: { id: true },
      data: { programmeId: programme.id, kind: "steering_committee", name: "Comité de pilotage" },
    });
    const meeting = await db.prisma.meeting.create({
      select: { id: true },
      data: { bodyId: body.id, title: `Comité ${w}`, startsAt: new Date(), agenda: "Sélection des lauréats" },
    });
    const project = await factories(db.prisma).project({});
    const document = await db.prisma.document.create({
      select: { id: true },
      data: { entity: "project", entityId: project.id, projectId: project.id, title: `Étude de vacance ${w}` },
    });

    const hits = await search("officer", w);
    expect(new Set(hits.map((h) => `${h.kind}:${h.id}`))).toEqual(
      new Set([`programme:${programme.id}`, `expert:${expert.id}`, `meeting:${meeting.id}`, `document:${document.id}`]),
    );
    expect(hits.find((h) => h.kind === "document")).toMatchObject({ entity: "project", entityId: project.id });
    expect(hits.find((h) => h.kind === "meeting")).toMatchObject({ context: "Comité de pilotage" });

    const communes = await search("officer", "Saint-Ouen");
    expect(communes[0]).toMatchObject({ kind: "commune", title: "Saint-Ouen-sur-Seine" });
  });

  it("shows a contributor only their communes' projects and documents, never experts or meetings", async () => {
    const w = word();
    const own = await factories(db.prisma).project({ title: `Halles ${w}`, communeInseeCode: "93010" });
    await factories(db.prisma).project({ title: `Halles ${w}`, communeInseeCode: "93006" });
    const other = await factories(db.prisma).project({ communeInseeCode: "93006" });
    await db.prisma.document.create({
      data: { entity: "project", entityId: other.id, projectId: other.id, title: `Plan des halles ${w}` },
    });
    await db.prisma.expert.create({ data: { name: `Expert des halles ${w}`, kind: "amo", skills: [] } });

    const hits = await search("contributor", `halles ${w}`, ["93010"]);
    expect(hits.map((h) => `${h.kind}:${h.id}`)).toEqual([`project:${own.id}`]);
    expect(await search("officer", `halles ${w}`)).toHaveLength(4);
  });

  it("refuses a query without words in French, and survives query syntax typed by hand", async () => {
    await expect(search("officer", " ! ")).rejects.toThrowError(
      new TRPCError({ code: "BAD_REQUEST", message: "Saisissez au moins 2 caractères pour lancer la recherche." }),
    );
    await expect(search("officer", "&& !!")).rejects.toMatchObject({
      message: "La recherche doit contenir au moins un mot (des lettres ou des chiffres).",
    });
    await expect(search("officer", "commerce & (| 'x")).resolves.toBeInstanceOf(Array);
  });

  it("is refused when signed out", async () => {
    const { caller } = appCaller(db.prisma, null);
    await expect(caller.search.query({ q: "commerce" })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
