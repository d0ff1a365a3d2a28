import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { communicationFactories, createTestDatabase, eventFactories, type TestDatabase } from "@cvv/db/testing";
import { actor, appCaller } from "../testing/test-context.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

/** An officer whose "today" is 10 December 2026 in Paris. */
async function officer(now = "2026-12-10T10:00:00.000Z") {
  const me = await actor(db.prisma, "officer");
  return { me, caller: appCaller(db.prisma, me, undefined, { now: () => new Date(now) }).caller };
}

const unique = (prefix: string) => `${prefix} ${Math.random().toString(36).slice(2, 8)}`;

describe("the communication plan", () => {
  it("plans an action linked to an event and a publication, edits it, and keeps its history in words", async () => {
    const { me, caller } = await officer();
    const event = await eventFactories(db.prisma).event({ title: unique("Assises") });
    const publication = await eventFactories(db.prisma).publication({ title: unique("Retour sur"), status: "draft" });

    const options = await caller.communication.options();
    expect(options.events.find((e) => e.id === event.id)).toEqual({
      id: event.id,
      title: event.title,
      date: event.startsAt,
    });
    expect(options.publications.some((p) => p.id === publication.id)).toBe(true);
    expect(options.owners.some((o) => o.id === me.id)).toBe(true);

    const created = await caller.communication.create({
      title: "Annonce dans la lettre",
      channel: "newsletter",
      plannedOn: "2026-12-15",
      audience: "Communes",
      ownerId: me.id,
      eventId: event.id,
      publicationId: publication.id,
    });
    expect(created).toMatchObject({
      status: "planned",
      eventTitle: event.title,
      publicationTitle: publication.title,
      ownerName: me.displayName,
      version: 0,
    });

    const updated = await caller.communication.update({
      id: created.id,
      version: 0,
      status: "in_progress",
      plannedOn: "2026-12-16",
    });
    expect(updated).toMatchObject({ status: "in_progress", plannedOn: "2026-12-16", audience: "Communes", version: 1 });

    const history = await caller.communication.history({ id: created.id });
    expect(history.map((h) => h.action)).toEqual(["updated", "created"]);
    expect(history[0]!.lines).toEqual([
      { field: "Date prévue", before: "15/12/2026", after: "16/12/2026" },
      { field: "Statut", before: "Prévue", after: "En cours" },
    ]);
    expect(history[1]!.lines).toContainEqual({ field: "Canal", before: "(vide)", after: "Lettre d'information" });
    expect(history[1]!.lines).toContainEqual({ field: "Événement lié", before: "(vide)", after: event.title });
  });

  it("refuses a stale version with a conflict, and a refused transition in French, writing nothing", async () => {
    const { caller } = await officer();
    const action = await communicationFactories(db.prisma).action({ status: "done" });
    await expect(caller.communication.update({ id: action.id, version: 0, status: "planned" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Une action « Réalisée » ne peut pas passer à « Prévue » ; ce statut est définitif.",
    });
    const planned = await communicationFactories(db.prisma).action();
    await caller.communication.update({ id: planned.id, version: 0, title: "Premier" });
    await expect(caller.communication.update({ id: planned.id, version: 0, title: "Second" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect((await caller.communication.get({ id: planned.id })).title).toBe("Premier");
  });

  it("refuses a link to an event that does not exist, at its field", async () => {
    const { caller } = await officer();
    await expect(
      caller.communication.create({
        title: "Lien perdu",
        channel: "press",
        plannedOn: "2026-12-01",
        eventId: "00000000-0000-4000-8000-000000000000",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "Cet événement n'existe plus : choisissez-en un autre." });
  });

  it("filters by month, channel, status, owner and lateness, and says which are late", async () => {
    const { me, caller } = await officer();
    const f = communicationFactories(db.prisma);
    const channelTag = unique("Filtre");
    const late = await f.action({
      title: `${channelTag} en retard`,
      plannedOn: "2026-12-02",
      channel: "print",
      ownerId: me.id,
    });
    const doneLate = await f.action({
      title: `${channelTag} faite`,
      plannedOn: "2026-12-03",
      channel: "print",
      status: "done",
      ownerId: me.id,
    });
    const coming = await f.action({
      title: `${channelTag} à venir`,
      plannedOn: "2026-12-20",
      channel: "print",
      ownerId: me.id,
    });
    const january = await f.action({
      title: `${channelTag} janvier`,
      plannedOn: "2027-01-05",
      channel: "print",
      ownerId: me.id,
    });

    const december = await caller.communication.list({ month: "2026-12", ownerId: me.id });
    expect(december.today).toBe("2026-12-10");
    expect(december.actions.map((a) => a.id)).toEqual([late.id, doneLate.id, coming.id]);
    expect(december.actions.map((a) => a.overdue)).toEqual([true, false, false]);
    expect(december.actions[0]!.nextStatuses).toEqual(["in_progress", "done", "cancelled"]);

    const overdue = await caller.communication.list({ overdue: true, ownerId: me.id });
    expect(overdue.actions.map((a) => a.id)).toEqual([late.id]);

    const period = await caller.communication.list({
      from: "2026-12-15",
      to: "2027-01-31",
      ownerId: me.id,
      channel: "print",
    });
    expect(period.actions.map((a) => a.id)).toEqual([coming.id, january.id]);

    const done = await caller.communication.list({ status: "done", ownerId: me.id });
    expect(done.actions.map((a) => a.id)).toEqual([doneLate.id]);

    const otherChannel = await caller.communication.list({ channel: "press", ownerId: me.id });
    expect(otherChannel.actions).toEqual([]);

    await expect(caller.communication.list({ month: "2026-13" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("deletes a planned action only, and keeps a trace of it", async () => {
    const { caller } = await officer();
    const f = communicationFactories(db.prisma);
    const started = await f.action({ status: "in_progress" });
    await expect(caller.communication.delete({ id: started.id, version: 0 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Seule une action « Prévue » peut être supprimée ; celle-ci est « En cours ». Annulez-la plutôt.",
    });
    const planned = await f.action({ title: "À supprimer" });
    await expect(caller.communication.delete({ id: planned.id, version: 1 })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(caller.communication.delete({ id: planned.id, version: 0 })).resolves.toEqual({ id: planned.id });
    await expect(caller.communication.get({ id: planned.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const history = await caller.communication.history({ id: planned.id });
    expect(history[0]).toMatchObject({ action: "deleted" });
    expect(history[0]!.lines).toContainEqual({ field: "Titre", before: "À supprimer", after: "(vide)" });
  });

  it("shows nothing of the plan to a contributor", async () => {
    const contributor = appCaller(db.prisma, await actor(db.prisma, "contributor")).caller;
    await expect(contributor.communication.list({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(contributor.communication.options()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
