import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { createTestDatabase, factories, type TestDatabase } from "@cvv/db/testing";
import { actor, appCaller, publicCaller } from "../testing/test-context.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

const f = () => factories(db.prisma);

/** A public programme with a project in each given commune, and a campaign over 2025. */
async function setUp(communes: string[]) {
  const programme = await f().programme({ status: "active" });
  for (const code of communes) await f().project({ programmeId: programme.id, communeInseeCode: code });
  const shops = await f().indicator({ name: "Commerces actifs" });
  const vacant = await f().indicator({ name: "Cellules vacantes" });
  await db.prisma.indicatorAssignment.createMany({
    data: [shops, vacant].map((i) => ({ indicatorId: i.id, programmeId: programme.id })),
  });
  const campaign = await f().campaign({
    programmeId: programme.id,
    indicatorIds: [shops.id, vacant.id],
    communeCodes: communes,
  });
  return { programme, shops, vacant, campaign };
}

async function refusal(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`refus attendu, obtenu : ${String(error)}`);
  return error;
}

describe("a commune completes a campaign and the officer reviews it", () => {
  it("goes from missing to draft, submitted, returned, resubmitted, approved and public", async () => {
    const { programme, shops, vacant, campaign } = await setUp(["93010"]);
    const contributor = await actor(db.prisma, "contributor", ["93010"]);
    const asCommune = appCaller(db.prisma, contributor).caller;
    const asOfficer = appCaller(db.prisma, await actor(db.prisma, "officer")).caller;
    const portal = publicCaller(db.prisma);

    // What is expected: two yearly indicators over 2025, nothing entered yet.
    let sheet = await asCommune.campaigns.sheet({ campaignId: campaign.id, communeInseeCode: "93010" });
    expect(sheet.lines.map((l) => [l.indicator.name, l.period, l.value])).toEqual([
      ["Cellules vacantes", "2025", null],
      ["Commerces actifs", "2025", null],
    ]);
    expect(sheet.progress).toMatchObject({ expected: 2, missing: 2, approved: 0 });

    const shopsValue = await asCommune.values.save({
      campaignId: campaign.id,
      indicatorId: shops.id,
      communeInseeCode: "93010",
      period: "2025",
      value: 124,
      source: "Relevé de terrain",
    });
    await asCommune.values.save({
      campaignId: campaign.id,
      indicatorId: vacant.id,
      communeInseeCode: "93010",
      period: "2025",
      value: 14,
    });
    expect((await portal.communeIndicators({ inseeCode: "93010" })).flatMap((i) => i.values)).toEqual([]);

    expect(await asCommune.values.submitAll({ campaignId: campaign.id, communeInseeCode: "93010" })).toEqual({
      submitted: 2,
    });
    // Under review, the value is frozen.
    const frozen = await refusal(
      asCommune.values.save({
        campaignId: campaign.id,
        indicatorId: shops.id,
        communeInseeCode: "93010",
        period: "2025",
        value: 125,
        version: shopsValue.version + 1,
      }),
    );
    expect(frozen.message).toContain("attendez la relecture");

    const queue = await asOfficer.values.reviewQueue({ campaignId: campaign.id });
    expect(queue).toHaveLength(2);
    const vacantSubmitted = queue.find((v) => v.indicatorId === vacant.id)!;
    const noComment = await refusal(
      asOfficer.values.review({ id: vacantSubmitted.id, version: vacantSubmitted.version, decision: "return" }),
    );
    expect(noComment.message).toContain("commentaire est obligatoire");
    await asOfficer.values.review({
      id: vacantSubmitted.id,
      version: vacantSubmitted.version,
      decision: "return",
      comment: "14 cellules vacantes ? Le relevé de 2024 en comptait 9 : vérifiez.",
    });
    const shopsSubmitted = queue.find((v) => v.indicatorId === shops.id)!;
    await asOfficer.values.review({ id: shopsSubmitted.id, version: shopsSubmitted.version, decision: "approve" });

    // The commune sees the comment on that value, and only the approved one is public.
    sheet = await asCommune.campaigns.sheet({ campaignId: campaign.id, communeInseeCode: "93010" });
    const returned = sheet.lines.find((l) => l.indicator.id === vacant.id)!.value!;
    expect(returned.status).toBe("returned");
    expect(returned.reviewComment).toContain("vérifiez");
    let published = await portal.communeIndicators({ inseeCode: "93010" });
    expect(published.map((i) => [i.name, i.values.map((v) => v.value)])).toEqual([["Commerces actifs", [124]]]);

    const corrected = await asCommune.values.save({
      campaignId: campaign.id,
      indicatorId: vacant.id,
      communeInseeCode: "93010",
      period: "2025",
      value: 9,
      comment: "Erreur de saisie corrigée.",
      version: returned.version,
      submit: true,
    });
    expect(corrected.status).toBe("submitted");
    expect(await asOfficer.values.approveAll({ campaignId: campaign.id, communeInseeCode: "93010" })).toEqual({
      approved: 1,
    });

    const detail = await asOfficer.campaigns.get({ id: campaign.id });
    expect(detail.communes).toEqual([
      expect.objectContaining({ inseeCode: "93010", expected: 2, approved: 2, missing: 0, approvedShare: 1 }),
    ]);
    published = await portal.communeIndicators({ inseeCode: "93010" });
    expect(published.map((i) => [i.name, i.values.map((v) => v.value)])).toEqual([
      ["Cellules vacantes", [9]],
      ["Commerces actifs", [124]],
    ]);
    const dashboard = await asOfficer.figures.dashboard({ programmeId: programme.id, year: 2025 });
    expect(dashboard.indicators.map((i) => [i.indicator.name, i.periods[0]?.value])).toEqual(
      expect.arrayContaining([
        ["Commerces actifs", 124],
        ["Cellules vacantes", 9],
      ]),
    );

    // Every change is kept: who, when, old → new.
    const history = await asCommune.values.get({ id: returned.id });
    expect(history.history.map((h) => h.action)).toEqual(["created", "submitted", "returned", "submitted", "approved"]);
    expect(history.history[3]!.changes.value).toEqual([14, 9]);
    expect(history.history[2]!.comment).toContain("vérifiez");
  });

  it("keeps the published figure during a correction and leaves a public trace of it", async () => {
    const { shops, campaign } = await setUp(["94037"]);
    const asCommune = appCaller(db.prisma, await actor(db.prisma, "contributor", ["94037"])).caller;
    const asOfficer = appCaller(db.prisma, await actor(db.prisma, "officer")).caller;
    const portal = publicCaller(db.prisma);
    const key = { campaignId: campaign.id, indicatorId: shops.id, communeInseeCode: "94037", period: "2025" };

    const first = await asCommune.values.save({ ...key, value: 80, submit: true });
    const approved = await asOfficer.values.review({ id: first.id, version: first.version, decision: "approve" });
    expect(approved.publishedAt).not.toBeNull();
    expect(approved.correctedAt).toBeNull();

    const correction = await asCommune.values.save({ ...key, value: 82, version: approved.version, submit: true });
    expect(correction.status).toBe("submitted");
    let figures = (await portal.communeIndicators({ inseeCode: "94037" }))[0]!.values;
    expect(figures).toEqual([expect.objectContaining({ value: 80, correctedAt: null })]);

    await asOfficer.values.review({ id: correction.id, version: correction.version, decision: "approve" });
    figures = (await portal.communeIndicators({ inseeCode: "94037" }))[0]!.values;
    expect(figures[0]!.value).toBe(82);
    expect(figures[0]!.publishedAt).toBe(approved.publishedAt);
    expect(figures[0]!.correctedAt).not.toBeNull();
    const history = await asOfficer.values.get({ id: first.id });
    expect(history.history.find((h) => h.action === "correction")!.changes.value).toEqual([80, 82]);
  });
});

