import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, factories, type TestDatabase } from "@cvv/db/testing";
import { actor, appCaller } from "./testing/test-context.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

describe("bad input", () => {
  it("names the wrong field in French", async () => {
    const { caller } = appCaller(db.prisma, await actor(db.prisma, "officer"));
    const programme = await factories(db.prisma).programme();
    const cases: [() => Promise<unknown>, string][] = [
      [() => caller.programmes.create({ name: "  " }), "Champ « nom » : Ce champ est obligatoire."],
      [
        () => caller.projects.create({ programmeId: programme.id, communeInseeCode: "9301", title: "Projet" }),
        "Champ « commune (code INSEE) » : Code INSEE invalide : 5 caractères attendus (ex. 93006).",
      ],
      [
        () => caller.editions.create({ programmeId: programme.id, name: "AMI", year: 1850 }),
        "Champ « année » : L'année doit être postérieure à 2000.",
      ],
      [
        () => caller.editions.create({ programmeId: programme.id, name: "AMI", year: 2026, opensOn: "31/01/2026" }),
        "Champ « date d'ouverture » : Date invalide : format attendu AAAA-MM-JJ.",
      ],
      [() => caller.programmes.get({ id: "pas-un-uuid" }), "Champ « identifiant » : Identifiant invalide."],
    ];
    for (const [call, message] of cases) {
      const error = await call().then(
        () => null,
        (e) => e,
      );
      expect(error?.code).toBe("BAD_REQUEST");
      expect(error?.message).toBe(message);
    }
  });

  it("refuses dates that end before they start, and writes nothing", async () => {
    const { caller } = appCaller(db.prisma, await actor(db.prisma, "officer"));
    const programme = await factories(db.prisma).programme();
    await expect(
      caller.editions.create({
        programmeId: programme.id,
        name: "AMI à l'envers",
        year: 2026,
        opensOn: "2026-06-01",
        closesOn: "2026-01-01",
      }),
    ).rejects.toMatchObject({ message: "La date de clôture (2026-01-01) précède la date d'ouverture (2026-06-01)." });
    expect(await db.prisma.edition.count({ where: { name: "AMI à l'envers" } })).toBe(0);
  });

  it("refuses a status jump the rules forbid, explaining the possible ones", async () => {
    const { caller } = appCaller(db.prisma, await actor(db.prisma, "officer"));
    const project = await factories(db.prisma).project();
    await expect(
      caller.projects.changeStatus({ id: project.id, version: project.version, status: "completed" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message:
        "Un projet « En projet » ne peut pas passer à « Réalisé » ; statuts possibles : « Mature », « Abandonné ».",
    });
  });

  it("gives the second of two people saving the same project a conflict, and keeps the first save", async () => {
    const officer = appCaller(db.prisma, await actor(db.prisma, "officer")).caller;
    const colleague = appCaller(db.prisma, await actor(db.prisma, "officer")).caller;
    const project = await factories(db.prisma).project();
    await officer.projects.update({ id: project.id, version: project.version, summary: "Premier" });
    await expect(
      colleague.projects.update({ id: project.id, version: project.version, summary: "Second" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect((await officer.projects.get({ id: project.id })).summary).toBe("Premier");
  });

  it("does not let an update's partial input erase stored fields", async () => {
    const { caller } = appCaller(db.prisma, await actor(db.prisma, "officer"));
    const programme = await caller.programmes.create({
      name: "Programme complet",
      summary: "Résumé",
      objectives: "Objectifs",
      status: "active",
    });
    const updated = await caller.programmes.update({
      id: programme.id,
      version: programme.version,
      name: "Nouveau nom",
    });
    expect(updated).toMatchObject({
      name: "Nouveau nom",
      summary: "Résumé",
      objectives: "Objectifs",
      status: "active",
    });
  });

  it("refuses an edition of another programme for a project", async () => {
    const { caller } = appCaller(db.prisma, await actor(db.prisma, "officer"));
    const f = factories(db.prisma);
    const a = await f.programme();
    const b = await f.programme();
    const editionOfB = await f.edition(b.id);
    await expect(
      caller.projects.create({
        programmeId: a.id,
        editionId: editionOfB.id,
        communeInseeCode: "93010",
        title: "Mélange",
      }),
    ).rejects.toMatchObject({ message: "Cette édition n'appartient pas au programme choisi." });
  });
});
