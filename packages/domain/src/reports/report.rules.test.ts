import { describe, expect, it } from "vitest";
import { reportDataSchema, type ReportData, type ReportIndicator } from "./report-data.schema.js";
import {
  checkGenerate,
  checkPublish,
  isCraftTag,
  keyFigures,
  missingValueNotice,
  pickTarget,
  pickYearValue,
  reportNotices,
  targetStatus,
  yearHasData,
} from "./report.rules.js";

const empty = (year = 2025): ReportData => ({
  schemaVersion: 1,
  year,
  programme: { id: "p", slug: "cvv", name: "Centres-villes vivants" },
  generatedAt: "2026-01-15T10:00:00.000Z",
  projects: [],
  indicators: [],
  events: [],
  publications: [],
  networks: [],
  sections: [],
  crafts: { projects: [], publications: [], events: [] },
});

const indicator = (over: Partial<ReportIndicator> = {}): ReportIndicator => ({
  id: "i",
  code: "VAC",
  name: "Taux de vacance",
  unit: "%",
  direction: "lower_is_better",
  series: [
    { year: 2024, period: "2024", value: 12 },
    { year: 2025, period: "2025", value: 9 },
  ],
  baseline: 14,
  target: { period: "2025", value: 10 },
  ...over,
});

describe("the notices of an empty report", () => {
  it("say in words that a year has no data", () => {
    const notices = reportNotices(empty(2019));
    expect(yearHasData(empty(2019))).toBe(false);
    expect(notices.noData).toContain("Aucune donnée n'est enregistrée pour 2019");
    expect(notices.projects).toContain("2019");
  });

  it("say that a programme has no indicator", () => {
    expect(reportNotices(empty()).indicators).toContain("Aucun indicateur n'est rattaché à ce programme");
    expect(reportNotices({ ...empty(), indicators: [indicator()] }).indicators).toBeNull();
  });

  it("say which value of the year is missing", () => {
    const missing = indicator({ series: [{ year: 2025, period: null, value: null }] });
    expect(missingValueNotice(missing, 2025)).toContain("Valeur 2025 non disponible");
    expect(missingValueNotice(indicator(), 2025)).toBeNull();
  });

  it("count a year with only a published value as a year with data", () => {
    expect(yearHasData({ ...empty(), indicators: [indicator()] })).toBe(true);
  });
});

describe("targets", () => {
  it("follow the indicator's direction", () => {
    expect(targetStatus(indicator(), 2025)).toBe("reached");
    expect(targetStatus(indicator({ direction: "higher_is_better" }), 2025)).toBe("not_reached");
    expect(targetStatus(indicator({ target: null }), 2025)).toBe("no_target");
    expect(targetStatus(indicator(), 2026)).toBe("no_value");
  });

  it("prefer the yearly period, then the latest of the year", () => {
    expect(
      pickYearValue(
        [
          { period: "2025-T1", value: 1 },
          { period: "2025-T4", value: 4 },
        ],
        2025,
      ),
    ).toEqual({
      period: "2025-T4",
      value: 4,
    });
    expect(
      pickYearValue(
        [
          { period: "2025-T4", value: 4 },
          { period: "2025", value: 7 },
        ],
        2025,
      )?.value,
    ).toBe(7);
    expect(pickYearValue([{ period: "2024", value: 4 }], 2025)).toBeNull();
  });

  it("take the year's target, else the next one", () => {
    const targets = [
      { period: "2028", value: 5 },
      { period: "2026", value: 8 },
    ];
    expect(pickTarget(targets, 2026)?.value).toBe(8);
    expect(pickTarget(targets, 2027)?.value).toBe(5);
    expect(pickTarget(targets, 2030)?.value).toBe(5);
    expect(pickTarget([], 2030)).toBeNull();
  });
});

describe("key figures", () => {
  it("add up the frozen data", () => {
    const data: ReportData = {
      ...empty(),
      projects: [
        {
          id: "a",
          slug: "a",
          title: "A",
          communeName: "Bondy",
          status: "completed",
          themes: [],
          milestonesReached: [{ title: "Ouverture", completedOn: "2025-05-01" }],
          milestonesDue: 2,
          committedCents: 10_000_000,
          paidCents: 2_500_000,
        },
      ],
      events: [
        {
          title: "Atelier",
          kind: "workshop",
          startsAt: "2025-03-01T09:00:00Z",
          communeName: null,
          registrations: 12,
          attended: 9,
        },
      ],
      networks: [{ name: "Managers", kind: "other", members: 4, meetings: 3 }],
    };
    const figures = Object.fromEntries(keyFigures(data).map((f) => [f.key, f]));
    expect(figures.projects?.value).toBe(1);
    expect(figures.completed?.value).toBe(1);
    expect(figures.milestones?.value).toBe(1);
    expect(figures.committed?.text).toBe("100\u00a0000\u00a0€");
    expect(figures.participants?.value).toBe(9);
    expect(figures.meetings?.value).toBe(3);
  });
});

describe("publication", () => {
  const snapshot = { id: "s1", reportId: "r", hasPdf: true };
  it("publishes a draft, switches to another snapshot, refuses the same one twice", () => {
    expect(checkPublish({ status: "draft", publishedSnapshotId: null }, snapshot, "r").ok).toBe(true);
    expect(checkPublish({ status: "published", publishedSnapshotId: "s0" }, snapshot, "r").ok).toBe(true);
    expect(checkPublish({ status: "published", publishedSnapshotId: "s1" }, snapshot, "r").ok).toBe(false);
  });
  it("refuses a snapshot of another report or without PDF", () => {
    expect(checkPublish({ status: "draft", publishedSnapshotId: null }, snapshot, "other").ok).toBe(false);
    expect(checkPublish({ status: "draft", publishedSnapshotId: null }, { ...snapshot, hasPdf: false }, "r").ok).toBe(
      false,
    );
  });
  it("refuses a generation while another runs", () => {
    const now = new Date("2026-01-15T10:00:00Z");
    expect(checkGenerate({ status: "running", updatedAt: "2026-01-15T09:59:00Z" }, now).ok).toBe(false);
    expect(checkGenerate({ status: "failed", updatedAt: "2026-01-15T09:59:00Z" }, now).ok).toBe(true);
    expect(checkGenerate(null, now).ok).toBe(true);
  });
  it("lets a generation left running by a stopped server be replaced", () => {
    const now = new Date("2026-01-15T10:00:00Z");
    expect(checkGenerate({ status: "running", updatedAt: "2026-01-15T09:30:00Z" }, now).ok).toBe(true);
  });
});

describe("the snapshot schema", () => {
  it("refuses data of another schema version", () => {
    expect(reportDataSchema.safeParse(empty()).success).toBe(true);
    expect(reportDataSchema.safeParse({ ...empty(), schemaVersion: 2 }).success).toBe(false);
  });
  it("recognises craft tags whatever the accents", () => {
    expect(isCraftTag("Réparation")).toBe(true);
    expect(isCraftTag("Métiers d’art")).toBe(true);
    expect(isCraftTag("culture")).toBe(false);
  });
});
