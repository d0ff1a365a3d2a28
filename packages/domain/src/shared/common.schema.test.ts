import { describe, expect, it } from "vitest";
import { slugify, slugSchema } from "./common.schema.js";

describe("slugify", () => {
  it("strips accents, apostrophes and punctuation", () => {
    expect(slugify("Cœur de ville : L'Haÿ-les-Roses")).toBe("coeur-de-ville-l-hay-les-roses");
    expect(slugify("  Réseau métiers d'art  ")).toBe("reseau-metiers-d-art");
  });

  it("cuts long titles without leaving a dash at the end", () => {
    const slug = slugify(`${"a".repeat(79)} b`);
    expect(slug).toBe("a".repeat(79));
    expect(slugSchema.safeParse(slug).success).toBe(true);
  });

  it("produces what the slug schema accepts", () => {
    expect(slugSchema.safeParse(slugify("Centres-villes vivants 2021")).success).toBe(true);
    expect(slugSchema.safeParse("Avec Majuscule").success).toBe(false);
  });
});
