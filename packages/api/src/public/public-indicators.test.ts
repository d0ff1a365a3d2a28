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

/** The values that must never be public: drafts, submitted, returned, confidential, unpublished. */
const secrets = ["111", "999", "998", "997", "5000000"];
/** A value as a whole number in the output, not digits inside a random code or a timestamp. */
const asNumber = (digits: string) => new RegExp(`(?<![\\w.-])${digits}(?![\\w.])`);

describe("the public router's figures", () => {
  it("shows approved, non-confidential values of public indicators, and nothing else, whatever the query", async () => {
    const programme = await f().programme({ status: "active" });
    const slug = (await db.prisma.programme.findUniqueOrThrow({ where: { id: programme.id }, select: { slug: true } }))
      .slug;
    await f().project({ programmeId: programme.id, communeInseeCode: "93048" });
    const shops = await f().indicator({ name: "Commerces actifs" });
    const turnover = await f().indicator({ name: "Chiffre d'affaires", publicByDefault: false });
    const rate = await f().indicator({ name: "Ratio", formula: `${shops.code} / ${turnover.code}` });
    for (const i of [shops, turnover, rate]) {
      await db.prisma.indicatorAssignment.create({ data: { indicatorId: i.id, programmeId: programme.id } });
    }
    const value = (
      indicatorId: string,
      period: string,
      v: number,
      status: "draft" | "submitted" | "approved" | "returned",
      confidential = false,
    ) => f().value({ indicatorId, communeInseeCode: "93048", period, value: v, status, confidential });
    await value(shops.id, "2025", 120, "approved");
    await value(shops.id, "2024", 111, "approved", true);
    await value(shops.id, "2023", 999, "submitted");
    await value(shops.id, "2022", 998, "returned");
    await value(shops.id, "2021", 997, "draft");
    await value(turnover.id, "2025", 5_000_000, "approved");

    const api = publicCaller(db.prisma);
    const commune = await api.communeIndicators({ inseeCode: "93048" });
    // Only the approved public figure; the computed ratio needs a non-public component, so it stays unknown.
    expect(commune).toEqual([
      {
        code: shops.code,
        name: "Commerces actifs",
        unit: "nombre",
        computed: false,
        values: [expect.objectContaining({ period: "2025", value: 120 })],
      },
    ]);
    const serialised = JSON.stringify(commune);
    for (const secret of secrets) expect(serialised).not.toMatch(asNumber(secret));

    for (const year of [2021, 2022, 2023, 2024, 2025]) {
      const figures = await api.programmeIndicators({ slug, year });
      const text = JSON.stringify(figures);
      for (const secret of secrets) expect(text).not.toMatch(asNumber(secret));
      expect(figures.indicators.map((i) => i.code)).not.toContain(turnover.code);
    }
    const latest = await api.programmeIndicators({ slug });
    expect(latest.year).toBe(2025);
    expect(latest.indicators.find((i) => i.code === shops.code)!.periods).toEqual([
      expect.objectContaining({ period: "2025", value: 120, communes: 1 }),
    ]);
  });

  it("answers 404 for a commune without a public project and a draft programme", async () => {
    const draft = await f().programme({ status: "draft" });
    const slug = (await db.prisma.programme.findUniqueOrThrow({ where: { id: draft.id }, select: { slug: true } }))
      .slug;
    const api = publicCaller(db.prisma);
    await expect(api.communeIndicators({ inseeCode: "75056" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(api.programmeIndicators({ slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
