import { describe, expect, it } from "vitest";
import { createEventInput, updateEventInput } from "./create-event.input.js";

const valid = {
  kind: "workshop",
  title: "Atelier vitrines",
  startsAt: "2026-03-12T14:00:00+01:00",
  endsAt: "2026-03-12T17:00:00+01:00",
} as const;

describe("createEventInput", () => {
  it("accepts an event with its required fields only", () => {
    expect(createEventInput.safeParse(valid).success).toBe(true);
  });

  it("puts the rules' refusals on the fields they are about", () => {
    const parsed = createEventInput.safeParse({ ...valid, endsAt: "2026-03-12T10:00:00+01:00", capacity: 0 });
    expect(parsed.success).toBe(false);
    const paths = parsed.error?.issues.map((i) => i.path.join("."));
    expect(paths).toContain("endsAt");
    expect(paths).toContain("capacity");
  });

  it("refuses a kind or status the database does not know", () => {
    expect(createEventInput.safeParse({ ...valid, kind: "party" }).success).toBe(false);
    expect(createEventInput.safeParse({ ...valid, status: "archived" }).success).toBe(false);
  });
});

describe("updateEventInput", () => {
  it("has no defaults: a field left out stays out", () => {
    const parsed = updateEventInput.parse({ id: "9b2f6a4e-3c1d-4e5f-8a7b-1c2d3e4f5a6b", version: 0, title: "Nouveau" });
    expect(Object.keys(parsed).sort()).toEqual(["id", "title", "version"]);
  });
});