describe("bad input on values", () => {
  it("refuses another commune, a period outside the campaign, a closed campaign and a computed indicator", async () => {
    const { shops, campaign, programme } = await setUp(["93010", "93006"]);
    const asCommune = appCaller(db.prisma, await actor(db.prisma, "contributor", ["93010"])).caller;
    const key = { campaignId: campaign.id, indicatorId: shops.id, communeInseeCode: "93010", period: "2025" };
    const count = () => db.prisma.indicatorValue.count({ where: { indicatorId: shops.id } });

    const otherCommune = await refusal(asCommune.values.save({ ...key, communeInseeCode: "93006", value: 1 }));
    expect(otherCommune.code).toBe("FORBIDDEN");
    const outside = await refusal(asCommune.values.save({ ...key, period: "2024", value: 1 }));
    expect(outside.message).toBe("La période « 2024 » est hors de la campagne (du 2025-01-01 au 2025-12-31).");
    const wrongFrequency = await refusal(asCommune.values.save({ ...key, period: "2025-T1", value: 1 }));
    expect(wrongFrequency.message).toContain("ne correspond pas à la fréquence");
    const notANumber = await refusal(asCommune.values.save({ ...key, value: "N/A" as unknown as number }));
    expect(notANumber.message).toContain("Valeur numérique attendue");
    const noCampaign = await refusal(asCommune.values.save({ ...key, campaignId: undefined, value: 1 }));
    expect(noCampaign.message).toContain("campagne de collecte ouverte");

    const computed = await f().indicator({ formula: `${shops.code} * 2` });
    const computedRefused = await refusal(asCommune.values.save({ ...key, indicatorId: computed.id, value: 1 }));
    expect(computedRefused.message).toContain("calculé");

    const closed = await f().campaign({
      programmeId: programme.id,
      indicatorIds: [shops.id],
      communeCodes: ["93010"],
      status: "closed",
    });
    const closedRefused = await refusal(asCommune.values.save({ ...key, campaignId: closed.id, value: 1 }));
    expect(closedRefused.message).toContain("saisie fermée");
    expect(await count()).toBe(0);
  });

  it("refuses a breakdown that does not add up, and a second person's save over a value they did not load", async () => {
    const { shops, campaign } = await setUp(["93010"]);
    const asCommune = appCaller(db.prisma, await actor(db.prisma, "contributor", ["93010"])).caller;
    const key = { campaignId: campaign.id, indicatorId: shops.id, communeInseeCode: "93010", period: "2025" };
    const parts = await refusal(
      asCommune.values.save({
        ...key,
        value: 10,
        breakdown: [
          { label: "alimentaire", value: 4 },
          { label: "services", value: 5 },
        ],
      }),
    );
    expect(parts.message).toBe("La somme des parts (9) ne correspond pas à la valeur (10).");
    await asCommune.values.save({ ...key, value: 10 });
    const stale = await refusal(asCommune.values.save({ ...key, value: 11 }));
    expect(stale.code).toBe("CONFLICT");
  });
});

