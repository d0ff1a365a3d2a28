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

/** Values that must never be public: confidential, submitted, returned, draft, non-public indicator. */
const secrets = ["111", "999", "998", "997", "5000000"];
const asNumber = (digits: string) => new RegExp(`(?<![\\w.-])${digits}(?![\\w.])`);

async function assign(
  indicatorId: string,
  programmeId: string,
  projectId: string | null,
  targets: Record<string, number>,
) {
  await db.prisma.indicatorAssignment.create({
    data: {
      indicatorId,
      programmeId,
      projectId,
      targets: { create: Object.entries(targets).map(([period, value]) => ({ period, value })) },
    },
  });
}

describe("the public indicator series", () => {
  it("gives each public indicator's approved figures year by year against the programme's targets", async () => {
    const programme = await f().programme({ status: "active" });
    await f().project({ programmeId: programme.id, communeInseeCode: "93048" });
    await f().project({ programmeId: programme.id, communeInseeCode: "93010" });
    const shops = await f().indicator({ name: "Commerces actifs" });
    const turnover = await f().indicator({ name: "Chiffre d'affaires", publicByDefault: false });
    await assign(shops.id, programme.id, null, { "2023": 200, "2024": 210, "2025": 220, "2026": 230 });
    await assign(turnover.id, programme.id, null, {});
    const value = (
      indicatorId: string,
      communeInseeCode: string,
      period: string,
      v: number,
      status: "draft" | "submitted" | "approved" | "returned",
      confidential = false,
    ) => f().value({ indicatorId, communeInseeCode, period, value: v, status, confidential });
    await value(shops.id, "93048", "2023", 120, "approved");
    await value(shops.id, "93010", "2023", 95, "approved");
    await value(shops.id, "93048", "2025", 130, "approved");
    await value(shops.id, "93010", "2025", 111, "approved", true);
    await value(shops.id, "93048", "2024", 999, "submitted");
    await value(shops.id, "93010", "2024", 998, "returned");
    await value(shops.id, "93048", "2022", 997, "draft");
    await value(turnover.id, "93048", "2025", 5_000_000, "approved");

    const series = await publicCaller(db.prisma).indicatorSeries({ slug: programme.slug });
    expect(series.programme).toEqual({ slug: programme.slug, name: programme.name });
    expect(series.years).toEqual([2023, 2024, 2025, 2026]);
    expect(series.latestYear).toBe(2025);
    expect(series.indicators.map((i) => i.code)).toEqual([shops.code]);
    expect(series.indicators[0]!.points).toEqual([
      { period: "2023", value: 215, communes: 2, target: 200, meetsTarget: true },
      { period: "2024", value: null, communes: 0, target: 210, meetsTarget: null },
      { period: "2025", value: 130, communes: 1, target: 220, meetsTarget: false },
      { period: "2026", value: null, communes: 0, target: 230, meetsTarget: null },
    ]);
    const text = JSON.stringify(series);
    for (const secret of secrets) expect(text).not.toMatch(asNumber(secret));
  });

  it("takes the first public programme without a slug, and answers 404 for a draft one", async () => {
    const api = publicCaller(db.prisma);
    const first = (await api.programmes())[0]!;
    expect((await api.indicatorSeries({})).programme.slug).toBe(first.slug);
    const draft = await f().programme({ status: "draft" });
    await expect(api.indicatorSeries({ slug: draft.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("shows a project's own indicators: its commune's published figures against the project's targets", async () => {
    const programme = await f().programme({ status: "active" });
    const project = await f().project({ programmeId: programme.id, communeInseeCode: "93006" });
    const vacancy = await f().indicator({ name: "Taux de vacance", unit: "%" });
    const hidden = await f().indicator({ name: "Loyers", publicByDefault: false });
    await assign(vacancy.id, programme.id, project.id, { "2024": 10, "2025": 9 });
    await assign(hidden.id, programme.id, project.id, { "2025": 999 });
    await f().value({
      indicatorId: vacancy.id,
      communeInseeCode: "93006",
      period: "2024",
      value: 11,
      status: "approved",
    });
    await f().value({
      indicatorId: vacancy.id,
      communeInseeCode: "93006",
      period: "2025",
      value: 998,
      status: "submitted",
    });
    await f().value({
      indicatorId: hidden.id,
      communeInseeCode: "93006",
      period: "2025",
      value: 997,
      status: "approved",
    });

    const api = publicCaller(db.prisma);
    const indicators = await api.projectIndicators({ slug: project.slug });
    expect(indicators.map((i) => i.name)).toEqual(["Taux de vacance"]);
    expect(indicators[0]!.points).toEqual([
      { period: "2024", value: 11, target: 10, meetsTarget: true },
      { period: "2025", value: null, target: 9, meetsTarget: null },
    ]);
    const text = JSON.stringify(indicators);
    for (const secret of ["999", "998", "997"]) expect(text).not.toMatch(asNumber(secret));

    const bare = await f().project({ programmeId: programme.id });
    expect(await api.projectIndicators({ slug: bare.slug })).toEqual([]);
    const draft = await f().project({ programmeId: (await f().programme({ status: "draft" })).id });
    await expect(api.projectIndicators({ slug: draft.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
