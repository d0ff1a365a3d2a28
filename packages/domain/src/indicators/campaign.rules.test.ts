import { describe, expect, it } from "vitest";
import {
  checkCampaignDates,
  checkCampaignIndicators,
  checkCampaignTransition,
  checkValueInCampaign,
  completeness,
  expectedCells,
  reminderDue,
  type CampaignFrame,
} from "./campaign.rules.js";

const frame: CampaignFrame = {
  status: "open",
  periodStart: "2025-01-01",
  periodEnd: "2025-12-31",
  deadline: "2026-03-31",
  indicatorIds: ["shops", "footfall"],
  communeCodes: ["93010"],
};

describe("campaign dates and indicators", () => {
  it("refuses a period that ends before it starts, and a deadline before the period", () => {
    expect(checkCampaignDates("2025-01-01", "2024-12-31", "2026-01-01")).toEqual({
      ok: false,
      error: {
        code: "INVALID",
        message: "La fin de la période (2024-12-31) précède son début (2025-01-01).",
        field: "periodEnd",
      },
    });
    expect(checkCampaignDates("2025-01-01", "2025-12-31", "2024-06-01").ok).toBe(false);
    expect(checkCampaignDates("2025-01-01", "2025-12-31", "2026-03-31").ok).toBe(true);
  });

  it("refuses computed indicators and indicators with no whole period inside the dates", () => {
    const yearly = { id: "a", code: "a", name: "Commerces actifs", frequency: "yearly", formula: null } as const;
    const computed = { ...yearly, name: "Taux", formula: "a / 2" };
    expect(checkCampaignIndicators("2025-01-01", "2025-12-31", [yearly]).ok).toBe(true);
    expect(checkCampaignIndicators("2025-01-01", "2025-06-30", [yearly])).toMatchObject({ ok: false });
    const refused = checkCampaignIndicators("2025-01-01", "2025-12-31", [computed]);
    expect(!refused.ok && refused.error.message).toContain("est calculé");
  });

  it("moves draft → open → closed, and reopens, never back to draft", () => {
    expect(checkCampaignTransition("draft", "open").ok).toBe(true);
    expect(checkCampaignTransition("open", "closed").ok).toBe(true);
    expect(checkCampaignTransition("closed", "open").ok).toBe(true);
    expect(checkCampaignTransition("open", "draft").ok).toBe(false);
    expect(checkCampaignTransition("draft", "closed").ok).toBe(false);
  });
});

describe("what a campaign expects", () => {
  it("expects every period of each indicator's frequency inside the dates", () => {
    const cells = expectedCells(frame, [
      { id: "shops", frequency: "yearly" },
      { id: "footfall", frequency: "quarterly" },
    ]);
    expect(cells.map((c) => `${c.indicatorId}:${c.period}`)).toEqual([
      "shops:2025",
      "footfall:2025-T1",
      "footfall:2025-T2",
      "footfall:2025-T3",
      "footfall:2025-T4",
    ]);
  });

  it("accepts a value of the campaign and returns its canonical period", () => {
    const value = {
      indicatorId: "footfall",
      frequency: "quarterly",
      communeInseeCode: "93010",
      period: "T2 2025",
    } as const;
    expect(checkValueInCampaign(frame, value)).toEqual({ ok: true, value: "2025-T2" });
  });

  it("refuses a closed campaign, another indicator or commune, a wrong frequency and a period outside", () => {
    const value = { indicatorId: "shops", frequency: "yearly", communeInseeCode: "93010", period: "2025" } as const;
    const message = (r: ReturnType<typeof checkValueInCampaign>) => (r.ok ? null : r.error.message);
    expect(message(checkValueInCampaign({ ...frame, status: "closed" }, value))).toContain("saisie fermée");
    expect(message(checkValueInCampaign(frame, { ...value, indicatorId: "other" }))).toContain("ne fait pas partie");
    expect(message(checkValueInCampaign(frame, { ...value, communeInseeCode: "93006" }))).toBe(
      "La commune 93006 ne fait pas partie de la campagne.",
    );
    expect(message(checkValueInCampaign(frame, { ...value, period: "2025-03" }))).toContain("fréquence");
    expect(message(checkValueInCampaign(frame, { ...value, period: "2026" }))).toBe(
      "La période « 2026 » est hors de la campagne (du 2025-01-01 au 2025-12-31).",
    );
  });
});

describe("completeness and reminders", () => {
  it("counts what is missing and the share approved", () => {
    expect(completeness(4, { draft: 1, submitted: 1, approved: 1, returned: 0 })).toEqual({
      expected: 4,
      entered: 3,
      submitted: 1,
      approved: 1,
      returned: 0,
      missing: 1,
      approvedShare: 0.25,
    });
    expect(completeness(0, { draft: 0, submitted: 0, approved: 0, returned: 0 }).approvedShare).toBe(1);
  });

  it("reminds a week before the deadline, then once overdue, each once, and never a commune with nothing pending", () => {
    expect(reminderDue("2026-03-31", "2026-03-20", "open", 2, [])).toBeNull();
    expect(reminderDue("2026-03-31", "2026-03-24", "open", 2, [])).toBe("before_deadline");
    expect(reminderDue("2026-03-31", "2026-03-25", "open", 2, ["before_deadline"])).toBeNull();
    expect(reminderDue("2026-03-31", "2026-03-31", "open", 2, ["before_deadline"])).toBeNull();
    expect(reminderDue("2026-03-31", "2026-04-01", "open", 2, ["before_deadline"])).toBe("overdue");
    expect(reminderDue("2026-03-31", "2026-04-02", "open", 2, ["before_deadline", "overdue"])).toBeNull();
    expect(reminderDue("2026-03-31", "2026-04-01", "open", 0, [])).toBeNull();
    expect(reminderDue("2026-03-31", "2026-04-01", "closed", 3, [])).toBeNull();
  });
});
