import { describe, expect, it } from "vitest";
import { actions, can } from "./can.js";
import type { Actor } from "../users/user.schema.js";

const admin: Actor = { id: "a", role: "admin", communeCodes: [] };
const officer: Actor = { id: "o", role: "officer", communeCodes: [] };
const bondy: Actor = { id: "c", role: "contributor", communeCodes: ["93010"] };

describe("can", () => {
  it("refuses everything to an anonymous visitor", () => {
    for (const action of actions) expect(can(null, action, { communeInseeCode: "93010" })).toBe(false);
  });

  it("allows everything to an administrator", () => {
    for (const action of actions) expect(can(admin, action, { role: "admin" })).toBe(true);
  });

  it("lets officers run the programme but invite only contributors", () => {
    expect(can(officer, "programme.create")).toBe(true);
    expect(can(officer, "update.review", { communeInseeCode: "93010" })).toBe(true);
    expect(can(officer, "user.invite", { role: "contributor" })).toBe(true);
    expect(can(officer, "user.invite", { role: "officer" })).toBe(false);
    expect(can(officer, "user.invite", { role: "admin" })).toBe(false);
    expect(can(officer, "user.invite")).toBe(false);
  });

  it("scopes a contributor to their own communes", () => {
    expect(can(bondy, "project.read", { communeInseeCode: "93010" })).toBe(true);
    expect(can(bondy, "update.write", { communeInseeCode: "93010" })).toBe(true);
    expect(can(bondy, "project.read", { communeInseeCode: "93005" })).toBe(false);
    expect(can(bondy, "update.write", { communeInseeCode: "93005" })).toBe(false);
  });

  it("lets a contributor report their commune's figures, never review them or touch the library", () => {
    expect(can(bondy, "value.write", { communeInseeCode: "93010" })).toBe(true);
    expect(can(bondy, "value.write", { communeInseeCode: "93006" })).toBe(false);
    expect(can(bondy, "campaign.read", { communeInseeCode: "93006" })).toBe(false);
    expect(can(bondy, "value.import")).toBe(true);
    expect(can(bondy, "indicator.read")).toBe(true);
    for (const action of ["value.review", "indicator.manage", "campaign.manage", "figures.read"] as const) {
      expect(can(bondy, action, { communeInseeCode: "93010" })).toBe(false);
      expect(can(officer, action, { communeInseeCode: "93010" })).toBe(true);
    }
  });

  it("refuses a scoped action when the commune is not given", () => {
    expect(can(bondy, "project.read")).toBe(false);
  });

  it("lets every signed-in person list projects, the list being narrowed by the scope", () => {
    expect(can(bondy, "project.list")).toBe(true);
    expect(can(officer, "project.list")).toBe(true);
    expect(can(null, "project.list")).toBe(false);
  });

  it("never lets a contributor review, administer or invite", () => {
    for (const action of [
      "update.review",
      "project.create",
      "project.update",
      "project.changeStatus",
      "programme.create",
      "edition.create",
      "user.invite",
      "user.list",
    ] as const) {
      expect(can(bondy, action, { communeInseeCode: "93010", role: "contributor" })).toBe(false);
    }
  });
});
