import { describe, expect, it } from "vitest";
import { slugSchema } from "@cvv/domain/shared";
import { slugClaimed, uniqueSlug } from "./unique-slug.js";

describe("uniqueSlug", () => {
  it("suffixes a taken slug and stays valid for long titles", async () => {
    const title = `${"mot-".repeat(19)}x fin`;
    const taken = new Set([await uniqueSlug(title, async () => false)]);
    const second = await uniqueSlug(title, async (s) => taken.has(s));
    expect(second.endsWith("-2")).toBe(true);
    expect(second.length).toBeLessThanOrEqual(80);
    expect(slugSchema.safeParse(second).success).toBe(true);
  });
});

describe("slugClaimed", () => {
  it("turns a lost race for a slug into a French conflict on the slug field", async () => {
    const result = await slugClaimed(async () => {
      throw Object.assign(new Error("Unique constraint failed"), { code: "P2002" });
    }, "bondy-coeur-de-ville");
    expect(result).toEqual({
      ok: false,
      error: {
        code: "CONFLICT",
        message: "L'adresse courte « bondy-coeur-de-ville » vient d'être prise : choisissez-en une autre.",
        field: "slug",
      },
    });
  });

  it("lets other failures through", async () => {
    await expect(slugClaimed(async () => Promise.reject(new Error("panne")), "x")).rejects.toThrow("panne");
  });
});
