import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkMissionDates, checkMissionDelivery, createExpertInput } from "@cvv/domain/experts";
import { expertsRepository } from "../repositories/experts.repository.js";
import { recordChangesRepository } from "../repositories/record-changes.repository.js";
import { createTestDatabase, factories, type TestDatabase } from "../testing/index.js";
import { loadDemoExperts } from "./demo-experts.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

describe("loadDemoExperts", () => {
  it("fills the directory once, with entries and missions the rules accept, and their history", async () => {
    const f = factories(db.prisma);
    const projects = await Promise.all(
      ["93006", "93010", "93070", "92024", "93048", "94081", "93072", "92071"].map((communeInseeCode) =>
        f.project({ communeInseeCode }),
      ),
    );
    await loadDemoExperts(db.prisma, { projects, officerId: null });
    await loadDemoExperts(db.prisma, { projects, officerId: null });

    const repo = expertsRepository(db.prisma);
    const experts = await repo.list();
    expect(experts).toHaveLength(8);
    const history = recordChangesRepository(db.prisma);
    let missionCount = 0;
    for (const expert of experts) {
      expect(expert.name).toContain("(fictif)");
      // What an officer could have typed: the SIRET passes its check, the rest its schema.
      const { id: _id, version: _version, dailyRateCents, ...fields } = expert;
      expect(
        createExpertInput.safeParse({ ...fields, dailyRate: String(dailyRateCents! / 100) }).success,
        expert.name,
      ).toBe(true);
      expect(await history.forRecord("expert", expert.id)).toHaveLength(1);
      const { missions } = (await repo.findWithMissions(expert.id))!;
      for (const mission of missions) {
        missionCount++;
        expect(checkMissionDates(mission.startsOn, mission.endsOn).ok, mission.title).toBe(true);
        expect(checkMissionDelivery(mission.status, mission.deliverables).ok, mission.title).toBe(true);
        expect(await history.forRecord("mission", mission.id)).toHaveLength(1);
      }
    }
    expect(missionCount).toBe(8);
    // The "métiers d'art" search of the directory finds the workshop, typed without accents.
    expect((await repo.list({ skill: "metiers d'art" })).map((e) => e.name)).toEqual(["Maison Fil & Verre (fictif)"]);
  });
});
