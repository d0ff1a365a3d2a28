import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkDependencies, isOverdue, resolvePlanItem } from "@cvv/domain/project-plan";
import { planItemsRepository } from "../repositories/plan-items.repository.js";
import { createTestDatabase, factories, type TestDatabase } from "../testing/index.js";
import { loadDemoPlan } from "./demo-plan.js";

const today = "2026-11-29";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

describe("loadDemoPlan", () => {
  it("gives three demo projects a plan the rules accept, once however often it runs", async () => {
    const f = factories(db.prisma);
    const projects = await Promise.all(
      ["93010", "93006", "94076", "92024"].map((communeInseeCode) => f.project({ communeInseeCode })),
    );
    await loadDemoPlan(db.prisma, projects);
    await loadDemoPlan(db.prisma, projects);

    const repo = planItemsRepository(db.prisma);
    const plans = await Promise.all(projects.map((project) => repo.listForProject("all", project.id)));
    expect(plans.map((plan) => plan.length)).toEqual([6, 4, 5, 0]);
    for (const plan of plans) {
      for (const item of plan) {
        // As stored, each item is what the rules would make of it, and its dependencies close no cycle.
        const { id: _id, projectId: _projectId, version: _version, updatedAt: _updatedAt, ...stored } = item;
        expect(resolvePlanItem(item, {}, today), item.title).toEqual({ ok: true, value: stored });
        expect(checkDependencies(item, item.dependsOnIds, plan).ok, item.title).toBe(true);
      }
      // Each plan has a late item on the day the demo was written, so the page shows one.
      if (plan.length > 0) expect(plan.some((item) => isOverdue(item, today))).toBe(true);
    }
  });
});