describe("the indicator library", () => {
  it("refuses a formula that refers to itself, to an unknown code, or goes round in a circle", async () => {
    const asOfficer = appCaller(db.prisma, await actor(db.prisma, "officer")).caller;
    const base = {
      name: "Taux",
      unit: "%",
      kind: "impact",
      direction: "lower_is_better",
      frequency: "yearly",
      aggregation: "population_weighted_mean",
    } as const;
    const vacant = await f().indicator();
    const all = await f().indicator();

    const self = await refusal(asOfficer.indicators.create({ ...base, code: "taux_a", formula: "taux_a * 2" }));
    expect(self.message).toContain("lui-même");
    const unknown = await refusal(asOfficer.indicators.create({ ...base, code: "taux_b", formula: "inconnu_x / 2" }));
    expect(unknown.message).toContain("« inconnu_x » n'existe pas");

    const rate = await asOfficer.indicators.create({
      ...base,
      code: `taux_${vacant.code}`,
      formula: `${vacant.code} / ${all.code} * 100`,
    });
    const other = await asOfficer.indicators.create({
      ...base,
      code: `double_${vacant.code}`,
      formula: `${rate.code} * 2`,
    });
    const circle = await refusal(
      asOfficer.indicators.update({ id: rate.id, version: rate.version, formula: `${other.code} / 2` }),
    );
    expect(circle.message).toContain("Formule circulaire");
    const detail = await asOfficer.indicators.get({ id: vacant.id });
    expect(detail.usedBy).toEqual([rate.code]);
  });

  it("aggregates each indicator by its own method, computed ones from their communes' figures", async () => {
    const programme = await f().programme({ status: "active" });
    // Bondy and Bagnolet (EPT Est Ensemble), Gentilly (Grand-Orly Seine Bièvre).
    for (const code of ["93010", "93006", "94037"])
      await f().project({ programmeId: programme.id, communeInseeCode: code });
    const population = Object.fromEntries(
      (
        await db.prisma.commune.findMany({
          where: { inseeCode: { in: ["93010", "93006", "94037"] } },
          select: { inseeCode: true, population: true },
        })
      ).map((c) => [c.inseeCode, c.population]),
    );
    const vacant = await f().indicator({ aggregation: "sum" });
    const units = await f().indicator({ aggregation: "sum" });
    const footfall = await f().indicator({ aggregation: "median" });
    const asOfficer = appCaller(db.prisma, await actor(db.prisma, "officer")).caller;
    const rate = await asOfficer.indicators.create({
      code: `taux_${vacant.code}`,
      name: "Taux de vacance",
      unit: "%",
      kind: "impact",
      direction: "lower_is_better",
      frequency: "yearly",
      aggregation: "population_weighted_mean",
      formula: `${vacant.code} / ${units.code} * 100`,
    });
    for (const i of [vacant, units, footfall, rate]) {
      await asOfficer.indicators.assign({
        indicatorId: i.id,
        programmeId: programme.id,
        targets: [{ period: "2025", value: 8 }],
      });
    }
    const figures: [string, string, number, "approved" | "submitted"][] = [
      ["93010", vacant.id, 10, "approved"],
      ["93010", units.id, 100, "approved"],
      ["93006", vacant.id, 30, "approved"],
      ["93006", units.id, 200, "approved"],
      ["94037", vacant.id, 999, "submitted"],
      ["94037", units.id, 1000, "approved"],
      ["93010", footfall.id, 100, "approved"],
      ["93006", footfall.id, 300, "approved"],
      ["94037", footfall.id, 200, "approved"],
    ];
    for (const [commune, indicatorId, value, status] of figures) {
      await f().value({ indicatorId, communeInseeCode: commune, period: "2025", value, status });
    }
    const dashboard = await asOfficer.figures.dashboard({ programmeId: programme.id, year: 2025 });
    const of = (id: string) => dashboard.indicators.find((i) => i.indicator.id === id)!.periods[0]!;
    // Only approved values count: Gentilly's submitted 999 is left out.
    expect(of(vacant.id)).toMatchObject({ value: 40, communes: 2, target: 8 });
    expect(of(units.id).value).toBe(1300);
    expect(of(footfall.id).value).toBe(200);
    const weighted =
      (10 * population["93010"]! + 15 * population["93006"]!) / (population["93010"]! + population["93006"]!);
    expect(of(rate.id).value).toBeCloseTo(weighted, 10);
    expect(of(rate.id).meetsTarget).toBe(false);
    // The dashboard carries the whole programme's figures; breakdowns come per indicator.
    expect(of(vacant.id).byTerritory).toEqual([]);
    const breakdown = async (indicatorId: string) =>
      (await asOfficer.figures.breakdown({ programmeId: programme.id, indicatorId, year: 2025 })).periods[0]!;
    expect((await breakdown(vacant.id)).byTerritory).toEqual([expect.objectContaining({ value: 40, communes: 2 })]);
    expect((await breakdown(units.id)).byDepartement.map((g) => [g.label, g.value])).toEqual([
      ["Seine-Saint-Denis", 300],
      ["Val-de-Marne", 1000],
    ]);
    const rateBreakdown = await breakdown(rate.id);
    expect(rateBreakdown.value).toBeCloseTo(weighted, 10);
    expect(rateBreakdown.byDepartement.map((g) => g.label)).toEqual(["Seine-Saint-Denis"]);

    const series = await asOfficer.figures.series({
      programmeId: programme.id,
      indicatorId: rate.id,
      communeInseeCode: "93010",
    });
    expect(series.commune!.points).toEqual([
      expect.objectContaining({ period: "2025", value: 10, sameTerritoryMedian: 15 }),
    ]);
  });
});
