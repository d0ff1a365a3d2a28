import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, factories, type TestDatabase } from "@cvv/db/testing";
import type { SessionUser } from "@cvv/domain/users";
import { actor, appCaller } from "../testing/test-context.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

const f = () => factories(db.prisma);
// Mid-March 2026 in Paris: items due before the 15th are late.
const now = () => new Date("2026-03-15T09:00:00Z");
const as = (user: SessionUser) => appCaller(db.prisma, user, undefined, { now }).caller;

async function refusal(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`refus attendu, obtenu : ${String(error)}`);
  return error;
}

/** What a refused write must leave untouched: the items, their dependencies, their versions and the history. */
async function planState(projectId: string) {
  const items = await db.prisma.planItem.findMany({
    select: { id: true, title: true, version: true, dependsOn: { select: { dependsOnId: true } } },
    where: { projectId },
    orderBy: { id: "asc" },
  });
  const history = await db.prisma.recordChange.count({ where: { projectId } });
  return { items, history };
}

describe("a project's plan", () => {
  it("an officer adds an action and a milestone depending on it; the list and the history show them", async () => {
    const officer = await actor(db.prisma, "officer");
    const project = await f().project({ communeInseeCode: "93010" });
    const api = as(officer);

    const action = await api.plan.create({
      projectId: project.id,
      kind: "action",
      title: "Diagnostic des cellules vacantes",
      owner: "Manager de centre-ville",
      startsOn: "2026-01-05",
      dueOn: "2026-03-13",
      progress: 40,
    });
    expect(action).toMatchObject({ status: "in_progress", progress: 40, version: 0, dependsOnIds: [] });
    const milestone = await api.plan.create({
      projectId: project.id,
      kind: "milestone",
      title: "Comité de pilotage de lancement",
      dueOn: "2026-04-02",
      dependsOnIds: [action.id],
    });
    expect(milestone).toMatchObject({ kind: "milestone", startsOn: null, dependsOnIds: [action.id] });

    const plan = await api.plan.list({ projectId: project.id });
    expect(plan.today).toBe("2026-03-15");
    expect(plan.permissions).toEqual({ manage: true });
    expect(plan.items.map((item) => [item.title, item.overdue, item.dependsOn.map((d) => d.title)])).toEqual([
      ["Diagnostic des cellules vacantes", true, []],
      ["Comité de pilotage de lancement", false, ["Diagnostic des cellules vacantes"]],
    ]);
    expect(plan.timeline).toMatchObject({
      startsOn: "2026-01-01",
      endsOn: "2026-04-30",
      todayOffset: 73,
      rows: [
        { id: action.id, kind: "action", start: 4, end: 72 },
        { id: milestone.id, kind: "milestone", start: 91, end: 92 },
      ],
    });

    const history = await api.plan.history({ projectId: project.id });
    expect(history.map((entry) => [entry.action, entry.itemTitle, entry.actorName])).toEqual([
      ["created", "Comité de pilotage de lancement", officer.displayName],
      ["created", "Diagnostic des cellules vacantes", officer.displayName],
    ]);
    expect(history[0]?.changes).toEqual({
      kind: [null, "milestone"],
      title: [null, "Comité de pilotage de lancement"],
      dueOn: [null, "2026-04-02"],
      progress: [null, 0],
      status: [null, "planned"],
      dependsOn: [null, ["Diagnostic des cellules vacantes"]],
    });
  });

  it("an update records old → new, derives what follows from it, and bumps the version", async () => {
    const officer = await actor(db.prisma, "officer");
    const project = await f().project({ communeInseeCode: "93010" });
    const item = await f().planItem({ projectId: project.id, title: "Rénovation des vitrines", progress: 20 });
    const api = as(officer);

    const updated = await api.plan.update({
      id: item.id,
      version: item.version,
      progress: 60,
      owner: "Service commerce",
    });
    expect(updated).toMatchObject({ progress: 60, status: "in_progress", owner: "Service commerce", version: 1 });
    const done = await api.plan.update({ id: item.id, version: updated.version, status: "done" });
    expect(done).toMatchObject({ progress: 100, status: "done", completedOn: "2026-03-15", version: 2 });

    const history = await api.plan.history({ projectId: project.id });
    expect(history.map((entry) => entry.changes)).toEqual([
      { progress: [60, 100], status: ["in_progress", "done"], completedOn: [null, "2026-03-15"] },
      { owner: [null, "Service commerce"], progress: [20, 60], status: ["planned", "in_progress"] },
    ]);
    expect(history.every((entry) => entry.action === "updated" && entry.itemTitle === "Rénovation des vitrines")).toBe(
      true,
    );
  });

  it("gives the second of two officers saving the same version a conflict, and keeps the first save", async () => {
    const project = await f().project({ communeInseeCode: "93010" });
    const item = await f().planItem({ projectId: project.id });
    const first = as(await actor(db.prisma, "officer"));
    const second = as(await actor(db.prisma, "officer"));

    await first.plan.update({ id: item.id, version: item.version, owner: "Première chargée de mission" });
    const before = await planState(project.id);
    const error = await refusal(second.plan.update({ id: item.id, version: item.version, owner: "Second" }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe(
      "Cet enregistrement a été modifié par quelqu'un d'autre depuis que vous l'avez ouvert. Rechargez la page pour voir sa version actuelle ; vos modifications n'ont pas été enregistrées.",
    );
    expect(await planState(project.id)).toEqual(before);
    expect((await first.plan.list({ projectId: project.id })).items[0]?.owner).toBe("Première chargée de mission");

    const staleRemoval = await refusal(second.plan.remove({ id: item.id, version: item.version }));
    expect(staleRemoval.code).toBe("CONFLICT");
    expect(await planState(project.id)).toEqual(before);
  });

  it("refuses an item depending on itself, and a cycle, in French, writing nothing", async () => {
    const project = await f().project({ communeInseeCode: "93010" });
    const a = await f().planItem({ projectId: project.id, title: "A" });
    const b = await f().planItem({ projectId: project.id, title: "B", dependsOnIds: [a.id] });
    const c = await f().planItem({ projectId: project.id, title: "C", dependsOnIds: [b.id] });
    const api = as(await actor(db.prisma, "officer"));
    const before = await planState(project.id);

    const self = await refusal(api.plan.update({ id: a.id, version: a.version, dependsOnIds: [a.id] }));
    expect(self.code).toBe("BAD_REQUEST");
    expect(self.message).toBe("Un élément ne peut pas dépendre de lui-même : retirez « A » de ses dépendances.");

    const cycle = await refusal(api.plan.update({ id: a.id, version: a.version, progress: 50, dependsOnIds: [c.id] }));
    expect(cycle.code).toBe("BAD_REQUEST");
    expect(cycle.message).toBe(
      "Dépendance circulaire : « A » → « C » → « B » → « A ». Chaque flèche se lit « dépend de » : retirez l'une de ces dépendances.",
    );
    expect(await planState(project.id)).toEqual(before);
  });

  it("refuses a dependency on another project's item, and a due date before the start", async () => {
    const project = await f().project({ communeInseeCode: "93010" });
    const elsewhere = await f().planItem({ projectId: (await f().project({ communeInseeCode: "93010" })).id });
    const api = as(await actor(db.prisma, "officer"));
    const base = { projectId: project.id, kind: "action" as const, title: "Étude", dueOn: "2026-06-30" };
    const before = await planState(project.id);

    expect((await refusal(api.plan.create({ ...base, dependsOnIds: [elsewhere.id] }))).message).toBe(
      "Une dépendance n'appartient pas à ce projet : un élément ne peut dépendre que d'actions ou de jalons du même projet.",
    );
    const dates = await refusal(api.plan.create({ ...base, startsOn: "2026-07-01" }));
    expect(dates.message).toBe("La date d'échéance (2026-06-30) précède la date de début (2026-07-01).");
    expect(dates.cause).toMatchObject({ field: "dueOn" });
    expect(await planState(project.id)).toEqual(before);
  });

  it("deletes an item nothing depends on, keeping its history under its last title", async () => {
    const project = await f().project({ communeInseeCode: "93010" });
    const study = await f().planItem({ projectId: project.id, title: "Étude de programmation" });
    const works = await f().planItem({ projectId: project.id, title: "Travaux", dependsOnIds: [study.id] });
    const api = as(await actor(db.prisma, "officer"));

    const blocked = await refusal(api.plan.remove({ id: study.id, version: study.version }));
    expect(blocked.message).toBe(
      "« Travaux » dépend de « Étude de programmation » : retirez d'abord cette dépendance, puis supprimez « Étude de programmation ».",
    );
    expect(await api.plan.remove({ id: works.id, version: works.version })).toEqual({ id: works.id, title: "Travaux" });
    const items = (await api.plan.list({ projectId: project.id })).items;
    expect(items.map((item) => item.title)).toEqual(["Étude de programmation"]);

    const [deleted] = await api.plan.history({ projectId: project.id });
    expect(deleted).toMatchObject({ action: "deleted", entityId: works.id, itemTitle: "Travaux" });
    expect(deleted?.changes).toMatchObject({ title: ["Travaux", null], dependsOn: [["Étude de programmation"], null] });
  });

  it("lets a contributor read their commune's plan and its history, but edit nothing", async () => {
    const project = await f().project({ communeInseeCode: "93010" });
    const item = await f().planItem({ projectId: project.id, title: "Signalétique commerciale" });
    const bondy = as(await actor(db.prisma, "contributor", ["93010"]));
    const before = await planState(project.id);

    const plan = await bondy.plan.list({ projectId: project.id });
    expect(plan.permissions).toEqual({ manage: false });
    expect(plan.items.map((i) => i.title)).toEqual(["Signalétique commerciale"]);
    expect(await bondy.plan.history({ projectId: project.id })).toEqual([]);

    const create = bondy.plan.create({ projectId: project.id, kind: "milestone", title: "Jalon", dueOn: "2026-05-01" });
    expect((await refusal(create)).code).toBe("FORBIDDEN");
    expect((await refusal(bondy.plan.update({ id: item.id, version: item.version, progress: 10 }))).code).toBe(
      "FORBIDDEN",
    );
    expect((await refusal(bondy.plan.remove({ id: item.id, version: item.version }))).code).toBe("FORBIDDEN");
    expect((await refusal(bondy.plan.overdue())).code).toBe("FORBIDDEN");
    expect(await planState(project.id)).toEqual(before);
  });

  it("refuses a contributor of another commune everything, as if the project did not exist", async () => {
    const project = await f().project({ communeInseeCode: "93010" });
    const item = await f().planItem({ projectId: project.id });
    const bagnolet = as(await actor(db.prisma, "contributor", ["93006"]));
    const before = await planState(project.id);

    for (const call of [
      () => bagnolet.plan.list({ projectId: project.id }),
      () => bagnolet.plan.history({ projectId: project.id }),
      () => bagnolet.plan.create({ projectId: project.id, kind: "action", title: "Intrusion", dueOn: "2026-05-01" }),
      () => bagnolet.plan.update({ id: item.id, version: item.version, title: "Piraté" }),
      () => bagnolet.plan.remove({ id: item.id, version: item.version }),
    ]) {
      expect((await refusal(call())).code).toBe("NOT_FOUND");
    }
    expect(await planState(project.id)).toEqual(before);
  });

  it("lists late items across projects for officers, by programme when asked", async () => {
    const programme = await f().programme();
    const project = await f().project({ programmeId: programme.id, communeInseeCode: "93006" });
    const other = await f().project({ communeInseeCode: "93010" });
    const late = await f().planItem({ projectId: project.id, title: "Acquisition du local", dueOn: "2026-03-14" });
    await f().planItem({ projectId: project.id, title: "Dû aujourd'hui", dueOn: "2026-03-15" });
    await f().planItem({ projectId: project.id, title: "Fini", dueOn: "2026-01-31", status: "done" });
    const elsewhere = await f().planItem({ projectId: other.id, kind: "milestone", dueOn: "2026-02-01" });
    const api = as(await actor(db.prisma, "officer"));

    const inProgramme = await api.plan.overdue({ programmeId: programme.id });
    expect(inProgramme).toEqual([
      {
        id: late.id,
        projectId: project.id,
        projectTitle: project.title,
        communeInseeCode: "93006",
        communeName: "Bagnolet",
        kind: "action",
        title: "Acquisition du local",
        owner: "",
        dueOn: "2026-03-14",
        progress: 0,
        status: "planned",
      },
    ]);
    const everywhere = (await api.plan.overdue()).map((item) => item.id);
    expect(everywhere).toEqual(expect.arrayContaining([late.id, elsewhere.id]));
  });
});
