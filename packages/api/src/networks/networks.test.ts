import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, factories, networkFactories, type TestDatabase } from "@cvv/db/testing";
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

describe("networks and working groups", () => {
  it("creates a network and a working group under it, and refuses a parent for a network", async () => {
    const officer = await officerCaller();
    const network = await officer.networks.create({
      name: "Managers de centre-ville (essai)",
      kind: "town_centre_managers",
    });
    const group = await officer.networks.create({
      name: "Groupe vitrines vides",
      kind: "working_group",
      parentId: network.id,
    });
    expect(group.parentId).toBe(network.id);
    await expect(
      officer.networks.create({ name: "Réseau mal rangé", kind: "experts", parentId: network.id }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("groupe de travail") });
    await expect(officer.networks.update({ id: network.id, version: 0, kind: "working_group" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const detail = await officer.networks.get({ id: network.id });
    expect(detail.groups).toEqual([{ id: group.id, name: "Groupe vitrines vides", memberCount: 0 }]);
  });

  it("adds a contact or an account, never both or neither, and refuses a duplicate in French", async () => {
    const officer = await officerCaller();
    const n = networkFactories(db.prisma);
    const network = await n.network();
    const contact = await n.contact();
    const user = await factories(db.prisma).user({ role: "officer" });

    await expect(
      officer.networks.addMember({ networkId: network.id, contactId: contact.id, userId: user.id }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Choisissez soit un contact, soit un compte de la plateforme, pas les deux.",
    });
    await expect(officer.networks.addMember({ networkId: network.id })).rejects.toMatchObject({ code: "BAD_REQUEST" });

    const byContact = await officer.networks.addMember({
      networkId: network.id,
      contactId: contact.id,
      role: "membre",
    });
    const byUser = await officer.networks.addMember({ networkId: network.id, userId: user.id });
    expect(byContact.contact?.id).toBe(contact.id);
    expect(byUser.user?.id).toBe(user.id);
    await expect(officer.networks.addMember({ networkId: network.id, contactId: contact.id })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Ce contact est déjà membre de ce réseau.",
    });

    await officer.networks.removeMember({ networkId: network.id, memberId: byContact.id });
    const detail = await officer.networks.get({ id: network.id });
    expect(detail.members.map((m) => m.id)).toEqual([byUser.id]);
    await expect(
      officer.networks.removeMember({ networkId: network.id, memberId: byContact.id }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("plans and edits meetings, with a stale version refused", async () => {
    const officer = await officerCaller();
    const network = await networkFactories(db.prisma).network();
    const meeting = await officer.networks.createMeeting({
      networkId: network.id,
      title: "Atelier vitrines",
      startsAt: "2026-03-12T14:30:00+01:00",
      place: "Bondy",
      agenda: "1. Tour de table",
    });
    expect(meeting.startsAt).toBe("2026-03-12T13:30:00.000Z");
    const edited = await officer.networks.updateMeeting({
      networkId: network.id,
      id: meeting.id,
      version: 0,
      notes: "Douze participants.",
    });
    expect(edited).toMatchObject({ notes: "Douze participants.", version: 1 });
    await expect(
      officer.networks.updateMeeting({ networkId: network.id, id: meeting.id, version: 0, notes: "x" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const history = await officer.networks.history({ id: network.id });
    expect(history.map((h) => h.action)).toEqual(["updated", "created"]);
  });

  it("keeps a network's documents to officers", async () => {
    const officer = await officerCaller();
    const contributor = appCaller(db.prisma, await actor(db.prisma, "contributor")).caller;
    const network = await networkFactories(db.prisma).network();
    expect((await officer.documents.list({ entity: "network", entityId: network.id })).documents).toEqual([]);
    await expect(contributor.documents.list({ entity: "network", entityId: network.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
