import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, factories, type TestDatabase } from "@cvv/db/testing";
import { contactFields } from "@cvv/domain/contacts";
import { governanceBodyFields, meetingFields } from "@cvv/domain/governance";
import { networkFields, networkMeetingFields } from "@cvv/domain/networks";
import { organisationFields } from "@cvv/domain/partners";
import { editionHistoryFields } from "../editions/update-edition/update-edition.service.js";
import { eventHistoryFields } from "../events/save-event/save-event.service.js";
import { programmeHistoryFields } from "../programmes/create-programme/create-programme.service.js";
import { actor, appCaller } from "../testing/test-context.js";
import { fieldLabels } from "@cvv/domain/shared";
import { historyFieldLabels, type HistoryEntity } from "./record-history.service.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

describe("history.record", () => {
  it("names every field it records in French, never by its code", () => {
    const recorded: Record<HistoryEntity, readonly string[]> = {
      programme: programmeHistoryFields,
      edition: editionHistoryFields,
      "governance-body": governanceBodyFields,
      meeting: [...meetingFields, "attendance", "decisions"],
      raci: ["assignments"],
      organisation: organisationFields,
      contact: [...contactFields, "anonymisedAt"],
      network: networkFields,
      "network-meeting": networkMeetingFields,
      event: [...eventHistoryFields, "partners", "projects"],
    };
    const unnamed = Object.entries(recorded).flatMap(([entity, fields]) =>
      fields
        .filter((field) => !(field in historyFieldLabels) && !(field in fieldLabels))
        .map((field) => `${entity}.${field}`),
    );
    expect(unnamed).toEqual([]);
  });

  it("tells a programme's and an edition's changes in words, newest first", async () => {
    const officer = await actor(db.prisma, "officer");
    const { caller } = appCaller(db.prisma, officer);
    const programme = await caller.programmes.create({ name: "Réseau des halles" });
    await caller.programmes.update({
      id: programme.id,
      version: programme.version,
      status: "active",
      budgetEuros: 1_500_000,
    });
    const edition = await caller.editions.create({ programmeId: programme.id, name: "Appel 2027", year: 2027 });
    await caller.editions.update({ id: edition.id, version: edition.version, status: "open", opensOn: "2027-01-15" });

    const programmeHistory = await caller.history.record({ entity: "programme", entityId: programme.id });
    expect(programmeHistory.map((h) => h.action)).toEqual(["updated", "created"]);
    expect(programmeHistory[0]!.actorName).toBe(officer.displayName);
    expect(programmeHistory[0]!.lines).toEqual(
      expect.arrayContaining([
        { field: "Statut", before: "En préparation", after: "En cours" },
        { field: "Budget (€)", before: "(vide)", after: "1\u202f500\u202f000" },
      ]),
    );
    const editionHistory = await caller.history.record({ entity: "edition", entityId: edition.id });
    expect(editionHistory[0]!.lines).toEqual(
      expect.arrayContaining([
        { field: "Statut", before: "À venir", after: "Candidatures ouvertes" },
        { field: expect.stringMatching(/ouverture/i), before: "(vide)", after: "15/01/2027" },
      ]),
    );
  });

  it("shows a meeting's history to officers only", async () => {
    const programme = await factories(db.prisma).programme();
    const body = await db.prisma.governanceBody.create({
      select: { id: true },
      data: { programmeId: programme.id, kind: "technical_committee", name: "Comité technique" },
    });
    const { caller: contributor } = appCaller(db.prisma, await actor(db.prisma, "contributor"));
    await expect(contributor.history.record({ entity: "governance-body", entityId: body.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const { caller: officer } = appCaller(db.prisma, await actor(db.prisma, "officer"));
    await expect(officer.history.record({ entity: "governance-body", entityId: body.id })).resolves.toEqual([]);
  });
});
