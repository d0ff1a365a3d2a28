import { fail, ok, type Result } from "../shared/result.js";
import type { CommuneGeometry } from "./commune-map.schema.js";

/** [x, y] in map units (SVG user space). */
type Point = readonly [number, number];
/** [longitude, latitude, altitude?] as GeoJSON writes it. */
type Position = readonly [number, number, ...number[]];

export interface MapOutline {
  code: string;
  geometry: CommuneGeometry;
}

export interface ProjectedOutline {
  code: string;
  /** SVG path data: one subpath per ring, every polygon of a MultiPolygon included; fill it even-odd for holes. */
  d: string;
}

export interface ProjectedMap {
  width: number;
  height: number;
  /** "0 0 width height", ready for the svg element. */
  viewBox: string;
  outlines: ProjectedOutline[];
}

export interface MapProjectionOptions {
  /** Width of the viewBox in map units; the height follows from the territory's shape. */
  width: number;
  /** Blank margin on every side, so outer borders are not clipped by the stroke. */
  padding: number;
  /** Douglas–Peucker tolerance in map units: detail finer than this is dropped. */
  tolerance: number;
}

/**
 * 800 units across the métropole (about 45 km): one unit is some 55 m, under a pixel on most
 * screens, so dropping detail under half a unit is invisible while it lightens the page.
 */
export const defaultMapProjection: MapProjectionOptions = { width: 800, padding: 4, tolerance: 0.5 };

const round1 = (n: number) => Math.round(n * 10) / 10;

const polygonsOf = (geometry: CommuneGeometry): readonly (readonly (readonly Position[])[])[] =>
  geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;

/** Distance from p to the segment [a, b]; to the point a when the segment is degenerate (a closed ring's ends). */
function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const lengthSquared = dx * dx + dy * dy;
  const t =
    lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengthSquared));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/**
 * Douglas–Peucker: keeps the first and last points and, recursively, every point farther than the
 * tolerance from the chord. Iterative, so a long coastline cannot overflow the stack.
 */
export function simplifyLine(points: readonly Point[], tolerance: number): Point[] {
  if (points.length <= 2 || tolerance <= 0) return [...points];
  const keep = new Array<boolean>(points.length).fill(false);
  keep[0] = true;
  keep[points.length - 1] = true;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let farthest = -1;
    let farthestDistance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const distance = distanceToSegment(points[i]!, points[first]!, points[last]!);
      if (distance > farthestDistance) {
        farthest = i;
        farthestDistance = distance;
      }
    }
    if (farthest !== -1) {
      keep[farthest] = true;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/** Rounded to 0.1 unit, without the repeats rounding creates nor the closing point (the path's Z closes it). */
function roundRing(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const [x, y] of points) {
    const p: Point = [round1(x), round1(y)];
    const previous = out[out.length - 1];
    if (!previous || previous[0] !== p[0] || previous[1] !== p[1]) out.push(p);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (out.length > 1 && first![0] === last![0] && first![1] === last![1]) out.pop();
  return out;
}

/**
 * A ring ready to draw: simplified, then rounded. A ring simplified below a triangle keeps its
 * full detail instead, so a small commune never vanishes; one that is a speck even then is dropped.
 */
export function prepareRing(points: readonly Point[], tolerance: number): Point[] | null {
  const simplified = roundRing(simplifyLine(points, tolerance));
  if (simplified.length >= 3) return simplified;
  const full = roundRing(points);
  return full.length >= 3 ? full : null;
}

/**
 * A closed subpath: the first point absolute, then relative moves (`l dx dy dx dy …`), which take
 * about a third fewer characters than absolute ones. The moves are differences of rounded points,
 * so no rounding error accumulates along the ring.
 */
export function ringPath(points: readonly Point[]): string {
  const [first, ...rest] = points;
  if (!first) return "";
  const moves = rest.map(([x, y], i) => {
    const [px, py] = points[i]!;
    return `${round1(x - px)} ${round1(y - py)}`;
  });
  return `M${first[0]} ${first[1]}${moves.length > 0 ? `l${moves.join(" ")}` : ""}Z`;
}

/**
 * Lays the communes' outlines (WGS84) out in an SVG viewBox: an equirectangular projection with
 * longitudes scaled by the cosine of the mean latitude (exact enough over 45 km), north up (SVG's
 * y grows downwards), fitted to the width; then simplified and rounded to keep the page light.
 */
export function projectOutlines(
  outlines: readonly MapOutline[],
  options: MapProjectionOptions = defaultMapProjection,
): Result<ProjectedMap> {
  let minLon = Infinity;
  let maxLon = -Infinity;
  let minLat = Infinity;
  let maxLat = -Infinity;
  for (const outline of outlines)
    for (const polygon of polygonsOf(outline.geometry))
      for (const ring of polygon)
        for (const [lon, lat] of ring) {
          minLon = Math.min(minLon, lon);
          maxLon = Math.max(maxLon, lon);
          minLat = Math.min(minLat, lat);
          maxLat = Math.max(maxLat, lat);
        }
  if (minLon === Infinity) return fail("INVALID", "Aucun contour de commune à dessiner.");
  const cosine = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const spanX = (maxLon - minLon) * cosine;
  const spanY = maxLat - minLat;
  const inner = options.width - 2 * options.padding;
  if (spanX <= 0 || spanY <= 0 || inner <= 0) return fail("INVALID", "Les contours n'ont pas d'étendue à dessiner.");
  const scale = inner / spanX;
  const height = round1(spanY * scale + 2 * options.padding);
  const project = ([lon, lat]: Position): Point => [
    options.padding + (lon - minLon) * cosine * scale,
    options.padding + (maxLat - lat) * scale,
  ];

  const projected = outlines.map(({ code, geometry }) => {
    const subpaths: string[] = [];
    for (const polygon of polygonsOf(geometry)) {
      const [exterior, ...holes] = polygon.map((ring) => prepareRing(ring.map(project), options.tolerance));
      // A hole without its polygon would be drawn filled.
      if (!exterior) continue;
      subpaths.push(ringPath(exterior), ...holes.filter((h) => h !== null).map(ringPath));
    }
    return { code, d: subpaths.join("") };
  });
  return ok({
    width: options.width,
    height,
    viewBox: `0 0 ${options.width} ${height}`,
    outlines: projected,
  });
}
