import { describe, expect, it } from "vitest";
import { actions, can } from "../permissions/can.js";

const partner = { id: "p", role: "partner" as const, communeCodes: [] };
const officer = { id: "o", role: "officer" as const, communeCodes: [] };
const contributor = { id: "c", role: "contributor" as const, communeCodes: ["93010"] };

describe("the partner role", () => {
  it("may only read the guide and propose changes to it", () => {
    expect(actions.filter((action) => can(partner, action, { communeInseeCode: "93010" }))).toEqual([
      "guide.read",
      "guide.propose",
    ]);
  });

  it("leaves the guide's management and the publications to officers", () => {
    expect(can(officer, "guide.manage")).toBe(true);
    expect(can(officer, "publication.manage")).toBe(true);
    expect(can(contributor, "guide.read")).toBe(false);
    expect(can(contributor, "publication.read")).toBe(false);
  });

  it("is invited by officers as well as administrators", () => {
    expect(can(officer, "user.invite", { role: "partner" })).toBe(true);
    expect(can(officer, "user.invite", { role: "officer" })).toBe(false);
  });
});
