import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isValidSiret } from "@cvv/domain/partners";
import { createTestDatabase, factories, type TestDatabase } from "../testing/index.js";
import { DEMO_SIRETS, loadDemoFunding } from "./demo-funding.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

describe("the demo funding", () => {
  it("has valid SIRETs, schedules and payments within each grant, and loads once", async () => {
    for (const siret of Object.values(DEMO_SIRETS)) expect(isValidSiret(siret), siret).toBe(true);

    const f = factories(db.prisma);
    const programme = await f.programme();
    const projects = await Promise.all(
      ["93010", "93006", "92036", "93048"].map((code) =>
        f.project({ programmeId: programme.id, communeInseeCode: code }),
      ),
    );
    const context = { projects, officerId: (await f.user({ role: "officer" })).id };
    await loadDemoFunding(db.prisma, context);

    const grants = await db.prisma.grant.findMany({
      select: {
        projectId: true,
        funderSiret: true,
        beneficiarySiret: true,
        amountCents: true,
        fundingLineId: true,
        instalments: { select: { amountCents: true } },
        payments: { select: { amountCents: true } },
      },
      where: { project: { programmeId: programme.id } },
    });
    expect(new Set(grants.map((g) => g.projectId)).size).toBe(3);
    for (const grant of grants) {
      expect(isValidSiret(grant.funderSiret) && isValidSiret(grant.beneficiarySiret)).toBe(true);
      expect(grant.fundingLineId).not.toBeNull();
      const total = (items: { amountCents: bigint }[]) => items.reduce((t, i) => t + i.amountCents, 0n);
      expect(total(grant.instalments) <= grant.amountCents).toBe(true);
      expect(total(grant.payments) <= grant.amountCents).toBe(true);
    }
    const counts = async () => ({
      lines: await db.prisma.fundingLine.count(),
      grants: await db.prisma.grant.count(),
      payments: await db.prisma.grantPayment.count(),
      changes: await db.prisma.recordChange.count(),
    });
    const first = await counts();
    expect(first).toMatchObject({ lines: 10, grants: 5, payments: 5 });

    await loadDemoFunding(db.prisma, context);
    expect(await counts()).toEqual(first);
  });
});
