import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, networkFactories, type TestDatabase } from "@cvv/db/testing";
import { actor, appCaller } from "../testing/test-context.js";
import { applyContactRetention } from "./retention/retention.service.js";

// Its own database: the retention rule reads every contact, so no other test's contacts may be there.
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

// Noon in Paris on 15 June 2031.
const now = () => new Date("2031-06-15T10:00:00.000Z");

describe("retention of contacts: three years after the last contact", () => {
  it("previews, then anonymises exactly the contacts due, keeping their memberships", async () => {
    const n = networkFactories(db.prisma);
    const officer = appCaller(db.prisma, await actor(db.prisma, "officer"), undefined, { now }).caller;
    const partner = await n.organisation({ name: "Chambre retenue" });
    const longAgo = await n.contact({ organisationId: partner.id, lastName: "Ancienne", lastContactAt: "2027-01-10" });
    const exactly = await n.contact({ lastName: "Pile", lastContactAt: "2028-06-15" });
    const dayAfter = await n.contact({ lastName: "Lendemain", lastContactAt: "2028-06-16" });
    const recent = await n.contact({ lastName: "Récente", lastContactAt: "2031-01-01" });
    const network = await n.network();
    await n.member({ networkId: network.id, contactId: longAgo.id });
    await n.member({ networkId: network.id, contactId: recent.id });

    const preview = await officer.contacts.retentionPreview();
    expect(preview.count).toBe(2);
    expect(preview.contacts).toEqual([
      {
        id: longAgo.id,
        name: `Camille Ancienne`,
        organisationName: "Chambre retenue",
        lastContactAt: "2027-01-10",
        dueSince: "2030-01-10",
      },
      {
        id: exactly.id,
        name: "Camille Pile",
        organisationName: null,
        lastContactAt: "2028-06-15",
        dueSince: "2031-06-15",
      },
    ]);

    const applied = await officer.contacts.applyRetention();
    expect(applied.anonymised).toBe(2);
    expect(applied.ids.sort()).toEqual([longAgo.id, exactly.id].sort());

    const rows = await db.prisma.contact.findMany({
      select: { id: true, lastName: true, email: true, anonymisedAt: true },
      where: { id: { in: [longAgo.id, exactly.id, dayAfter.id, recent.id] } },
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const id of [longAgo.id, exactly.id]) {
      expect(byId.get(id)).toMatchObject({ lastName: "Contact anonymisé", email: null, anonymisedAt: now() });
    }
    for (const c of [dayAfter, recent]) {
      expect(byId.get(c.id)).toMatchObject({ lastName: c.lastName, email: c.email, anonymisedAt: null });
    }
    expect(await db.prisma.networkMember.count({ where: { networkId: network.id } })).toBe(2);
    const history = await officer.contacts.history({ id: longAgo.id });
    expect(history[0]).toMatchObject({ action: "anonymised", changes: { anonymisedAt: [null, now().toISOString()] } });

    // Nothing is due any more: a second run (the daily job) does nothing.
    expect((await officer.contacts.retentionPreview()).count).toBe(0);
    expect(await applyContactRetention({ db: db.prisma, now })).toEqual({ anonymised: 0, ids: [] });

    // A day later, the contact last met the day after becomes due, for the job too.
    const nextDay = () => new Date("2031-06-16T10:00:00.000Z");
    expect(await applyContactRetention({ db: db.prisma, now: nextDay })).toEqual({ anonymised: 1, ids: [dayAfter.id] });
  });
});
