import { describe, expect, it } from "vitest";
import { perimeterSchema, projectThemeLabels, projectThemes, projectThemesSchema } from "./project-theme.schema.js";

describe("projectThemesSchema", () => {
  it("keeps each theme once, in the list's order", () => {
    expect(projectThemesSchema.parse(["habitat", "commerce", "habitat", "ess"])).toEqual([
      "commerce",
      "ess",
      "habitat",
    ]);
    expect(projectThemesSchema.parse([])).toEqual([]);
  });

  it("refuses a theme outside the list, in French", () => {
    const result = projectThemesSchema.safeParse(["commerce", "tourisme"]);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Thème inconnu.");
  });

  it("names every theme in French", () => {
    expect(Object.keys(projectThemeLabels).sort()).toEqual([...projectThemes].sort());
    expect(projectThemeLabels.metiers_d_art).toBe("Métiers d'art");
  });
});

describe("perimeterSchema", () => {
  it("trims the text and refuses a very long one in French", () => {
    expect(perimeterSchema.parse("  Rue Jean-Jaurès  ")).toBe("Rue Jean-Jaurès");
    expect(perimeterSchema.safeParse("x".repeat(2001)).error?.issues[0]?.message).toBe(
      "Le périmètre ne doit pas dépasser 2000 caractères.",
    );
  });
});
