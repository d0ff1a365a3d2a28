import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, factories, type TestDatabase } from "../testing/index.js";
import { reportsRepository } from "./reports.repository.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe("reportsRepository.gather", () => {
  it("counts each project's milestones, commitments and payments of the year, and no other project's", async () => {
    const f = factories(db.prisma);
    const programme = await f.programme();
    const [busy, quiet, ended] = await Promise.all([
      f.project({ programmeId: programme.id, title: "Halle gourmande" }),
      f.project({ programmeId: programme.id, title: "Atelier de réparation" }),
      f.project({ programmeId: programme.id, title: "Boutique éphémère" }),
    ]);
    await db.prisma.project.updateMany({
      where: { id: { in: [busy.id, quiet.id, ended.id] } },
      data: { startsOn: day("2024-01-01") },
    });
    await db.prisma.project.update({ where: { id: ended.id }, data: { endsOn: day("2024-12-31") } });
    const elsewhere = await f.project({ title: "Hors programme" });

    await f.planItem({
      projectId: busy.id,
      kind: "milestone",
      title: "Ouverture",
      dueOn: "2025-09-01",
      status: "done",
    });
    await f.planItem({ projectId: busy.id, kind: "milestone", title: "Étude", dueOn: "2025-02-01", status: "done" });
    await f.planItem({ projectId: busy.id, kind: "milestone", title: "Bilan", dueOn: "2025-12-01" });
    await f.planItem({
      projectId: busy.id,
      kind: "milestone",
      title: "Abandonné",
      dueOn: "2025-05-01",
      status: "cancelled",
    });
    await f.planItem({
      projectId: busy.id,
      kind: "milestone",
      title: "L'an passé",
      dueOn: "2024-06-01",
      status: "done",
    });
    await f.grant({
      projectId: busy.id,
      conventionOn: "2025-03-15",
      amountCents: 10_000_000n,
      payments: [
        { paidOn: "2025-04-01", amountCents: 3_000_000n },
        { paidOn: "2025-11-30", amountCents: 2_000_000n },
        { paidOn: "2026-01-15", amountCents: 5_000_000n },
      ],
    });
    await f.grant({ projectId: busy.id, conventionOn: "2024-06-01", amountCents: 1_000_000n });
    await f.grant({ projectId: busy.id, conventionOn: "2026-02-01", amountCents: 7_000_000n });
    await f.grant({
      projectId: elsewhere.id,
      conventionOn: "2025-03-15",
      payments: [{ paidOn: "2025-04-01", amountCents: 10_000_000n }],
    });

    const data = await reportsRepository(db.prisma).gather(programme.id, 2025, new Date("2026-03-01T00:00:00Z"));

    expect(data.projects.map((p) => p.title)).toEqual(["Atelier de réparation", "Halle gourmande"]);
    expect(data.projects.find((p) => p.id === busy.id)).toMatchObject({
      milestonesReached: [
        { title: "Étude", completedOn: "2025-02-01" },
        { title: "Ouverture", completedOn: "2025-09-01" },
      ],
      milestonesDue: 3,
      committedCents: 11_000_000,
      paidCents: 5_000_000,
    });
    expect(data.projects.find((p) => p.id === quiet.id)).toMatchObject({
      milestonesReached: [],
      milestonesDue: 0,
      committedCents: 0,
      paidCents: 0,
    });
  });
});
