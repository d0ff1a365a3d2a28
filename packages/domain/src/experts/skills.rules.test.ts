import { describe, expect, it } from "vitest";
import { matchesSkill, matchesText, normalizeSkills, skillKey } from "./skills.rules.js";

describe("skills", () => {
  it("compare without case, accents, ligatures or curly apostrophes", () => {
    expect(skillKey("  Métiers  d’Art ")).toBe("metiers d'art");
    expect(skillKey("Œuvres")).toBe("oeuvres");
  });

  it("are trimmed, empty ones dropped, and kept once in their first spelling", () => {
    expect(
      normalizeSkills([" Métiers d'art ", "", "   ", "metiers d’art", "Commerce", "COMMERCE", "Concertation"]),
    ).toEqual(["Métiers d'art", "Commerce", "Concertation"]);
  });

  it("are found by a search typed without accents, in any case, or by part", () => {
    const skills = ["Métiers d'art", "Commerce de proximité"];
    expect(matchesSkill(skills, "metiers d'art")).toBe(true);
    expect(matchesSkill(skills, "METIERS D’ART")).toBe(true);
    expect(matchesSkill(skills, "proximite")).toBe(true);
    expect(matchesSkill(skills, "urbanisme")).toBe(false);
    expect(matchesSkill([], "commerce")).toBe(false);
    expect(matchesSkill([], "  ")).toBe(true);
  });

  it("also serve a search on a name", () => {
    expect(matchesText("Études & Territoires (fictif)", "etudes")).toBe(true);
    expect(matchesText("Atelier Lumière", "ombre")).toBe(false);
  });
});
