import { describe, expect, it } from "vitest";
import { communeFeatureCollectionSchema } from "./commune-map.schema.js";
import { prepareRing, projectOutlines, ringPath, simplifyLine } from "./commune-map.rules.js";

type Ring = [number, number][];

/** A lon/lat rectangle, closed as GeoJSON closes rings. */
const rectangle = (west: number, south: number, east: number, north: number): Ring => [
  [west, south],
  [east, south],
  [east, north],
  [west, north],
  [west, south],
];

/** The absolute points of a path, every subpath in turn, read back from its relative moves. */
const pointsOf = (d: string) =>
  d
    .split("Z")
    .filter(Boolean)
    .flatMap((subpath) => {
      const match = /^M(\S+) (\S+)(?:l(.*))?$/.exec(subpath);
      if (!match) throw new Error(`Unexpected subpath ${subpath}`);
      let x = Number(match[1]);
      let y = Number(match[2]);
      const points: [number, number][] = [[x, y]];
      const moves = (match[3] ?? "").split(" ").filter(Boolean).map(Number);
      for (let i = 0; i < moves.length; i += 2) {
        x = Math.round((x + moves[i]!) * 10) / 10;
        y = Math.round((y + moves[i + 1]!) * 10) / 10;
        points.push([x, y]);
      }
      return points;
    });

describe("projecting the communes' outlines", () => {
  const options = { width: 100, padding: 0, tolerance: 0 };

  it("puts north at the top and shrinks longitudes by the cosine of the mean latitude", () => {
    // 1° of longitude by 1° of latitude around 60°N: half as wide as high once projected.
    const projected = projectOutlines(
      [{ code: "75056", geometry: { type: "Polygon", coordinates: [rectangle(2, 59.5, 3, 60.5)] } }],
      options,
    );
    expect(projected.ok).toBe(true);
    if (!projected.ok) return;
    expect(projected.value.width).toBe(100);
    expect(projected.value.height).toBeCloseTo(200, 0);
    expect(projected.value.viewBox).toBe(`0 0 100 ${projected.value.height}`);
    const points = pointsOf(projected.value.outlines[0]!.d);
    // South-west corner is bottom left, north-east top right.
    expect(points[0]![0]).toBe(0);
    expect(points[0]![1]).toBeCloseTo(200, 0);
    expect(points[2]).toEqual([100, 0]);
  });

  it("fits every commune into one viewBox, with the padding around", () => {
    const projected = projectOutlines(
      [
        { code: "93010", geometry: { type: "Polygon", coordinates: [rectangle(2.4, 48.8, 2.5, 48.9)] } },
        { code: "93048", geometry: { type: "Polygon", coordinates: [rectangle(2.5, 48.9, 2.6, 49)] } },
      ],
      { width: 200, padding: 5, tolerance: 0 },
    );
    if (!projected.ok) throw new Error(projected.error.message);
    const all = projected.value.outlines.flatMap((o) => pointsOf(o.d));
    expect(Math.min(...all.map((p) => p[0]))).toBe(5);
    expect(Math.max(...all.map((p) => p[0]))).toBe(195);
    expect(Math.min(...all.map((p) => p[1]))).toBe(5);
    expect(Math.max(...all.map((p) => p[1]))).toBeCloseTo(projected.value.height - 5, 1);
    // The second commune lies north-east of the first: right of it and above it.
    const [first, second] = projected.value.outlines.map((o) => pointsOf(o.d));
    expect(second![0]![0]).toBeGreaterThan(first![0]![0]);
    expect(second![0]![1]).toBeLessThan(first![0]![1]);
  });

  it("rounds every coordinate to one decimal", () => {
    const projected = projectOutlines(
      [
        {
          code: "93010",
          geometry: {
            type: "Polygon",
            coordinates: [
              [
                [2.41, 48.81],
                [2.4731, 48.8],
                [2.5, 48.8777],
                [2.41, 48.81],
              ],
            ],
          },
        },
      ],
      { width: 333, padding: 3, tolerance: 0 },
    );
    if (!projected.ok) throw new Error(projected.error.message);
    expect(projected.value.outlines[0]!.d).toMatch(/^M[\d.]+ [\d.]+l[-\d. ]+Z$/);
    for (const [x, y] of pointsOf(projected.value.outlines[0]!.d)) {
      expect(Math.round(x * 10) / 10).toBe(x);
      expect(Math.round(y * 10) / 10).toBe(y);
    }
    expect(projected.value.outlines[0]!.d).toMatch(/\.\d[ Zl]/);
    expect(projected.value.outlines[0]!.d).not.toMatch(/\.\d\d/);
  });

  it("draws each polygon of a MultiPolygon, and holes, as subpaths", () => {
    const projected = projectOutlines(
      [
        {
          code: "93066",
          geometry: {
            type: "MultiPolygon",
            coordinates: [
              [rectangle(2.3, 48.9, 2.4, 49), rectangle(2.33, 48.93, 2.36, 48.96)],
              [rectangle(2.4, 48.9, 2.45, 48.95)],
            ],
          },
        },
      ],
      options,
    );
    if (!projected.ok) throw new Error(projected.error.message);
    const d = projected.value.outlines[0]!.d;
    expect(d.match(/M/g)).toHaveLength(3);
    expect(d.match(/Z/g)).toHaveLength(3);
  });

  it("says so when there is nothing to draw, rather than dividing by zero", () => {
    expect(projectOutlines([])).toMatchObject({ ok: false, error: { code: "INVALID" } });
    const point = projectOutlines([
      {
        code: "93010",
        geometry: {
          type: "Polygon",
          coordinates: [
            [
              [2.4, 48.8],
              [2.4, 48.8],
              [2.4, 48.8],
              [2.4, 48.8],
            ],
          ],
        },
      },
    ]);
    expect(point).toMatchObject({ ok: false, error: { code: "INVALID" } });
  });
});

