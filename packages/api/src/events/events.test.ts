import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { createTestDatabase, eventFactories, factories, networkFactories, type TestDatabase } from "@cvv/db/testing";
import { registerForEvent } from "../event-registrations/register.service.js";
import { runEventJobs } from "../event-registrations/event-reminders.service.js";
import { actor, appCaller, testContext } from "../testing/test-context.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

const unique = () => Math.random().toString(36).slice(2, 8);
async function officerAt(now: Date) {
  return appCaller(db.prisma, await actor(db.prisma, "officer"), undefined, { now: () => now });
}
const visitorAt = (now: Date) => testContext(db.prisma, null, null, { now: () => now }).ctx;
const form = (email: string) => ({ name: "Sacha Exemple", email, organisation: "", consent: true });

async function indicatorValue(code: string, communeInseeCode: string, period: string) {
  return db.prisma.indicatorValue.findFirst({
    select: { value: true, publishedValue: true, status: true },
    where: { indicator: { code }, communeInseeCode, period },
  });
}

describe("the officers' management of events", () => {
  it("creates a draft, edits it against its version with history, publishes and links partners and projects", async () => {
    const { caller: officer } = await officerAt(new Date("2026-05-01T08:00:00Z"));
    const created = await officer.events.create({
      kind: "meetup",
      title: `Rencontre des managers ${unique()}`,
      startsAt: "2026-06-12T18:00:00+02:00",
      endsAt: "2026-06-12T20:00:00+02:00",
      communeInseeCode: "93010",
      capacity: 30,
    });
    expect(created).toMatchObject({ status: "draft", version: 0, communeName: "Bondy" });

    const updated = await officer.events.update({ id: created.id, version: created.version, place: "Halle du marché" });
    expect(updated).toMatchObject({ place: "Halle du marché", version: 1 });
    await expect(officer.events.update({ id: created.id, version: 0, place: "Ailleurs" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("modifié par quelqu'un d'autre"),
    });
    await expect(
      officer.events.update({ id: created.id, version: 1, endsAt: "2026-06-12T10:00:00+02:00" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("précède son début") });

    const organisation = await networkFactories(db.prisma).organisation({ name: `CMA IDF ${unique()}` });
    const project = await factories(db.prisma).project({ communeInseeCode: "93010" });
    const withPartners = await officer.events.setPartners({ id: created.id, version: 1, ids: [organisation.id] });
    const withProjects = await officer.events.setProjects({
      id: created.id,
      version: withPartners.version,
      ids: [project.id],
    });
    expect(withProjects.partners.map((p) => p.id)).toEqual([organisation.id]);
    expect(withProjects.projects.map((p) => p.id)).toEqual([project.id]);
    const unknown = "00000000-0000-4000-8000-000000000000";
    await expect(
      officer.events.setPartners({ id: created.id, version: withProjects.version, ids: [unknown] }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "Partenaires : une des organisations n'existe pas." });
    await expect(
      officer.events.setProjects({ id: created.id, version: withProjects.version, ids: [unknown] }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "Projets liés : un des projets n'existe pas." });

    const published = await officer.events.publish({ id: created.id, version: withProjects.version });
    expect(published.status).toBe("published");
    await expect(officer.events.publish({ id: created.id, version: published.version })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });

    const history = await officer.history.record({ entity: "event", entityId: created.id });
    expect(history.map((h) => h.action)).toEqual(["published", "updated", "updated", "updated", "created"]);
    expect(history[0]?.lines).toEqual([{ field: expect.any(String), before: "Brouillon", after: "Publié" }]);
    expect(history[1]?.lines).toEqual([{ field: expect.any(String), before: "(vide)", after: project.title }]);
    expect(history[2]?.lines).toEqual([{ field: expect.any(String), before: "(vide)", after: organisation.name }]);

    const list = await officer.events.list({
      communeInseeCode: "93010",
      status: "published",
      kind: "meetup",
      from: "2026-06-12",
      to: "2026-06-12",
    });
    expect(list.map((e) => e.id)).toContain(created.id);
    expect(
      (await officer.events.list({ kind: "fair", from: "2026-06-12", to: "2026-06-12" })).map((e) => e.id),
    ).not.toContain(created.id);
  });

  it("cancels an event and tells everyone registered or waiting by e-mail", async () => {
    const event = await eventFactories(db.prisma).event({ capacity: 1, startsAt: "2026-06-20T12:00:00.000Z" });
    const now = new Date("2026-06-01T08:00:00Z");
    await registerForEvent(visitorAt(now), event.slug, form(`a-${unique()}@exemple.fr`));
    await registerForEvent(visitorAt(now), event.slug, form(`b-${unique()}@exemple.fr`));
    const { caller: officer, mailer } = await officerAt(now);
    const cancelled = await officer.events.cancel({ id: event.id, version: event.version });
    expect(cancelled).toMatchObject({ status: "cancelled", notified: 2 });
    expect(mailer.sent.map((m) => m.subject)).toEqual([
      `Événement annulé : ${event.title}`,
      `Événement annulé : ${event.title}`,
    ]);
    await expect(officer.events.publish({ id: event.id, version: cancelled.version })).rejects.toBeInstanceOf(
      TRPCError,
    );
  });

  it("promotes waiting registrants when places are added", async () => {
    const event = await eventFactories(db.prisma).event({ capacity: 1, startsAt: "2026-06-20T12:00:00.000Z" });
    const now = new Date("2026-06-01T08:00:00Z");
    await registerForEvent(visitorAt(now), event.slug, form(`a-${unique()}@exemple.fr`));
    const waiting = `b-${unique()}@exemple.fr`;
    await registerForEvent(visitorAt(now), event.slug, form(waiting));
    const { caller: officer, mailer } = await officerAt(now);
    await officer.events.update({ id: event.id, version: event.version, capacity: 2 });
    const detail = await officer.events.get({ id: event.id });
    expect(detail.counts).toMatchObject({ confirmed: 2, waiting: 0, placesLeft: 0 });
    expect(mailer.sent.map((m) => m.to)).toEqual([waiting]);
  });
});

describe("attendance and the programme's indicators", () => {
  it("counts the events held and their participants, per commune, as approved values", async () => {
    // A year no other test uses: the values are per commune and year.
    const programme = await factories(db.prisma).programme();
    const events = eventFactories(db.prisma);
    const held = await events.event({
      capacity: 10,
      startsAt: "2031-03-12T13:00:00.000Z",
      communeInseeCode: "93006",
      programmeId: programme.id,
    });
    const other = await events.event({
      capacity: 10,
      startsAt: "2031-04-12T13:00:00.000Z",
      communeInseeCode: "93006",
      programmeId: programme.id,
    });
    await events.event({ startsAt: "2031-04-12T13:00:00.000Z", communeInseeCode: "93006", status: "cancelled" });
    await events.event({ startsAt: "2031-04-12T13:00:00.000Z", communeInseeCode: null });
    const before = new Date("2031-03-01T08:00:00Z");
    const emails = [1, 2, 3].map((n) => `p${n}-${unique()}@exemple.fr`);
    for (const email of emails) await registerForEvent(visitorAt(before), held.slug, form(email));
    await registerForEvent(visitorAt(before), other.slug, form(`o-${unique()}@exemple.fr`));

    const { caller: officer } = await officerAt(new Date("2031-03-12T14:00:00Z"));
    await expect(officer.events.takeAttendance({ eventId: other.id, presentIds: [] })).rejects.toMatchObject({
      message: expect.stringContaining("jour de l'événement"),
    });

    const detail = await officer.events.get({ id: held.id });
    const present = detail.registrations.filter((r) => r.email !== emails[2]).map((r) => r.id);
    const { caller: later } = await officerAt(new Date("2031-05-01T08:00:00Z"));
    const taken = await later.events.takeAttendance({ eventId: held.id, presentIds: present });
    expect(taken.present).toBe(2);
    // Two events held in Bagnolet (the cancelled one and the one without commune left out); 2 present + 1 confirmed (no attendance taken).
    expect(taken.indicators).toMatchObject({ events: 2, participants: 3, withoutCommune: 1 });
    expect(await indicatorValue("evenements_organises", "93006", "2031")).toEqual({
      value: 2,
      publishedValue: 2,
      status: "approved",
    });
    expect(await indicatorValue("participants_evenements", "93006", "2031")).toEqual({
      value: 3,
      publishedValue: 3,
      status: "approved",
    });
    expect((await later.events.get({ id: held.id })).counts).toMatchObject({ attended: 2, confirmed: 3 });

    // Marking one more present changes the figure at once.
    await later.events.takeAttendance({ eventId: held.id, presentIds: detail.registrations.map((r) => r.id) });
    expect((await indicatorValue("participants_evenements", "93006", "2031"))?.value).toBe(4);

    // The indicators are assigned to the events' programme.
    const assigned = await db.prisma.indicatorAssignment.count({
      where: {
        programmeId: programme.id,
        indicator: { code: { in: ["evenements_organises", "participants_evenements"] } },
      },
    });
    expect(assigned).toBe(2);

    // An event cancelled afterwards leaves the count at the next scheduled run.
    const { caller: again } = await officerAt(new Date("2031-05-01T09:00:00Z"));
    const current = await again.events.get({ id: other.id });
    await again.events.cancel({ id: other.id, version: current.version });
    await runEventJobs(testContext(db.prisma, null, null, { now: () => new Date("2031-05-01T10:00:00Z") }).ctx);
    expect(await indicatorValue("evenements_organises", "93006", "2031")).toMatchObject({ value: 1 });
    expect(await indicatorValue("participants_evenements", "93006", "2031")).toMatchObject({ value: 3 });
  });

  it("refuses contributors", async () => {
    const contributor = appCaller(db.prisma, await actor(db.prisma, "contributor")).caller;
    await expect(contributor.events.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
