import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, factories, type TestDatabase } from "@cvv/db/testing";
import { actor, appCaller, testContext } from "../testing/test-context.js";
import { parseSteeringExport, steeringExport } from "./steering-export.service.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

const NOW = new Date("2026-11-29T10:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/**
 * A programme with two projects in two EPT (Bondy 93010, Est Ensemble; Gennevilliers 92036,
 * Boucle Nord de Seine), and something late, due soon, funded and under way on each.
 */
async function steeringFixture() {
  const f = factories(db.prisma);
  const programme = await f.programme();
  const edition = await f.edition(programme.id, 2025);
  const bondy = await f.project({ programmeId: programme.id, communeInseeCode: "93010", status: "in_progress" });
  const gennevilliers = await f.project({ programmeId: programme.id, communeInseeCode: "92036", status: "planned" });
  await db.prisma.project.update({ where: { id: bondy.id }, data: { editionId: edition.id } });

  const late = await db.prisma.planItem.create({
    select: { id: true },
    data: {
      projectId: bondy.id,
      kind: "milestone",
      title: "Ouverture de la boutique à l'essai",
      dueOn: day("2026-11-09"),
    },
  });
  await db.prisma.planItem.create({
    data: {
      projectId: bondy.id,
      kind: "action",
      title: "Action terminée",
      dueOn: day("2026-10-01"),
      status: "done",
      progress: 100,
    },
  });
  await db.prisma.planItem.create({
    data: {
      projectId: gennevilliers.id,
      kind: "action",
      title: "Diagnostic commercial",
      dueOn: day("2026-12-15"),
      owner: "AMO",
    },
  });
  const body = await db.prisma.governanceBody.create({
    select: { id: true },
    data: { programmeId: programme.id, kind: "steering_committee", name: "Comité de pilotage" },
  });
  const meeting = await db.prisma.meeting.create({
    select: { id: true },
    data: { bodyId: body.id, title: "Copil d'octobre", startsAt: new Date("2026-10-15T09:00:00Z"), status: "held" },
  });
  await db.prisma.actionItem.create({
    data: {
      meetingId: meeting.id,
      title: "Envoyer le relevé de décisions",
      owner: "Chargée de mission",
      dueOn: day("2026-11-20"),
    },
  });
  await db.prisma.meeting.create({
    data: { bodyId: body.id, title: "Copil de décembre", startsAt: new Date("2026-12-10T09:00:00Z") },
  });
  const line = await db.prisma.fundingLine.create({
    select: { id: true },
    data: { projectId: bondy.id, funderKind: "metropole", funderName: "Fonds métropolitain", amountCents: 5_000_000n },
  });
  const grant = await db.prisma.grant.create({
    select: { id: true },
    data: {
      projectId: bondy.id,
      fundingLineId: line.id,
      funderName: "Métropole du Grand Paris",
      funderSiret: "20005478100022",
      beneficiaryName: "Ville de Bondy",
      beneficiarySiret: "21930010300018",
      purpose: "Boutique à l'essai",
      conventionOn: day("2026-03-01"),
      amountCents: 4_000_000n,
    },
  });
  await db.prisma.grantPayment.create({
    data: { grantId: grant.id, paidOn: day("2026-06-01"), amountCents: 1_000_000n },
  });
  await db.prisma.grantInstalment.create({
    data: { grantId: grant.id, dueOn: day("2026-12-01"), amountCents: 1_500_000n, label: "Deuxième versement" },
  });
  const expert = await db.prisma.expert.create({
    select: { id: true },
    data: { name: "Atelier Vitrines", kind: "amo", skills: [] },
  });
  await db.prisma.mission.create({
    data: {
      expertId: expert.id,
      projectId: gennevilliers.id,
      title: "Accompagnement des commerçants",
      startsOn: day("2026-09-01"),
      endsOn: day("2027-03-31"),
      status: "in_progress",
      days: 12,
      budgetCents: 780_000n,
    },
  });
  return { programme, edition, bondy, gennevilliers, late };
}

async function officerCaller() {
  return appCaller(db.prisma, await actor(db.prisma, "officer"), undefined, { now: () => NOW }).caller;
}

describe("the steering dashboard", () => {
  it("counts projects by status, edition and EPT, and lists what is late, due soon, funded and under way", async () => {
    const { programme, edition, bondy, late } = await steeringFixture();
    const dashboard = await (await officerCaller()).steering.dashboard({ programmeId: programme.id });

    expect(dashboard.today).toBe("2026-11-29");
    expect(dashboard.projects.byEdition.groups).toEqual([edition.name, "Hors édition"]);
    const inProgress = dashboard.projects.byEdition.rows.find((r) => r.status === "in_progress");
    expect(inProgress).toEqual({ status: "in_progress", cells: [1, 0], total: 1 });
    expect(dashboard.projects.byTerritory.groups).toEqual(["Boucle Nord de Seine", "Est Ensemble"]);
    expect(dashboard.projects.byTerritory.total).toBe(2);

    expect(dashboard.overdue.total).toBe(2);
    expect(dashboard.overdue.rows.map((r) => [r.source, r.title, r.daysLate])).toEqual([
      ["plan-item", "Ouverture de la boutique à l'essai", 20],
      ["action-item", "Envoyer le relevé de décisions", 9],
    ]);
    expect(dashboard.overdue.rows[0]).toMatchObject({ id: late.id, projectId: bondy.id, communeName: "Bondy" });

    expect(dashboard.upcoming.rows.map((r) => [r.date, r.source, r.title])).toEqual([
      ["2026-12-01", "instalment", "Deuxième versement"],
      ["2026-12-10", "meeting", "Copil de décembre"],
      ["2026-12-15", "plan-item", "Diagnostic commercial"],
    ]);

    expect(dashboard.budget.rows).toEqual([
      {
        funderKind: "metropole",
        plannedCents: 5_000_000,
        committedCents: 4_000_000,
        paidCents: 1_000_000,
        paidShare: 25,
      },
    ]);
    expect(dashboard.missions.rows).toEqual([
      expect.objectContaining({
        title: "Accompagnement des commerçants",
        expertName: "Atelier Vitrines",
        days: 12,
        budgetCents: 780_000,
      }),
    ]);
  });

  it("applies the EPT filter to every view, and the horizon to the next weeks", async () => {
    const { programme } = await steeringFixture();
    const caller = await officerCaller();
    // Est Ensemble: Bondy only.
    const estEnsemble = await caller.steering.dashboard({ programmeId: programme.id, territorySiren: "200057875" });
    expect(estEnsemble.projects.byTerritory.groups).toEqual(["Est Ensemble"]);
    expect(estEnsemble.overdue.rows.map((r) => r.title)).toEqual(["Ouverture de la boutique à l'essai"]);
    expect(estEnsemble.missions.total).toBe(0);
    // Meetings belong to no EPT: left out under an EPT filter.
    expect(estEnsemble.upcoming.rows.map((r) => r.source)).toEqual(["instalment"]);

    const oneWeek = await caller.steering.dashboard({ programmeId: programme.id, weeks: 1 });
    expect(oneWeek.horizon).toEqual({ from: "2026-11-29", to: "2026-12-06", weeks: 1 });
    expect(oneWeek.upcoming.rows.map((r) => r.title)).toEqual(["Deuxième versement"]);
  });

  it("refuses contributors and bad filters in French", async () => {
    const { caller } = appCaller(db.prisma, await actor(db.prisma, "contributor"));
    await expect(caller.steering.dashboard({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect((await officerCaller()).steering.dashboard({ weeks: 40 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("Le nombre de semaines doit être compris entre 1 et 26."),
    });
  });
});

describe("the steering dashboard's exports", () => {
  it("writes every view in one workbook, numbers as numbers", async () => {
    const { programme } = await steeringFixture();
    const { ctx } = testContext(db.prisma, await actor(db.prisma, "officer"), undefined, { now: () => NOW });
    const request = parseSteeringExport("tableau-de-bord.xlsx", { programme: programme.id });
    expect(request).toMatchObject({ ok: true, value: { format: "xlsx" } });
    const file = await steeringExport(ctx, ctx.user!, { filters: { programmeId: programme.id }, format: "xlsx" });
    if (!file.ok) throw new Error(file.error.message);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.value.body as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      "Projets par édition",
      "Projets par EPT",
      "En retard",
      "Prochaines semaines",
      "Budget",
      "Missions en cours",
    ]);
    const budget = workbook.getWorksheet("Budget")!;
    expect(budget.getRow(2).values).toEqual([undefined, "Métropole du Grand Paris", 50000, 40000, 10000, 30000, 25]);
    expect(budget.getRow(3).getCell(1).value).toBe("Total");
  });

  it("writes one view as CSV, in French Excel's dialect on request", async () => {
    const { programme } = await steeringFixture();
    const { ctx } = testContext(db.prisma, await actor(db.prisma, "officer"), undefined, { now: () => NOW });
    const request = parseSteeringExport("overdue.csv", { programme: programme.id, excel: "1" });
    if (!request?.ok) throw new Error("parse");
    const file = await steeringExport(ctx, ctx.user!, request.value);
    if (!file.ok) throw new Error(file.error.message);
    const text = file.value.body.toString("utf-8");
    expect(
      text.startsWith("\uFEFFNature;Intitulé;Responsable;Échéance;Jours de retard;Projet;Commune;Réunion\r\n"),
    ).toBe(true);
    expect(text).toContain("Jalon;Ouverture de la boutique à l'essai;;09/11/2026;20;");
    expect(file.value.fileName).toBe("tableau-de-bord-overdue-2026-11-29.csv");
  });

  it("knows no other file, and says in French what is wrong with a filter", () => {
    expect(parseSteeringExport("autre.csv", {})).toBeNull();
    expect(parseSteeringExport("tableau-de-bord.pdf", {})).toBeNull();
    expect(parseSteeringExport("budget.csv", { ept: "abc" })).toMatchObject({
      ok: false,
      error: { message: "Le territoire choisi est inconnu : choisissez-en un dans la liste." },
    });
  });
});
