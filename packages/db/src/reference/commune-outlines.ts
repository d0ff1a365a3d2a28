import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  communeFeatureCollectionSchema,
  defaultMapProjection,
  projectOutlines,
  type CommuneFeature,
} from "@cvv/domain/communes";

const FILE_NAME = "mgp-communes.geojson";

/** The communes' GeoJSON shipped in packages/db/data, found from src/ (tests) and from the bundled dist/ alike. */
export function communeOutlinesFile(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, "data", FILE_NAME);
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error(`Contours des communes introuvables (data/${FILE_NAME}).`);
}

// The file ships with the code and never changes while the server runs: read, checked and
// projected once per process.
let features: CommuneFeature[] | null = null;
let map: CommuneMapLayout | null = null;

/** The 130 communes of the Métropole with their outlines (WGS84), checked against the schema. */
export function communeOutlines(): CommuneFeature[] {
  if (features) return features;
  const parsed = communeFeatureCollectionSchema.safeParse(JSON.parse(readFileSync(communeOutlinesFile(), "utf8")));
  if (!parsed.success) throw new Error(`Contours des communes invalides (${FILE_NAME}) : ${parsed.error.message}`);
  features = parsed.data.features;
  return features;
}

export interface CommuneMapShape {
  inseeCode: string;
  name: string;
  departement: string;
  population: number;
  territorySiren: string | null;
  territoryName: string | null;
  /** SVG path data in the layout's viewBox. */
  path: string;
}

export interface CommuneMapLayout {
  width: number;
  height: number;
  viewBox: string;
  communes: CommuneMapShape[];
}

/** Every commune drawn in one SVG viewBox, north up, simplified for the page. */
export function communeMapLayout(): CommuneMapLayout {
  if (map) return map;
  const outlines = communeOutlines();
  const projected = projectOutlines(
    outlines.map((f) => ({ code: f.properties.code, geometry: f.geometry })),
    defaultMapProjection,
  );
  if (!projected.ok) throw new Error(`Contours des communes inutilisables : ${projected.error.message}`);
  const pathOf = new Map(projected.value.outlines.map((o) => [o.code, o.d]));
  map = {
    width: projected.value.width,
    height: projected.value.height,
    viewBox: projected.value.viewBox,
    communes: outlines.map(({ properties: p }) => ({
      inseeCode: p.code,
      name: p.nom,
      departement: p.departement,
      population: p.population,
      territorySiren: p.ept,
      territoryName: p.eptNom,
      path: pathOf.get(p.code) ?? "",
    })),
  };
  return map;
}
