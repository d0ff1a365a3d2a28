import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, expertFactories, factories, type TestDatabase } from "@cvv/db/testing";
import { actor, appCaller } from "../testing/test-context.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

async function officerCaller() {
  return appCaller(db.prisma, await actor(db.prisma, "officer")).caller;
}

/** A name no other test uses, so searches by name find this test's expert only. */
const uniqueName = (prefix: string) => `${prefix} ${Math.random().toString(36).slice(2, 8)} (fictif)`;

describe("the directory of experts", () => {
  it("adds, reads and edits an entry, keeping each change in its history", async () => {
    const officer = await officerCaller();
    const name = uniqueName("Atelier Centre & Commerce");
    const created = await officer.experts.create({
      name,
      kind: "amo",
      siret: "200 054 781 00022",
      skills: ["Commerce de proximité", "commerce de proximite", " Merchandising "],
      dailyRate: "650",
      contactName: "Jeanne Exemple",
      contactEmail: "jeanne@atelier.example",
      contactPhone: "01 23 45 67 89",
      website: "https://atelier.example",
    });
    expect(created).toMatchObject({
      name,
      kind: "amo",
      siret: "20005478100022",
      skills: ["Commerce de proximité", "Merchandising"],
      dailyRateCents: 65000,
      active: true,
      version: 0,
    });

    const updated = await officer.experts.update({
      id: created.id,
      version: created.version,
      dailyRate: "700,50",
      notes: "Référencé par l'accord-cadre 2025.",
    });
    expect(updated).toMatchObject({ dailyRateCents: 70050, notes: "Référencé par l'accord-cadre 2025.", version: 1 });
    // Left out of the edit, so left as it was.
    expect(updated.skills).toEqual(["Commerce de proximité", "Merchandising"]);

    const read = await officer.experts.get({ id: created.id });
    expect(read).toMatchObject({
      name,
      missions: [],
      totals: { missions: 0, days: 0, budgetCents: 0 },
      permissions: { manage: true },
    });

    const history = await officer.experts.history({ id: created.id });
    expect(history.map((e) => e.action)).toEqual(["updated", "created"]);
    expect(history[0]).toMatchObject({
      entity: "expert",
      missionTitle: null,
      actorName: "Test officer",
      changes: { dailyRateCents: [65000, 70050], notes: ["", "Référencé par l'accord-cadre 2025."] },
    });
    expect(history[1]!.changes).toMatchObject({ name: [null, name], siret: [null, "20005478100022"] });
  });

  it("refuses a SIRET whose check digit is wrong, in French, and writes nothing", async () => {
    const officer = await officerCaller();
    const name = uniqueName("Cabinet à SIRET faux");
    await expect(officer.experts.create({ name, kind: "expert", siret: "20005478100023" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Champ « numéro SIRET » : Numéro SIRET invalide : 14 chiffres dont la clé de contrôle est juste.",
    });
    expect(await officer.experts.list({ q: name })).toEqual([]);
  });

  it("refuses a stale version with a French conflict that says to reload", async () => {
    const officer = await officerCaller();
    const expert = await officer.experts.create({ name: uniqueName("Cabinet Conflit"), kind: "provider" });
    await officer.experts.update({ id: expert.id, version: 0, contactName: "Premier" });
    await expect(officer.experts.update({ id: expert.id, version: 0, contactName: "Second" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("Rechargez la page"),
    });
    expect((await officer.experts.get({ id: expert.id })).contactName).toBe("Premier");
    expect((await officer.experts.history({ id: expert.id })).map((e) => e.action)).toEqual(["updated", "created"]);
  });

  it("finds experts by a skill typed without accents, and by kind or name", async () => {
    const officer = await officerCaller();
    const artisan = await officer.experts.create({
      name: uniqueName("Maison des Métiers"),
      kind: "expert",
      skills: ["Métiers d'art", "Artisanat"],
    });
    const other = await officer.experts.create({
      name: uniqueName("Données Commerce"),
      kind: "provider",
      skills: ["Données de fréquentation"],
    });

    const bySkill = (await officer.experts.list({ skill: "metiers d'art" })).map((e) => e.id);
    expect(bySkill).toContain(artisan.id);
    expect(bySkill).not.toContain(other.id);
    expect((await officer.experts.list({ skill: "FREQUENTATION" })).map((e) => e.id)).toEqual([other.id]);
    expect((await officer.experts.list({ skill: "metiers", kind: "provider" })).map((e) => e.id)).not.toContain(
      artisan.id,
    );
    expect((await officer.experts.list({ q: artisan.name.slice(0, 20).toUpperCase() })).map((e) => e.id)).toEqual([
      artisan.id,
    ]);
  });
});

describe("missions", () => {
  it("records a mission on a project, shows it in the expert's history across communes, with totals", async () => {
    const officer = await officerCaller();
    const f = factories(db.prisma);
    const bondy = await f.project({ communeInseeCode: "93010", title: "Cœur de ville de Bondy (test)" });
    const bagnolet = await f.project({ communeInseeCode: "93006", title: "Rue Sadi-Carnot (test)" });
    const expert = await officer.experts.create({ name: uniqueName("Urbanistes Associés"), kind: "expert" });

    const first = await officer.experts.createMission({
      expertId: expert.id,
      projectId: bondy.id,
      title: "Diagnostic commercial",
      scope: "Relevé des cellules et entretiens avec les commerçants.",
      days: "12,5",
      budget: "8 125",
      startsOn: "2025-01-06",
      endsOn: "2025-03-28",
      deliverables: [{ title: "Rapport de diagnostic", dueOn: "2025-03-28" }],
    });
    expect(first).toMatchObject({
      status: "proposed",
      days: 12.5,
      budgetCents: 812500,
      projectTitle: "Cœur de ville de Bondy (test)",
      communeName: "Bondy",
      deliverables: [{ title: "Rapport de diagnostic", dueOn: "2025-03-28", deliveredOn: null }],
    });
    await officer.experts.createMission({
      expertId: expert.id,
      projectId: bagnolet.id,
      title: "Plan de merchandising",
      days: 10,
      budget: 6500,
      startsOn: "2025-04-01",
      endsOn: "2025-06-30",
      status: "ordered",
    });
    const cancelled = await officer.experts.createMission({
      expertId: expert.id,
      projectId: bagnolet.id,
      title: "Étude abandonnée",
      days: 40,
      startsOn: "2025-01-01",
      endsOn: "2025-01-31",
    });
    await officer.experts.changeMissionStatus({
      expertId: expert.id,
      id: cancelled.id,
      version: cancelled.version,
      status: "cancelled",
    });

    const read = await officer.experts.get({ id: expert.id });
    expect(read.missions.map((m) => [m.title, m.communeName, m.status])).toEqual([
      ["Plan de merchandising", "Bagnolet", "ordered"],
      ["Diagnostic commercial", "Bondy", "proposed"],
      ["Étude abandonnée", "Bagnolet", "cancelled"],
    ]);
    expect(read.missions[1]!.nextStatuses).toEqual(["ordered", "cancelled"]);
    // The cancelled mission counts in the history, not in the totals.
    expect(read.totals).toEqual({ missions: 2, communes: 2, days: 22.5, budgetCents: 1462500 });

    const history = await officer.experts.history({ id: expert.id });
    expect(history.filter((e) => e.entity === "mission").map((e) => [e.missionTitle, e.action])).toEqual(
      expect.arrayContaining([
        ["Diagnostic commercial", "created"],
        ["Plan de merchandising", "created"],
        ["Étude abandonnée", "status"],
      ]),
    );
    const status = history.find((e) => e.action === "status");
    expect(status?.changes).toEqual({ status: ["proposed", "cancelled"] });
  });

  it("refuses an end before the start, at creation and at an edit of one date", async () => {
    const officer = await officerCaller();
    const project = await factories(db.prisma).project();
    const expert = await officer.experts.create({ name: uniqueName("Cabinet Dates"), kind: "expert" });
    const base = { expertId: expert.id, projectId: project.id, title: "Mission" };
    await expect(
      officer.experts.createMission({ ...base, startsOn: "2025-05-01", endsOn: "2025-04-30" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message:
        "Champ « date de fin » : La date de fin de la mission (2025-04-30) précède sa date de début (2025-05-01).",
    });
    const mission = await officer.experts.createMission({ ...base, startsOn: "2025-05-01", endsOn: "2025-05-31" });
    await expect(
      officer.experts.updateMission({
        expertId: expert.id,
        id: mission.id,
        version: mission.version,
        endsOn: "2025-04-01",
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "La date de fin de la mission (2025-04-01) précède sa date de début (2025-05-01).",
    });
  });

  it("refuses a transition out of order, saying which are possible, and delivery before the deliverables", async () => {
    const officer = await officerCaller();
    const project = await factories(db.prisma).project();
    const expert = await officer.experts.create({ name: uniqueName("Cabinet Étapes"), kind: "amo" });
    let mission = await officer.experts.createMission({
      expertId: expert.id,
      projectId: project.id,
      title: "Programmation commerciale",
      startsOn: "2025-02-01",
      endsOn: "2025-04-30",
      deliverables: [{ title: "Note de programmation" }],
    });
    const move = (status: "ordered" | "in_progress" | "delivered" | "closed") =>
      officer.experts.changeMissionStatus({ expertId: expert.id, id: mission.id, version: mission.version, status });

    await expect(move("delivered")).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message:
        "Une mission « Proposée » ne peut pas passer à « Livrée » ; statuts possibles : « Commandée », « Annulée ».",
    });
    mission = await move("ordered");
    mission = await move("in_progress");
    await expect(move("delivered")).rejects.toMatchObject({
      message:
        "La mission ne peut pas être livrée : le livrable « Note de programmation » n'a pas de date de livraison.",
    });

    mission = await officer.experts.updateMission({
      expertId: expert.id,
      id: mission.id,
      version: mission.version,
      deliverables: [{ title: "Note de programmation", deliveredOn: "2025-04-25" }],
    });
    expect(mission.deliverables).toMatchObject([{ title: "Note de programmation", deliveredOn: "2025-04-25" }]);
    mission = await move("delivered");
    expect(mission.status).toBe("delivered");
    const history = await officer.experts.history({ id: expert.id });
    expect(history.find((e) => e.action === "updated")?.changes).toEqual({
      deliverables: [
        [{ title: "Note de programmation", dueOn: null, deliveredOn: null }],
        [{ title: "Note de programmation", dueOn: null, deliveredOn: "2025-04-25" }],
      ],
    });
  });

  it("conflicts on a stale mission version, and finds no mission through another expert", async () => {
    const officer = await officerCaller();
    const project = await factories(db.prisma).project();
    const expert = await officer.experts.create({ name: uniqueName("Cabinet Versions"), kind: "expert" });
    const stranger = await officer.experts.create({ name: uniqueName("Cabinet Tiers"), kind: "expert" });
    const mission = await officer.experts.createMission({
      expertId: expert.id,
      projectId: project.id,
      title: "Accompagnement",
      startsOn: "2025-01-01",
      endsOn: "2025-12-31",
    });
    await officer.experts.updateMission({
      expertId: expert.id,
      id: mission.id,
      version: 0,
      title: "Accompagnement 2025",
    });
    await expect(
      officer.experts.updateMission({ expertId: expert.id, id: mission.id, version: 0, title: "Autre titre" }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("Rechargez la page") });
    await expect(
      officer.experts.changeMissionStatus({ expertId: expert.id, id: mission.id, version: 0, status: "ordered" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      officer.experts.updateMission({ expertId: stranger.id, id: mission.id, version: 1, title: "Détourné" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await officer.experts.get({ id: expert.id })).missions[0]).toMatchObject({
      title: "Accompagnement 2025",
      version: 1,
    });
  });

  it("refuses a mission on a project that does not exist, at the project field", async () => {
    const officer = await officerCaller();
    const expert = await officer.experts.create({ name: uniqueName("Cabinet Sans Projet"), kind: "expert" });
    await expect(
      officer.experts.createMission({
        expertId: expert.id,
        projectId: "00000000-0000-4000-8000-000000000000",
        title: "Mission",
        startsOn: "2025-01-01",
        endsOn: "2025-01-31",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("Ce projet n'existe pas") });
  });
});

describe("availability", () => {
  it("an overlapping ordered mission makes an expert unavailable and says which; a cancelled one does not", async () => {
    const officer = await officerCaller();
    const project = await factories(db.prisma).project({
      communeInseeCode: "93070",
      title: "Parcours des métiers d'art (test)",
    });
    const e = expertFactories(db.prisma);
    const skill = `Vitrail ${Math.random().toString(36).slice(2, 8)}`;
    const busy = await e.expert({ name: "Atelier Occupé (fictif)", skills: [skill] });
    const free = await e.expert({ name: "Atelier Libre (fictif)", skills: [skill] });
    const ordered = await e.mission({
      expertId: busy.id,
      projectId: project.id,
      status: "ordered",
      startsOn: "2026-03-01",
      endsOn: "2026-04-30",
    });
    await e.mission({
      expertId: free.id,
      projectId: project.id,
      status: "cancelled",
      startsOn: "2026-03-01",
      endsOn: "2026-04-30",
    });
    await e.mission({
      expertId: free.id,
      projectId: project.id,
      status: "ordered",
      startsOn: "2026-05-01",
      endsOn: "2026-05-31",
    });

    const found = await officer.experts.list({ skill, availableFrom: "2026-04-15", availableTo: "2026-04-30" });
    const byName = Object.fromEntries(found.map((x) => [x.name, x]));
    expect(byName["Atelier Occupé (fictif)"]).toMatchObject({
      available: false,
      busy: [
        {
          id: ordered.id,
          projectTitle: "Parcours des métiers d'art (test)",
          communeName: "Saint-Ouen-sur-Seine",
          startsOn: "2026-03-01",
          endsOn: "2026-04-30",
          status: "ordered",
        },
      ],
    });
    expect(byName["Atelier Libre (fictif)"]).toMatchObject({ available: true, busy: [] });

    // One bound alone is that day; without a period, nobody is said free or busy.
    expect((await officer.experts.list({ skill, availableFrom: "2026-05-10" })).map((x) => x.available)).toEqual([
      false,
      true,
    ]);
    expect((await officer.experts.list({ skill })).map((x) => x.available)).toEqual([null, null]);
  });

  it("refuses a period that ends before it starts", async () => {
    const officer = await officerCaller();
    await expect(
      officer.experts.list({ availableFrom: "2026-04-30", availableTo: "2026-04-01" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "La fin de la période (2026-04-01) précède son début (2026-04-30).",
    });
  });
});

describe("who may use the directory", () => {
  it("is for the Métropole's staff: a commune's contributor is refused, reads and writes alike", async () => {
    const contributor = appCaller(db.prisma, await actor(db.prisma, "contributor")).caller;
    const expert = await expertFactories(db.prisma).expert();
    await expect(contributor.experts.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(contributor.experts.get({ id: expert.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(contributor.experts.create({ name: "Intrus", kind: "expert" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
