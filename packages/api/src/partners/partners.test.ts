import { TRPCError } from "@trpc/server";
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

async function officerCaller() {
  return appCaller(db.prisma, await actor(db.prisma, "officer")).caller;
}
const uniqueName = (prefix: string) => `${prefix} ${Math.random().toString(36).slice(2, 8)}`;

describe("partners", () => {
  it("creates, edits and lists a partner, with its history", async () => {
    const officer = await officerCaller();
    const name = uniqueName("Chambre d'essai");
    const created = await officer.partners.create({
      name,
      kind: "chamber",
      siren: "200 054 781",
      siret: "20005478100022",
      themes: ["Artisanat", "artisanat", "ESS"],
      website: "https://chambre.example",
    });
    expect(created).toMatchObject({ name, siren: "200054781", themes: ["Artisanat", "ESS"], version: 0 });

    const updated = await officer.partners.update({ id: created.id, version: 0, phone: "01 02 03 04 05" });
    expect(updated).toMatchObject({ phone: "01 02 03 04 05", version: 1 });

    expect((await officer.partners.list({ kind: "chamber", theme: "artisanat", q: name })).map((p) => p.id)).toEqual([
      created.id,
    ]);
    expect(await officer.partners.list({ kind: "company", q: name })).toEqual([]);
    expect(await officer.partners.list({ theme: "Réparation", q: name })).toEqual([]);

    const history = await officer.partners.history({ id: created.id });
    expect(history.map((h) => h.action)).toEqual(["updated", "created"]);
    expect(history[0]?.changes).toEqual({ phone: ["", "01 02 03 04 05"] });
  });

  it("refuses an invalid SIRET with a French BAD_REQUEST naming the field, and writes nothing", async () => {
    const officer = await officerCaller();
    const name = uniqueName("Entreprise au SIRET faux");
    const error = await officer.partners
      .create({ name, kind: "company", siret: "20005478100023" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect(error).toMatchObject({
      code: "BAD_REQUEST",
      message: "Champ « numéro SIRET » : Numéro SIRET invalide : 14 chiffres dont la clé de contrôle est juste.",
    });
    const sirenError = await officer.partners.create({ name, kind: "company", siren: "123456789" }).catch((e) => e);
    expect(sirenError).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("« numéro SIREN »") });
    expect(await officer.partners.list({ q: name })).toEqual([]);
  });

  it("refuses a SIRET that does not extend the SIREN, on the SIRET field", async () => {
    const officer = await officerCaller();
    const partner = await networkFactories(db.prisma).organisation({ siret: "20005478100022" });
    await expect(officer.partners.update({ id: partner.id, version: 0, siren: "356000000" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("ne commence pas par le SIREN"),
    });
  });

  it("answers a stale version with a CONFLICT", async () => {
    const officer = await officerCaller();
    const partner = await networkFactories(db.prisma).organisation();
    await officer.partners.update({ id: partner.id, version: 0, notes: "Première" });
    await expect(officer.partners.update({ id: partner.id, version: 0, notes: "Seconde" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("shows a partner's contacts with it", async () => {
    const officer = await officerCaller();
    const n = networkFactories(db.prisma);
    const partner = await n.organisation();
    const contact = await n.contact({ organisationId: partner.id });
    const detail = await officer.partners.get({ id: partner.id });
    expect(detail.contacts.map((c) => c.id)).toEqual([contact.id]);
    expect(detail.permissions).toEqual({ manage: true, manageContacts: true });
  });
});
