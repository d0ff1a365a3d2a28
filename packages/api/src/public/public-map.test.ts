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
const api = () => publicCaller(db.prisma);

/** A programme with one edition and a project in each of the given communes, all in that edition. */
async function editionWith(communeCodes: string[], status: "draft" | "active" | "closed" = "active", year = 2025) {
  const programme = await f().programme({ status });
  const edition = await f().edition(programme.id, year);
  for (const communeInseeCode of communeCodes) {
    const project = await f().project({ programmeId: programme.id, communeInseeCode });
    await db.prisma.project.update({ where: { id: project.id }, data: { editionId: edition.id } });
  }
  return { programme, edition };
}

/** The map without its outlines, whose coordinates are digits of no interest to these tests. */
const withoutPaths = <T extends { communes: { path: string }[] }>(map: T) => ({
  ...map,
  communes: map.communes.map(({ path: _path, ...c }) => c),
});
/** A value as a whole number in the output, not digits inside a random code or a timestamp. */
const asNumber = (digits: string) => new RegExp(`(?<![\\w.-])${digits}(?![\\w.])`);

describe("the public map of the métropole", () => {
  it("draws all 130 communes, and makes only those with a public project participating", async () => {
    const draft = await editionWith(["93071"], "draft");
    const active = await editionWith(["93072", "93072", "75056"], "active", 2024);

    const all = await api().map({});
    expect(all.communes).toHaveLength(130);
    expect(all.viewBox).toBe(`0 0 ${all.width} ${all.height}`);
    for (const commune of all.communes) expect(commune.path).toMatch(/^M/);
    const commune = (code: string) => all.communes.find((c) => c.inseeCode === code)!;
    // Sevran's only project belongs to a draft programme: grey on the map, no edition shown.
    expect(commune("93071")).toMatchObject({ name: "Sevran", participating: false, projectCount: 0, editions: [] });
    expect(commune("93072")).toMatchObject({
      name: "Stains",
      eptName: "Plaine Commune",
      participating: true,
      projectCount: 2,
      editions: [{ name: active.edition.name, year: 2024 }],
    });
    expect(commune("75056")).toMatchObject({ participating: true, eptName: null });
    expect(all.editions.map((e) => e.id)).toContain(active.edition.id);
    expect(all.editions.map((e) => e.id)).not.toContain(draft.edition.id);
    expect(all.selection).toEqual({ edition: null, indicator: null });
    expect(all.legend).toBeNull();

    await expect(api().map({ edition: draft.edition.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(api().map({ edition: "pas-un-identifiant" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("narrows participation to the chosen edition, and keeps each commune's editions", async () => {
    const earlier = await editionWith(["93073"], "active", 2023);
    const later = await editionWith(["93073", "93074"], "closed", 2025);

    const map = await api().map({ edition: earlier.edition.id });
    expect(map.selection.edition).toMatchObject({ id: earlier.edition.id, year: 2023 });
    const tremblay = map.communes.find((c) => c.inseeCode === "93073")!;
    const vaujours = map.communes.find((c) => c.inseeCode === "93074")!;
    expect(tremblay).toMatchObject({ participating: true, projectCount: 1 });
    expect(tremblay.editions.map((e) => e.year)).toEqual([2023, 2025]);
    expect(vaujours).toMatchObject({ participating: false, projectCount: 0 });
    expect(
      (await api().map({ edition: later.edition.id })).communes.find((c) => c.inseeCode === "93074"),
    ).toMatchObject({ participating: true });
  });

  it("never lets a confidential, unapproved or non-public figure reach the choropleth", async () => {
    const participants = ["94001", "94065", "94015", "94047", "94048", "94053"];
    const { edition } = await editionWith(participants);
    await editionWith(["94070"], "draft");
    const shops = await f().indicator({ name: "Commerces actifs (carte)", unit: "commerces" });
    const turnover = await f().indicator({ name: "Chiffre d'affaires (carte)", publicByDefault: false });
    const value = (
      communeInseeCode: string,
      v: number,
      status: "draft" | "submitted" | "approved" | "returned",
      confidential = false,
    ) => f().value({ indicatorId: shops.id, communeInseeCode, period: "2025", value: v, status, confidential });
    await value("94001", 40, "approved");
    await value("94065", 60, "approved");
    await value("94015", 999, "approved", true);
    await value("94047", 998, "submitted");
    await value("94048", 997, "draft");
    await value("94053", 996, "returned");
    // A published figure of a commune whose only project is in a draft programme.
    await value("94070", 995, "approved");
    await f().value({
      indicatorId: turnover.id,
      communeInseeCode: "94001",
      period: "2025",
      value: 994,
      status: "approved",
    });

    const map = await api().map({ edition: edition.id, indicator: shops.code });
    const valueOf = (code: string) => map.communes.find((c) => c.inseeCode === code)!;
    expect(valueOf("94001")).toMatchObject({ value: 40, valueClass: 0 });
    expect(valueOf("94065")).toMatchObject({ value: 60, valueClass: 1 });
    for (const code of ["94015", "94047", "94048", "94053", "94070"])
      expect(valueOf(code)).toMatchObject({ value: null, valueClass: null });
    expect(map.legend).toMatchObject({
      status: "fewer_distinct_values",
      unit: "commerces",
      year: 2025,
      period: "2025",
      noDataCount: 4,
      classes: [
        { index: 0, min: 40, max: 40, count: 1 },
        { index: 1, min: 60, max: 60, count: 1 },
      ],
    });
    for (const query of [{ edition: edition.id, indicator: shops.code }, { indicator: shops.code }, {}]) {
      const text = JSON.stringify(withoutPaths(await api().map(query)));
      for (const secret of ["999", "998", "997", "996", "995", "994"]) expect(text).not.toMatch(asNumber(secret));
    }

    expect(map.indicators.map((i) => i.code)).toContain(shops.code);
    expect(map.indicators.map((i) => i.code)).not.toContain(turnover.code);
    await expect(api().map({ indicator: turnover.code })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("cuts the figures into five classes with their bounds, for the chosen or latest year", async () => {
    const codes = ["92002", "92004", "92007", "92009", "92012", "92014", "92019", "92020", "92022", "92023"];
    const { edition } = await editionWith(codes);
    const indicator = await f().indicator({ name: "Locaux vacants (carte)", unit: "%" });
    for (const [i, code] of codes.entries()) {
      await f().value({
        indicatorId: indicator.id,
        communeInseeCode: code,
        period: "2025",
        value: (i + 1) * 1.5,
        status: "approved",
      });
      if (i < 3)
        await f().value({
          indicatorId: indicator.id,
          communeInseeCode: code,
          period: "2023",
          value: 7,
          status: "approved",
        });
    }

    const map = await api().map({ edition: edition.id, indicator: indicator.code });
    expect(map.indicators.find((i) => i.code === indicator.code)!.years).toEqual([2025, 2023]);
    expect(map.selection.indicator).toEqual({ code: indicator.code, name: "Locaux vacants (carte)", unit: "%" });
    expect(map.legend).toMatchObject({ status: "complete", year: 2025, period: "2025", noDataCount: 0 });
    expect(map.legend!.classes.map(({ min, max, count }) => [min, max, count])).toEqual([
      [1.5, 3, 2],
      [4.5, 6, 2],
      [7.5, 9, 2],
      [10.5, 12, 2],
      [13.5, 15, 2],
    ]);
    for (const [i, code] of codes.entries())
      expect(map.communes.find((c) => c.inseeCode === code)).toMatchObject({
        value: (i + 1) * 1.5,
        valueClass: Math.floor(i / 2),
      });

    const earlier = await api().map({ edition: edition.id, indicator: indicator.code, year: 2023 });
    expect(earlier.legend).toMatchObject({ status: "fewer_distinct_values", year: 2023, noDataCount: 7 });
    expect(earlier.legend!.classes).toEqual([{ index: 0, min: 7, max: 7, count: 3 }]);

    const empty = await api().map({ edition: edition.id, indicator: indicator.code, year: 2020 });
    expect(empty.legend).toMatchObject({ status: "no_values", year: 2020, period: null, classes: [], noDataCount: 10 });
    expect(empty.communes.every((c) => c.valueClass === null)).toBe(true);
  });

  it("maps the year's latest period, and computed indicators from public components only", async () => {
    const codes = ["93013", "93014", "93015"];
    const { edition } = await editionWith(codes);
    const shops = await f().indicator({ frequency: "quarterly", name: "Boutiques (carte)" });
    const units = await f().indicator({ frequency: "quarterly", name: "Cellules (carte)" });
    const secret = await f().indicator({ frequency: "quarterly", publicByDefault: false });
    const share = await f().indicator({
      name: "Part (carte)",
      frequency: "quarterly",
      formula: `${shops.code} / ${units.code}`,
    });
    const hidden = await f().indicator({
      name: "Part cachée",
      frequency: "quarterly",
      formula: `${shops.code} / ${secret.code}`,
    });
    for (const [i, code] of codes.entries()) {
      const approved = (indicatorId: string, period: string, value: number) =>
        f().value({ indicatorId, communeInseeCode: code, period, value, status: "approved" });
      await approved(shops.id, "2025-T2", 1);
      await approved(units.id, "2025-T2", 4);
      await approved(secret.id, "2025-T2", 2);
      // Only two communes have reported the last quarter yet.
      if (i < 2) {
        await approved(shops.id, "2025-T4", 10 * (i + 1));
        await approved(units.id, "2025-T4", 40);
        await approved(secret.id, "2025-T4", 5);
      }
    }

    const quarterly = await api().map({ edition: edition.id, indicator: shops.code });
    expect(quarterly.legend).toMatchObject({ period: "2025-T4", noDataCount: 1 });
    expect(quarterly.communes.find((c) => c.inseeCode === "93014")!.value).toBe(20);
    expect(quarterly.communes.find((c) => c.inseeCode === "93015")!.value).toBeNull();

    const computed = await api().map({ edition: edition.id, indicator: share.code });
    expect(computed.legend).toMatchObject({ period: "2025-T4", year: 2025 });
    expect(computed.communes.find((c) => c.inseeCode === "93013")!.value).toBe(0.25);
    expect(computed.communes.find((c) => c.inseeCode === "93014")!.value).toBe(0.5);
    expect(computed.indicators.map((i) => i.code)).not.toContain(hidden.code);
    await expect(api().map({ indicator: hidden.code })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
