import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, networkFactories, type TestDatabase } from "@cvv/db/testing";
import { actor, appCaller } from "../testing/test-context.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

// 10:00 in Paris on 15 June 2026.
const now = () => new Date("2026-06-15T08:00:00.000Z");
async function officerCaller() {
  return appCaller(db.prisma, await actor(db.prisma, "officer"), undefined, { now }).caller;
}

describe("contacts", () => {
  it("records the notice's date at creation, and consent when it is the legal basis", async () => {
    const officer = await officerCaller();
    const partner = await networkFactories(db.prisma).organisation();
    await expect(
      officer.contacts.create({ firstName: "Léa", lastName: "Sans-Accord", legalBasis: "consent" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("consentement") });

    const created = await officer.contacts.create({
      organisationId: partner.id,
      firstName: "Léa",
      lastName: "Durand",
      email: "Lea.Durand@Exemple.fr",
      legalBasis: "consent",
      consent: true,
    });
    expect(created).toMatchObject({
      organisationName: partner.name,
      email: "lea.durand@exemple.fr",
      noticeGivenAt: now().toISOString(),
      consentAt: now().toISOString(),
      lastContactAt: "2026-06-15",
      anonymisedAt: null,
    });
  });

  it("sets the last contact to today in one click, and refuses one in the future", async () => {
    const officer = await officerCaller();
    const contact = await networkFactories(db.prisma).contact({ lastContactAt: "2024-02-01" });
    const updated = await officer.contacts.update({ id: contact.id, version: 0, lastContactAt: "today" });
    expect(updated.lastContactAt).toBe("2026-06-15");
    expect((await officer.contacts.get({ id: contact.id })).retentionDueOn).toBe("2029-06-15");
    await expect(
      officer.contacts.update({ id: contact.id, version: 1, lastContactAt: "2026-06-16" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "La date du dernier contact ne peut pas être dans le futur.",
    });
    const history = await officer.contacts.history({ id: contact.id });
    expect(history[0]?.changes).toEqual({ lastContactAt: ["2024-02-01", "2026-06-15"] });
  });

  it("is never shown to a contributor", async () => {
    const contributor = appCaller(db.prisma, await actor(db.prisma, "contributor")).caller;
    const contact = await networkFactories(db.prisma).contact();
    await expect(contributor.contacts.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(contributor.contacts.get({ id: contact.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(contributor.contacts.exportPerson({ id: contact.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("exports everything held on the person and nothing about others", async () => {
    const officer = await officerCaller();
    const n = networkFactories(db.prisma);
    const partner = await n.organisation({ name: "Association exportée" });
    const person = await n.contact({ organisationId: partner.id, firstName: "Inès", lastName: "Exportée" });
    const other = await n.contact({ organisationId: partner.id, firstName: "Paul", lastName: "Autrui" });
    const network = await n.network({ name: "Réseau exporté" });
    await n.member({ networkId: network.id, contactId: person.id, role: "référente" });
    await n.member({ networkId: network.id, contactId: other.id });
    const meeting = await n.meeting({ networkId: network.id, title: "Réunion de rentrée" });
    const lonely = await n.network({ name: "Réseau sans elle" });
    await n.member({ networkId: lonely.id, contactId: other.id });
    await officer.contacts.update({ id: person.id, version: 0, jobTitle: "Présidente" });

    const exported = await officer.contacts.exportPerson({ id: person.id });
    expect(exported.contact).toMatchObject({ id: person.id, firstName: "Inès", jobTitle: "Présidente" });
    expect(exported.organisation).toMatchObject({ id: partner.id, name: "Association exportée" });
    expect(exported.memberships).toEqual([
      expect.objectContaining({
        role: "référente",
        network: expect.objectContaining({
          id: network.id,
          meetings: [expect.objectContaining({ id: meeting.id, title: "Réunion de rentrée" })],
        }),
      }),
    ]);
    expect(exported.history.map((h) => h.action)).toEqual(["updated"]);
    const text = JSON.stringify(exported);
    expect(text).not.toContain(other.id);
    expect(text).not.toContain("Autrui");
    expect(text).not.toContain(other.email ?? "absent");
    expect(text).not.toContain(lonely.id);
  });

  it("erases at once and for good, keeping the reason and the memberships, and scrubbing the history", async () => {
    const officer = await officerCaller();
    const n = networkFactories(db.prisma);
    const contact = await n.contact({ firstName: "Hugo", lastName: "Effacé", email: "hugo@efface.example" });
    const network = await n.network();
    await n.member({ networkId: network.id, contactId: contact.id });
    const edited = await officer.contacts.update({ id: contact.id, version: 0, phone: "06 11 22 33 44" });

    await expect(officer.contacts.erase({ id: contact.id, version: 0, reason: "Demande" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const erased = await officer.contacts.erase({
      id: contact.id,
      version: edited.version,
      reason: "Demande de la personne par courriel du 10 juin",
    });
    expect(erased).toMatchObject({
      firstName: "",
      lastName: "Contact anonymisé",
      email: null,
      phone: "",
      notes: "",
      anonymisedAt: now().toISOString(),
    });

    const history = await officer.contacts.history({ id: contact.id });
    expect(history[0]).toMatchObject({
      action: "erased",
      changes: { reason: [null, "Demande de la personne par courriel du 10 juin"] },
    });
    const trail = JSON.stringify(history);
    expect(trail).not.toContain("Effacé");
    expect(trail).not.toContain("hugo@efface.example");
    expect(trail).not.toContain("06 11 22 33 44");

    // Irreversible: no update, no second erasure, and the network still counts the member.
    await expect(
      officer.contacts.update({ id: contact.id, version: erased.version, firstName: "Hugo" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      officer.contacts.erase({ id: contact.id, version: erased.version, reason: "Encore" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const detail = await officer.networks.get({ id: network.id });
    expect(detail.members).toEqual([
      expect.objectContaining({ contact: expect.objectContaining({ id: contact.id, anonymised: true }) }),
    ]);
    const row = await db.prisma.contact.findUniqueOrThrow({
      where: { id: contact.id },
      select: { firstName: true, lastName: true, email: true },
    });
    expect(row).toEqual({ firstName: "", lastName: "Contact anonymisé", email: null });
  });

  it("searches by name, e-mail or partner, whatever the accents", async () => {
    const officer = await officerCaller();
    const n = networkFactories(db.prisma);
    const partner = await n.organisation({ name: "Atelier Écoréparation" });
    const contact = await n.contact({ organisationId: partner.id, lastName: "Bérénice-Unique" });
    expect((await officer.contacts.list({ q: "berenice-unique" })).map((c) => c.id)).toEqual([contact.id]);
    expect((await officer.contacts.list({ q: "ecoreparation" })).map((c) => c.id)).toEqual([contact.id]);
    expect((await officer.contacts.list({ organisationId: partner.id })).map((c) => c.id)).toEqual([contact.id]);
  });
});
