import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { retentionDue } from "@cvv/domain/contacts";
import { createOrganisationInput } from "@cvv/domain/partners";
import { contactsRepository } from "../repositories/contacts.repository.js";
import { networksRepository } from "../repositories/networks.repository.js";
import { organisationsRepository } from "../repositories/organisations.repository.js";
import { createTestDatabase, factories, type TestDatabase } from "../testing/index.js";
import { loadDemoNetwork } from "./demo-network.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

describe("loadDemoNetwork", () => {
  it("loads partners, contacts (two due for anonymisation), the networks and a working group, once", async () => {
    const officer = await factories(db.prisma).user({ role: "officer" });
    const now = new Date("2026-11-30T10:00:00.000Z");
    await loadDemoNetwork(db.prisma, { officerId: officer.id, now });
    await loadDemoNetwork(db.prisma, { officerId: officer.id, now });

    const partners = await organisationsRepository(db.prisma).list();
    expect(partners.map((p) => p.name)).toEqual(
      expect.arrayContaining(["Chambre de commerce et d'industrie Paris Île-de-France", "Les Canaux"]),
    );
    for (const { id: _id, version: _v, contactCount: _c, ...fields } of partners) {
      expect(createOrganisationInput.safeParse(fields).success, fields.name).toBe(true);
    }

    const contacts = await contactsRepository(db.prisma).list();
    expect(contacts.length).toBeGreaterThanOrEqual(14);
    expect(contacts.filter((c) => retentionDue(c.lastContactAt, now))).toHaveLength(2);
    expect(contacts.every((c) => c.noticeGivenAt !== null)).toBe(true);
    expect(contacts.filter((c) => c.legalBasis === "consent").every((c) => c.consentAt !== null)).toBe(true);

    const networks = await networksRepository(db.prisma).list();
    expect(networks.map((n) => n.name)).toEqual(
      expect.arrayContaining(["Managers de centre-ville", "Référents métiers d'art", "Experts", "Partenaires"]),
    );
    const group = networks.find((n) => n.kind === "working_group");
    expect(group?.parentName).toBe("Managers de centre-ville");
    expect(group?.meetingCount).toBe(2);
  });
});
