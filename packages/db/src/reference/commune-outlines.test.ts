import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { communeMapLayout, communeOutlines } from "./commune-outlines.js";

const require = createRequire(import.meta.url);

describe("the communes' outlines", () => {
  it("hold exactly the Métropole's member communes, as the reference data lists them", () => {
    const epci: {
      code: string;
      membres: { code: string }[];
    }[] = require("@etalab/decoupage-administratif/data/epci.json");
    const members = epci.find((e) => e.code === "200054781")!.membres.map((m) => m.code);
    const codes = communeOutlines().map((f) => f.properties.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual([...members].sort());
  });

  it("draw every commune in one viewBox, once per process", () => {
    const layout = communeMapLayout();
    expect(layout.viewBox).toBe(`0 0 ${layout.width} ${layout.height}`);
    expect(layout.communes).toHaveLength(130);
    for (const commune of layout.communes) {
      expect(commune.path).toMatch(/^(M[\d.]+ [\d.]+l[-\d. ]+Z)+$/);
      const [, x, y] = /^M([\d.]+) ([\d.]+)/.exec(commune.path)!;
      expect(Number(x)).toBeLessThanOrEqual(layout.width);
      expect(Number(y)).toBeLessThanOrEqual(layout.height);
    }
    // Saint-Denis absorbed Pierrefitte-sur-Seine: both former outlines, two subpaths.
    expect(layout.communes.find((c) => c.inseeCode === "93066")!.path.match(/M/g)!.length).toBeGreaterThanOrEqual(2);
    const paris = layout.communes.find((c) => c.inseeCode === "75056")!;
    expect(paris).toMatchObject({ name: "Paris", territorySiren: null, territoryName: null });
    expect(layout.communes.find((c) => c.inseeCode === "93010")).toMatchObject({ territoryName: "Est Ensemble" });
    expect(communeMapLayout()).toBe(layout);
    // Light enough to inline in every page that shows the map.
    const size = layout.communes.reduce((sum, c) => sum + c.path.length, 0);
    expect(size).toBeLessThan(40_000);
  });
});
