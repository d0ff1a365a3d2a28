import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { governanceRepository } from "@cvv/db";
import { createTestDatabase, factories, governanceFactories, type TestDatabase } from "@cvv/db/testing";
import type { SessionUser } from "@cvv/domain/users";
import { actor, appCaller } from "../testing/test-context.js";

let db: TestDatabase;
let officer: SessionUser;
beforeAll(async () => {
  db = await createTestDatabase();
  officer = await actor(db.prisma, "officer");
});
afterAll(async () => {
  await db?.close();
});

/** The clock every case runs at: meetings before it are past, after it to come. */
const now = new Date("2026-03-15T10:00:00.000Z");
const lastWeek = "2026-03-09T13:30:00.000Z";
const nextMonth = "2026-04-14T12:30:00.000Z";

const f = () => factories(db.prisma);
const g = () => governanceFactories(db.prisma);
const callerFor = (user: SessionUser | null) => appCaller(db.prisma, user, undefined, { now: () => now }).caller;
const asOfficer = () => callerFor(officer);

const history = (entityId: string) =>
  db.prisma.recordChange.findMany({
    select: { entity: true, action: true, changes: true, projectId: true, actorId: true },
    where: { entityId },
    orderBy: { createdAt: "asc" },
  });

/** A body of a fresh programme, with two members and a meeting held last week. */
async function bodyWithMeeting() {
  const programme = await f().programme();
  const body = await g().body({ programmeId: programme.id, kind: "technical_committee" });
  const claire = await g().member({ bodyId: body.id, name: "Claire Moreau" });
  const youssef = await g().member({
    bodyId: body.id,
    name: "Youssef Haddad",
    organisation: "CCI Paris Île-de-France",
  });
  const meeting = await g().meeting({ bodyId: body.id, startsAt: new Date(lastWeek) });
  return { programme, body, claire, youssef, meeting };
}

