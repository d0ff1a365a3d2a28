import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, factories, type TestDatabase } from "@cvv/db/testing";
import { publicCaller } from "../testing/test-context.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

const f = () => factories(db.prisma);

describe("a project's public timeline", () => {
  it("lists actions and milestones soonest due first, with their dates, status and progress", async () => {
    const project = await f().project({ programmeId: (await f().programme({ status: "active" })).id });
    await f().planItem({
      projectId: project.id,
      kind: "milestone",
      title: "Inauguration des halles",
      dueOn: "2026-09-15",
    });
    await f().planItem({
      projectId: project.id,
      title: "Étude de programmation commerciale",
      startsOn: "2025-01-06",
      dueOn: "2025-06-30",
      status: "done",
    });
    await f().planItem({
      projectId: project.id,
      title: "Travaux de la place",
      startsOn: "2025-09-01",
      dueOn: "2026-05-31",
      status: "in_progress",
      progress: 40,
    });

    const plan = await publicCaller(db.prisma).projectPlan({ slug: project.slug });
    expect(plan).toEqual([
      {
        kind: "action",
        title: "Étude de programmation commerciale",
        startsOn: "2025-01-06",
        dueOn: "2025-06-30",
        status: "done",
        progress: 100,
        completedOn: "2025-06-30",
      },
      {
        kind: "action",
        title: "Travaux de la place",
        startsOn: "2025-09-01",
        dueOn: "2026-05-31",
        status: "in_progress",
        progress: 40,
        completedOn: null,
      },
      {
        kind: "milestone",
        title: "Inauguration des halles",
        startsOn: null,
        dueOn: "2026-09-15",
        status: "planned",
        progress: 0,
        completedOn: null,
      },
    ]);
  });

  it("never sends an item's owner, description, id or version", async () => {
    const project = await f().project({ programmeId: (await f().programme({ status: "active" })).id });
    await db.prisma.planItem.create({
      data: {
        projectId: project.id,
        kind: "action",
        title: "Animation commerciale",
        owner: "Marie Dupont, manageuse de centre-ville",
        description: "Joindre Mme Dupont au 06 12 34 56 78.",
        dueOn: new Date("2026-03-31"),
      },
    });
    const plan = await publicCaller(db.prisma).projectPlan({ slug: project.slug });
    expect(plan).toHaveLength(1);
    expect(Object.keys(plan[0]!).sort()).toEqual(
      ["completedOn", "dueOn", "kind", "progress", "startsOn", "status", "title"].sort(),
    );
    expect(JSON.stringify(plan)).not.toMatch(/Dupont|06 12/);
  });

  it("answers 404 for a project of a draft programme", async () => {
    const project = await f().project({ programmeId: (await f().programme({ status: "draft" })).id });
    await f().planItem({ projectId: project.id, title: "Action secrète" });
    await expect(publicCaller(db.prisma).projectPlan({ slug: project.slug })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
