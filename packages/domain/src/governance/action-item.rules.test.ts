import { describe, expect, it } from "vitest";
import { daysOverdue, dueHorizon, isOverdue } from "./action-item.rules.js";

const today = "2026-03-15";

describe("isOverdue", () => {
  it("says an open item due before today is late", () => {
    expect(isOverdue({ status: "open", dueOn: "2026-03-14" }, today)).toBe(true);
    expect(daysOverdue({ status: "open", dueOn: "2026-02-13" }, today)).toBe(30);
  });

  it("does not count an item due today, or later, as late", () => {
    expect(isOverdue({ status: "open", dueOn: today }, today)).toBe(false);
    expect(isOverdue({ status: "open", dueOn: "2026-04-01" }, today)).toBe(false);
    expect(daysOverdue({ status: "open", dueOn: today }, today)).toBe(0);
  });

  it("never counts a done or abandoned item as late", () => {
    expect(isOverdue({ status: "done", dueOn: "2025-12-01" }, today)).toBe(false);
    expect(isOverdue({ status: "cancelled", dueOn: "2025-12-01" }, today)).toBe(false);
    expect(daysOverdue({ status: "done", dueOn: "2025-12-01" }, today)).toBe(0);
  });
});

describe("dueHorizon", () => {
  it("counts calendar days, across months and the change to summer time", () => {
    expect(dueHorizon(today, 0)).toBe(today);
    expect(dueHorizon(today, 30)).toBe("2026-04-14");
  });
});
