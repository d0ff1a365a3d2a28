import { describe, expect, it } from "vitest";
import { createPublicationInput, updatePublicationInput } from "./create-publication.input.js";

describe("createPublicationInput", () => {
  it("accepts a draft with a title and a kind, and normalises its tags", () => {
    const parsed = createPublicationInput.parse({
      kind: "news",
      title: "Les Assises",
      tags: [" ESS", "ess", "commerce"],
    });
    expect(parsed.tags).toEqual(["ESS", "commerce"]);
  });

  it("refuses a scheduled publication without its date, on the date field", () => {
    const parsed = createPublicationInput.safeParse({ kind: "news", title: "Bientôt", status: "scheduled" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["publishAt"]);
    expect(
      createPublicationInput.safeParse({
        kind: "news",
        title: "Bientôt",
        status: "scheduled",
        publishAt: "2026-07-01T08:00:00+02:00",
      }).success,
    ).toBe(true);
  });

  it("refuses an unknown kind", () => {
    expect(createPublicationInput.safeParse({ kind: "blog", title: "Titre" }).success).toBe(false);
  });
});

describe("updatePublicationInput", () => {
  it("has no defaults", () => {
    const parsed = updatePublicationInput.parse({ id: "9b2f6a4e-3c1d-4e5f-8a7b-1c2d3e4f5a6b", version: 1, title: "T" });
    expect(Object.keys(parsed).sort()).toEqual(["id", "title", "version"]);
  });
});
