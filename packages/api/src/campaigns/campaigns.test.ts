import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { createTestDatabase, factories, type TestDatabase } from "@cvv/db/testing";
import { actor, appCaller, testContext } from "../testing/test-context.js";
import { sendDueReminders } from "./send-reminders/send-reminders.service.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

const f = () => factories(db.prisma);

async function refusal(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`refus attendu, obtenu : ${String(error)}`);
  return error;
}

describe("opening a campaign", () => {
  it("refuses dates out of order, computed indicators, indicators without a whole period and unknown communes", async () => {
    const asOfficer = appCaller(db.prisma, await actor(db.prisma, "officer")).caller;
    const programme = await f().programme({ status: "active" });
    const yearly = await f().indicator({ name: "Commerces actifs" });
    const computed = await f().indicator({ name: "Taux de vacance", formula: `${yearly.code} / 2` });
    const base = {
      programmeId: programme.id,
      name: "Collecte",
      periodStart: "2025-01-01",
      periodEnd: "2025-12-31",
      deadline: "2026-03-31",
      indicatorIds: [yearly.id],
      communeCodes: ["93010"],
    };
    const before = await db.prisma.reportingCampaign.count();

    expect((await refusal(asOfficer.campaigns.create({ ...base, periodEnd: "2024-12-31" }))).message).toBe(
      "La fin de la période (2024-12-31) précède son début (2025-01-01).",
    );
    expect((await refusal(asOfficer.campaigns.create({ ...base, indicatorIds: [computed.id] }))).message).toContain(
      "est calculé",
    );
    expect((await refusal(asOfficer.campaigns.create({ ...base, periodEnd: "2025-06-30" }))).message).toBe(
      "L'indicateur « Commerces actifs » n'a aucune période complète entre le 2025-01-01 et le 2025-06-30.",
    );
    expect((await refusal(asOfficer.campaigns.create({ ...base, communeCodes: ["75056", "13055"] }))).message).toBe(
      "Code INSEE inconnu dans la Métropole du Grand Paris : 13055.",
    );
    expect(await db.prisma.reportingCampaign.count()).toBe(before);

    const campaign = await asOfficer.campaigns.create(base);
    expect(campaign.status).toBe("draft");
    const opened = await asOfficer.campaigns.changeStatus({
      id: campaign.id,
      version: campaign.version,
      status: "open",
    });
    const back = await refusal(
      asOfficer.campaigns.changeStatus({ id: opened.id, version: opened.version, status: "draft" }),
    );
    expect(back.message).toBe("Une campagne « Ouverte » ne peut pas passer à « En préparation ».");
  });

  it("shows a contributor only the opened campaigns of their communes", async () => {
    const indicator = await f().indicator();
    const mine = await f().campaign({ indicatorIds: [indicator.id], communeCodes: ["93010", "93006"] });
    const draft = await f().campaign({ indicatorIds: [indicator.id], communeCodes: ["93010"], status: "draft" });
    const elsewhere = await f().campaign({ indicatorIds: [indicator.id], communeCodes: ["94037"] });
    const asBondy = appCaller(db.prisma, await actor(db.prisma, "contributor", ["93010"])).caller;
    const ids = (await asBondy.campaigns.list()).map((c) => c.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(draft.id);
    expect(ids).not.toContain(elsewhere.id);
    // Bagnolet's line of the shared campaign is not Bondy's to see.
    const detail = await asBondy.campaigns.get({ id: mine.id });
    expect(detail.communes.map((c) => c.inseeCode)).toEqual(["93010"]);
    expect((await refusal(asBondy.campaigns.sheet({ campaignId: mine.id, communeInseeCode: "93006" }))).code).toBe(
      "FORBIDDEN",
    );
  });
});

describe("reminders", () => {
  it("reminds the communes that still owe values a week before the deadline and once overdue, each once", async () => {
    const indicator = await f().indicator();
    const campaign = await f().campaign({
      indicatorIds: [indicator.id],
      communeCodes: ["93010", "93006", "94037"],
      deadline: "2026-03-31",
    });
    // Bondy has sent everything; Bagnolet has a draft; Gentilly has nothing.
    await f().value({ indicatorId: indicator.id, communeInseeCode: "93010", period: "2025", status: "submitted" });
    await f().value({ indicatorId: indicator.id, communeInseeCode: "93006", period: "2025", status: "draft" });
    const people = {
      bondy: await f().user({ role: "contributor", communeCodes: ["93010"] }),
      bagnolet: await f().user({ role: "contributor", communeCodes: ["93006"] }),
      gentilly: await f().user({ role: "contributor", communeCodes: ["94037"] }),
    };
    const at = (iso: string) => {
      const t = testContext(db.prisma, null, null, { now: () => new Date(`${iso}T08:00:00Z`) });
      return { run: () => sendDueReminders(t.ctx), sent: t.mailer.sent };
    };

    const early = at("2026-03-01");
    await early.run();
    expect(early.sent.filter((m) => m.subject.includes(campaign.id) || m.text.includes(campaign.id))).toEqual([]);

    const weekBefore = at("2026-03-25");
    await weekBefore.run();
    const mine = (sent: { to: string; subject: string; text: string }[]) =>
      sent.filter((m) => m.text.includes(campaign.id));
    expect(
      mine(weekBefore.sent)
        .map((m) => m.to)
        .sort(),
    ).toEqual([people.bagnolet.email, people.gentilly.email].sort());
    const gentillyMail = mine(weekBefore.sent).find((m) => m.to === people.gentilly.email)!;
    expect(gentillyMail.text).toContain("manquantes : 1");
    expect(gentillyMail.text).toContain(`/admin/campagnes/${campaign.id}/communes/94037`);

    const again = at("2026-03-26");
    await again.run();
    expect(mine(again.sent)).toEqual([]);

    const overdue = at("2026-04-02");
    await overdue.run();
    expect(
      mine(overdue.sent)
        .map((m) => m.to)
        .sort(),
    ).toEqual([people.bagnolet.email, people.gentilly.email].sort());
    expect(mine(overdue.sent)[0]!.subject).toContain("est passée");
  });
});