describe("bodies and their members", () => {
  it("creates a body, edits it, adds members and lists it with its next meeting, each write in the history", async () => {
    const api = asOfficer();
    const programme = await f().programme({ name: "Programme des instances" });
    const body = await api.governance.createBody({
      programmeId: programme.id,
      kind: "steering_committee",
      name: " Comité de pilotage ",
    });
    expect(body).toMatchObject({ name: "Comité de pilotage", description: "", version: 0 });

    const renamed = await api.governance.updateBody({
      id: body.id,
      version: 0,
      description: "Valide la programmation annuelle.",
    });
    expect(renamed).toMatchObject({
      name: "Comité de pilotage",
      description: "Valide la programmation annuelle.",
      version: 1,
    });

    const user = await f().user({ role: "officer" });
    const president = await api.governance.addMember({
      bodyId: body.id,
      name: "Hélène Garnier",
      organisation: "Métropole du Grand Paris",
      role: "présidente",
      userId: user.id,
    });
    expect(president).toMatchObject({ userId: user.id, userName: user.displayName, role: "présidente" });
    await api.governance.addMember({ bodyId: body.id, name: "Marc Lefèvre", organisation: "Banque des Territoires" });
    await expect(
      api.governance.addMember({ bodyId: body.id, name: "Personne", userId: crypto.randomUUID() }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "Ce compte n'existe pas sur la plateforme." });

    await api.governance.createMeeting({ bodyId: body.id, title: "Copil d'avril", startsAt: nextMonth });
    await api.governance.createMeeting({ bodyId: body.id, title: "Copil de mars", startsAt: lastWeek });

    const listed = await api.governance.bodies({ programmeId: programme.id });
    expect(listed).toEqual([
      expect.objectContaining({
        id: body.id,
        programmeName: "Programme des instances",
        memberCount: 2,
        nextMeeting: expect.objectContaining({ title: "Copil d'avril", startsAt: nextMonth }),
      }),
    ]);
    const detail = await api.governance.body({ id: body.id });
    expect(detail.members.map((m) => m.name)).toEqual(["Hélène Garnier", "Marc Lefèvre"]);
    expect(detail.meetings.map((m) => [m.title, m.upcoming])).toEqual([
      ["Copil d'avril", true],
      ["Copil de mars", false],
    ]);

    expect(await history(body.id)).toEqual([
      expect.objectContaining({ entity: "governance-body", action: "created", actorId: officer.id }),
      expect.objectContaining({
        action: "updated",
        changes: { description: ["", "Valide la programmation annuelle."] },
      }),
      expect.objectContaining({ action: "member-added" }),
      expect.objectContaining({ action: "member-added" }),
    ]);
  });

  it("removes a member who never attended, but keeps one on an attendance sheet", async () => {
    const api = asOfficer();
    const { body, claire, youssef, meeting } = await bodyWithMeeting();
    await api.governance.recordAttendance({
      meetingId: meeting.id,
      version: meeting.version,
      attendance: [{ memberId: claire.id, status: "present" }],
    });
    await expect(api.governance.removeMember({ bodyId: body.id, memberId: claire.id })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message:
        "« Claire Moreau » figure sur la feuille de présence de 1 réunion : retirer ce membre de l'instance effacerait ces présences, qui restent la trace des réunions tenues.",
    });
    // The member's id with another body's id finds nothing: the body is in the where.
    const other = await g().body({ programmeId: body.programmeId });
    await expect(api.governance.removeMember({ bodyId: other.id, memberId: youssef.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(api.governance.removeMember({ bodyId: body.id, memberId: youssef.id })).resolves.toEqual({
      id: youssef.id,
    });
    expect((await api.governance.body({ id: body.id })).members.map((m) => m.name)).toEqual(["Claire Moreau"]);
  });
});

describe("meetings", () => {
  it("records the attendance of members, and refuses someone who is not a member, writing nothing", async () => {
    const api = asOfficer();
    const { claire, youssef, meeting, programme } = await bodyWithMeeting();
    const stranger = await g().member({ bodyId: (await g().body({ programmeId: programme.id })).id });

    await expect(
      api.governance.recordAttendance({
        meetingId: meeting.id,
        version: meeting.version,
        attendance: [
          { memberId: claire.id, status: "present" },
          { memberId: stranger.id, status: "present" },
        ],
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message:
        "Une personne de la feuille de présence n'est pas membre de cette instance : seuls ses membres peuvent y figurer.",
    });
    expect((await api.governance.meeting({ id: meeting.id })).attendance).toEqual([]);

    const saved = await api.governance.recordAttendance({
      meetingId: meeting.id,
      version: meeting.version,
      attendance: [
        { memberId: claire.id, status: "present" },
        { memberId: youssef.id, status: "excused" },
      ],
    });
    expect(saved.meeting.version).toBe(meeting.version + 1);
    const read = await api.governance.meeting({ id: meeting.id });
    expect(read.outcomeRecordable).toBe(true);
    expect(new Map(read.attendance.map((a) => [a.memberId, a.status]))).toEqual(
      new Map([
        [claire.id, "present"],
        [youssef.id, "excused"],
      ]),
    );
    expect(await history(meeting.id)).toEqual([
      expect.objectContaining({
        entity: "meeting",
        action: "attendance",
        changes: { attendance: [{}, { "Claire Moreau": "present", "Youssef Haddad": "excused" }] },
      }),
    ]);
  });

  it("refuses minutes, attendance and decisions before the meeting, and a meeting held before it starts", async () => {
    const api = asOfficer();
    const { body, claire } = await bodyWithMeeting();
    const planned = await api.governance.createMeeting({
      bodyId: body.id,
      title: "Comité technique de printemps",
      startsAt: nextMonth,
      place: "Hôtel de ville de Bondy",
      agenda: "1. Avancement des projets",
    });
    const tooEarly = "qu'une fois la réunion tenue ou sa date passée : elle est prévue le 14 avril 2026 à 14:30.";

    await expect(
      api.governance.updateMeeting({ id: planned.id, version: planned.version, minutes: "Tout s'est bien passé." }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: `Le compte rendu ne peut être enregistré ${tooEarly}` });
    await expect(
      api.governance.recordAttendance({
        meetingId: planned.id,
        version: planned.version,
        attendance: [{ memberId: claire.id, status: "present" }],
      }),
    ).rejects.toMatchObject({ message: `Les présences ne peuvent être enregistrées ${tooEarly}` });
    await expect(
      api.governance.setDecisions({ meetingId: planned.id, version: planned.version, decisions: [{ text: "Oui." }] }),
    ).rejects.toMatchObject({ message: `Les décisions ne peuvent être enregistrées ${tooEarly}` });
    await expect(
      api.governance.updateMeeting({ id: planned.id, version: planned.version, status: "held" }),
    ).rejects.toMatchObject({
      message: "Une réunion ne peut pas être « Tenue » avant son début, prévu le 14 avril 2026 à 14:30.",
    });

    // The agenda is written beforehand; nothing refused above was stored.
    const edited = await api.governance.updateMeeting({
      id: planned.id,
      version: planned.version,
      agenda: "1. Avancement des projets\n2. Questions diverses",
    });
    expect(edited).toMatchObject({ version: planned.version + 1, minutes: "", status: "planned" });
    expect((await api.governance.meeting({ id: planned.id })).outcomeRecordable).toBe(false);
  });

  it("records decisions and action items about projects of the programme only", async () => {
    const api = asOfficer();
    const { programme, meeting } = await bodyWithMeeting();
    const project = await f().project({ programmeId: programme.id, title: "Halle gourmande" });
    const elsewhere = await f().project();

    await expect(
      api.governance.setDecisions({
        meetingId: meeting.id,
        version: meeting.version,
        decisions: [{ text: "Valider le plan." }, { text: "Financer l'étude.", projectId: elsewhere.id }],
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Ce projet n'appartient pas au programme de l'instance.",
      // The field travels with the error, so the form shows it on the decision's project.
      cause: { field: "decisions.1.projectId" },
    });
    const { decisions } = await api.governance.setDecisions({
      meetingId: meeting.id,
      version: meeting.version,
      decisions: [
        { text: "Le comité valide le programme d'actions 2026.", projectId: project.id },
        { text: "Le prochain comité se tiendra en juin." },
      ],
    });
    expect(decisions.map((d) => [d.position, d.projectTitle])).toEqual([
      [0, "Halle gourmande"],
      [1, null],
    ]);

    await expect(
      api.governance.createActionItem({
        meetingId: meeting.id,
        title: "Transmettre le plan de financement",
        owner: "Ville de Bondy",
        dueOn: "2026-04-30",
        projectId: elsewhere.id,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "Ce projet n'appartient pas au programme de l'instance." });
    const item = await api.governance.createActionItem({
      meetingId: meeting.id,
      title: "Transmettre le plan de financement",
      owner: "Ville de Bondy",
      dueOn: "2026-04-30",
      projectId: project.id,
    });
    expect(item).toMatchObject({ status: "open", projectTitle: "Halle gourmande", overdue: false, daysOverdue: 0 });

    const read = await api.governance.meeting({ id: meeting.id });
    expect(read.decisions.map((d) => d.text)).toEqual([
      "Le comité valide le programme d'actions 2026.",
      "Le prochain comité se tiendra en juin.",
    ]);
    expect(read.actionItems).toEqual([expect.objectContaining({ id: item.id, projectId: project.id })]);
    expect(await api.governance.actionItems({ projectId: project.id })).toEqual([
      expect.objectContaining({ id: item.id, meetingTitle: read.title, bodyName: read.body.name }),
    ]);
    // The item's history is the project's too.
    expect(await history(item.id)).toEqual([
      expect.objectContaining({ entity: "action-item", action: "created", projectId: project.id }),
    ]);
  });

  it("lists overdue action items across the programme, saying by how many days", async () => {
    const api = asOfficer();
    const { programme, meeting } = await bodyWithMeeting();
    const late = await g().actionItem({ meetingId: meeting.id, dueOn: "2026-03-05", title: "Relancer la CCI" });
    await g().actionItem({ meetingId: meeting.id, dueOn: "2026-03-01", status: "done", title: "Envoyer le CR" });
    const soon = await g().actionItem({ meetingId: meeting.id, dueOn: "2026-03-20", title: "Réserver la salle" });
    await g().actionItem({ meetingId: meeting.id, dueOn: "2026-06-30", title: "Bilan annuel" });

    const open = await api.governance.actionItems({ programmeId: programme.id, status: "open" });
    expect(open.map((i) => [i.title, i.overdue, i.daysOverdue])).toEqual([
      ["Relancer la CCI", true, 10],
      ["Réserver la salle", false, 0],
      ["Bilan annuel", false, 0],
    ]);
    const byDate = await api.governance.actionItems({ programmeId: programme.id, dueBefore: "2026-03-20" });
    expect(byDate.map((i) => i.title)).toEqual(["Envoyer le CR", "Relancer la CCI", "Réserver la salle"]);

    // What the steering dashboard will watch: late, or due within a week.
    const watched = await governanceRepository(db.prisma).actionItemsDueWithin({
      programmeId: programme.id,
      today: "2026-03-15",
      days: 7,
    });
    expect(watched.map((i) => i.id)).toEqual([late.id, soon.id]);
  });
});

describe("RACI matrices", () => {
  const concertation = "Concertation des commerçants";

  it("refuses two A's on one activity with nothing written, then saves a valid matrix and reads it back", async () => {
    const api = asOfficer();
    const project = await f().project({ title: "Cœur de ville" });
    const valid = [
      { activity: concertation, party: "Manager de centre-ville", role: "responsible" as const },
      { activity: concertation, party: "Maire adjointe au commerce", role: "accountable" as const },
      { activity: "Diagnostic commercial", party: "Bureau d'études", role: "responsible" as const },
      { activity: "Diagnostic commercial", party: "Manager de centre-ville", role: "accountable" as const },
      { activity: "Diagnostic commercial", party: "CCI Paris Île-de-France", role: "consulted" as const },
    ];

    await expect(
      api.governance.setRaci({
        projectId: project.id,
        assignments: [...valid, { activity: concertation, party: "Métropole du Grand Paris", role: "accountable" }],
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Activité « Concertation des commerçants » : un seul « A » (approbateur) par activité, il y en a 2.",
      cause: { field: "assignments.5.role" },
    });
    expect(await api.governance.raci({ projectId: project.id })).toMatchObject({ assignments: [] });
    expect(await history(project.id)).toEqual([]);

    const saved = await api.governance.setRaci({ projectId: project.id, assignments: valid });
    expect(saved.grid.activities).toEqual([concertation, "Diagnostic commercial"]);
    const read = await api.governance.raci({ projectId: project.id });
    expect(read.project).toEqual({ id: project.id, title: "Cœur de ville", programmeId: project.programmeId });
    expect(read.grid).toEqual({
      activities: [concertation, "Diagnostic commercial"],
      parties: ["Bureau d'études", "CCI Paris Île-de-France", "Maire adjointe au commerce", "Manager de centre-ville"],
      rows: [
        { activity: concertation, roles: [null, null, "accountable", "responsible"] },
        { activity: "Diagnostic commercial", roles: ["responsible", "consulted", null, "accountable"] },
      ],
    });
    expect(read.assignments).toHaveLength(5);

    // Replaced whole: a smaller matrix leaves nothing of the former one.
    await api.governance.setRaci({ projectId: project.id, assignments: valid.slice(0, 2) });
    expect((await api.governance.raci({ projectId: project.id })).grid.activities).toEqual([concertation]);
    const changes = await history(project.id);
    expect(changes).toHaveLength(2);
    expect(changes[0]).toMatchObject({ entity: "raci", action: "updated", projectId: project.id, actorId: officer.id });
  });
});

describe("stale versions", () => {
  it("answers CONFLICT, asking to reload, when someone saved first", async () => {
    const api = asOfficer();
    const { body, meeting, claire } = await bodyWithMeeting();
    const conflict = {
      code: "CONFLICT",
      message: expect.stringContaining("Rechargez la page pour voir sa version actuelle"),
    };

    await api.governance.updateBody({ id: body.id, version: body.version, name: "Comité technique élargi" });
    await expect(
      api.governance.updateBody({ id: body.id, version: body.version, name: "Autre nom" }),
    ).rejects.toMatchObject(conflict);

    await api.governance.updateMeeting({ id: meeting.id, version: meeting.version, place: "Salle 2" });
    await expect(
      api.governance.updateMeeting({ id: meeting.id, version: meeting.version, minutes: "Compte rendu." }),
    ).rejects.toMatchObject(conflict);
    await expect(
      api.governance.recordAttendance({
        meetingId: meeting.id,
        version: meeting.version,
        attendance: [{ memberId: claire.id, status: "absent" }],
      }),
    ).rejects.toMatchObject(conflict);
    // The refused sheet left nothing behind.
    expect((await api.governance.meeting({ id: meeting.id })).attendance).toEqual([]);

    const item = await g().actionItem({ meetingId: meeting.id });
    await api.governance.updateActionItem({ id: item.id, version: item.version, status: "done" });
    await expect(
      api.governance.updateActionItem({ id: item.id, version: item.version, owner: "Quelqu'un d'autre" }),
    ).rejects.toMatchObject(conflict);
  });
});

describe("permissions", () => {
  it("refuses a commune's contributor every governance procedure", async () => {
    const contributor = callerFor(await actor(db.prisma, "contributor"));
    const { programme, body, meeting, claire } = await bodyWithMeeting();
    const project = await f().project({ programmeId: programme.id, communeInseeCode: "93010" });
    const item = await g().actionItem({ meetingId: meeting.id, projectId: project.id });
    const calls: Record<string, () => Promise<unknown>> = {
      bodies: () => contributor.governance.bodies(),
      body: () => contributor.governance.body({ id: body.id }),
      createBody: () =>
        contributor.governance.createBody({ programmeId: programme.id, kind: "working_group", name: "Groupe" }),
      updateBody: () => contributor.governance.updateBody({ id: body.id, version: body.version, name: "Piraté" }),
      addMember: () => contributor.governance.addMember({ bodyId: body.id, name: "Intrus" }),
      removeMember: () => contributor.governance.removeMember({ bodyId: body.id, memberId: claire.id }),
      meeting: () => contributor.governance.meeting({ id: meeting.id }),
      createMeeting: () =>
        contributor.governance.createMeeting({ bodyId: body.id, title: "Réunion", startsAt: nextMonth }),
      updateMeeting: () =>
        contributor.governance.updateMeeting({ id: meeting.id, version: meeting.version, agenda: "Piraté" }),
      recordAttendance: () =>
        contributor.governance.recordAttendance({ meetingId: meeting.id, version: meeting.version, attendance: [] }),
      setDecisions: () =>
        contributor.governance.setDecisions({ meetingId: meeting.id, version: meeting.version, decisions: [] }),
      createActionItem: () =>
        contributor.governance.createActionItem({
          meetingId: meeting.id,
          title: "Action",
          owner: "Bondy",
          dueOn: "2026-05-01",
        }),
      updateActionItem: () =>
        contributor.governance.updateActionItem({ id: item.id, version: item.version, status: "done" }),
      actionItems: () => contributor.governance.actionItems({ projectId: project.id }),
      raci: () => contributor.governance.raci({ projectId: project.id }),
      setRaci: () => contributor.governance.setRaci({ projectId: project.id, assignments: [] }),
    };
    for (const [name, call] of Object.entries(calls)) {
      await expect(call(), name).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    // Every procedure of the router is tried above.
    const { appRouter } = await import("../app-router.js");
    const procedures = Object.keys(appRouter._def.procedures)
      .filter((p) => p.startsWith("governance."))
      .map((p) => p.slice("governance.".length));
    expect(Object.keys(calls).sort()).toEqual(procedures.sort());
    // Nothing they tried was written.
    expect((await asOfficer().governance.body({ id: body.id })).name).toBe(body.name);
  });
});