describe("simplifying rings", () => {
  it("drops points closer to the line than the tolerance and keeps the corners", () => {
    const line: [number, number][] = [
      [0, 0],
      [1, 0.05],
      [2, -0.05],
      [3, 0],
      [3, 3],
    ];
    expect(simplifyLine(line, 0.1)).toEqual([
      [0, 0],
      [3, 0],
      [3, 3],
    ]);
    expect(simplifyLine(line, 0.01)).toHaveLength(5);
  });

  it("keeps a small commune whole rather than letting it shrink below a triangle", () => {
    const tiny: [number, number][] = [
      [0, 0],
      [0.4, 0],
      [0.4, 0.4],
      [0, 0.4],
      [0, 0],
    ];
    expect(prepareRing(tiny, 1)).toEqual([
      [0, 0],
      [0.4, 0],
      [0.4, 0.4],
      [0, 0.4],
    ]);
    expect(
      prepareRing(
        [
          [0, 0],
          [0.01, 0],
          [0, 0.01],
          [0, 0],
        ],
        1,
      ),
    ).toBeNull();
  });

  it("writes a closed SVG subpath of relative moves, without repeating the first point", () => {
    expect(
      ringPath([
        [1, 2],
        [3.5, 4],
        [5, 6.1],
      ]),
    ).toBe("M1 2l2.5 2 1.5 2.1Z");
  });
});

describe("the communes' GeoJSON schema", () => {
  const feature = (geometry: unknown, code = "93010") => ({
    type: "Feature",
    properties: {
      code,
      nom: "Bondy",
      departement: "93",
      siren: "219300100",
      population: 53_000,
      ept: "200057875",
      eptNom: "Est Ensemble",
    },
    geometry,
  });

  it("accepts Polygons and MultiPolygons of communes", () => {
    const parsed = communeFeatureCollectionSchema.safeParse({
      type: "FeatureCollection",
      features: [
        feature({ type: "Polygon", coordinates: [rectangle(2.4, 48.8, 2.5, 48.9)] }),
        feature({ type: "MultiPolygon", coordinates: [[rectangle(2.4, 48.8, 2.5, 48.9)]] }, "93066"),
      ],
    });
    expect(parsed.success).toBe(true);
  });

  it("refuses short or open rings, points, swapped coordinates and bad INSEE codes", () => {
    const parse = (f: unknown) =>
      communeFeatureCollectionSchema.safeParse({ type: "FeatureCollection", features: [f] });
    expect(
      parse(feature({ type: "Polygon", coordinates: [rectangle(2.4, 48.8, 2.5, 48.9).slice(0, 3)] })).success,
    ).toBe(false);
    const open = [...rectangle(2.4, 48.8, 2.5, 48.9).slice(0, 4), [2.45, 48.85]];
    expect(parse(feature({ type: "Polygon", coordinates: [open] })).success).toBe(false);
    expect(parse(feature({ type: "Point", coordinates: [2.4, 48.8] })).success).toBe(false);
    expect(parse(feature({ type: "Polygon", coordinates: [rectangle(48.8, 200, 48.9, 201)] })).success).toBe(false);
    expect(parse(feature({ type: "Polygon", coordinates: [rectangle(2.4, 48.8, 2.5, 48.9)] }, "9301")).success).toBe(
      false,
    );
  });
});
