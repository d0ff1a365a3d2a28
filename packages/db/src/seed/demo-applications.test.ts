import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkContractOpening } from "@cvv/domain/applications";
import { applicationsRepository } from "../repositories/applications.repository.js";
import { createTestDatabase, factories, type TestDatabase } from "../testing/index.js";
import { loadDemoApplications } from "./demo-applications.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

describe("loadDemoApplications", () => {
  it("tags the demo projects and adds applications in each state, once however often it runs", async () => {
    const f = factories(db.prisma);
    const programme = await f.programme();
    const edition = (year: number) =>
      db.prisma.edition.create({
        select: { id: true },
        data: { programmeId: programme.id, name: `Édition ${year}`, year, status: "closed" },
      });
    const [e2019, e2021] = [await edition(2019), await edition(2021)];
    const bondy = await db.prisma.project.create({
      select: { id: true },
      data: {
        slug: "demo-bondy",
        title: "Cœur de ville de Bondy",
        programmeId: programme.id,
        editionId: e2019.id,
        communeInseeCode: "93010",
        isDemo: true,
      },
    });
    const contributor = await f.user({ role: "contributor" });
    const context = {
      programmeId: programme.id,
      editions: { 2019: e2019.id, 2021: e2021.id },
      contributorId: contributor.id,
      openYear: 2026,
    };
    await loadDemoApplications(db.prisma, context);
    await loadDemoApplications(db.prisma, context);

    const repo = applicationsRepository(db.prisma);
    const open = await db.prisma.edition.findMany({
      select: { id: true, name: true, opensOn: true, closesOn: true },
      where: { programmeId: programme.id, status: "open" },
    });
    expect(open).toEqual([
      {
        id: expect.any(String),
        name: "Appel à candidatures 2026",
        opensOn: new Date("2026-01-01T00:00:00.000Z"),
        closesOn: new Date("2026-12-31T00:00:00.000Z"),
      },
    ]);
    const all = await repo.list("all", {});
    const mine = all.filter((a) => [e2019.id, e2021.id, open[0]!.id].includes(a.editionId));
    expect(mine.map((a) => [a.communeName, a.status]).sort()).toEqual([
      ["Bobigny", "submitted"],
      ["Bondy", "selected"],
      ["Les Lilas", "eligible"],
      ["Romainville", "rejected"],
      ["Rosny-sous-Bois", "ineligible"],
    ]);
    // The demo contributor's commune has not applied to the open edition: it can, from the app.
    expect(mine.some((a) => a.editionId === open[0]!.id && a.communeInseeCode === "93010")).toBe(false);

    const selected = await repo.find("all", mine.find((a) => a.status === "selected")!.id);
    expect(selected).toMatchObject({
      projectId: bondy.id,
      contract: { projectId: bondy.id, amountCents: 45_000_000n, durationMonths: 48, signedOn: "2019-11-18" },
    });
    // As stored, the selected application has its contract: the rules refuse a second one.
    expect(checkContractOpening(selected!, selected!.contract !== null).ok).toBe(false);
    expect(
      await db.prisma.project.findUnique({ select: { themes: true, perimeter: true }, where: { id: bondy.id } }),
    ).toEqual({
      themes: ["commerce", "espace_public", "mobilite"],
      perimeter: "Abords du marché, avenue Gallieni et rue Jean-Jaurès",
    });
  });
});
