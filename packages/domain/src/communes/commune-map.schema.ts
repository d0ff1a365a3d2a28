import { z } from "zod";
import { inseeCodeSchema } from "./commune.schema.js";

/** A GeoJSON position in WGS84: longitude first. A third number (altitude) is allowed and ignored. */
const positionSchema = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)], z.number());

// A closed ring repeats its first position last, so it has at least four.
const ringSchema = z
  .array(positionSchema)
  .min(4)
  .refine((ring) => ring[0]![0] === ring.at(-1)![0] && ring[0]![1] === ring.at(-1)![1], {
    error: "Un contour doit se refermer sur son premier point.",
  });
const polygonSchema = z.array(ringSchema).min(1);

export const communeGeometrySchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("Polygon"), coordinates: polygonSchema }),
  z.object({ type: z.literal("MultiPolygon"), coordinates: z.array(polygonSchema).min(1) }),
]);
export type CommuneGeometry = z.infer<typeof communeGeometrySchema>;

/** One commune of the reference GeoJSON (packages/db/data/mgp-communes.geojson), French keys as published. */
export const communeFeatureSchema = z.object({
  type: z.literal("Feature"),
  properties: z.object({
    code: inseeCodeSchema,
    nom: z.string().min(1),
    departement: z.string().min(2),
    siren: z.string().regex(/^\d{9}$/),
    population: z.number().int().nonnegative(),
    /** SIREN of the commune's EPT; null for Paris, which is not in one. */
    ept: z
      .string()
      .regex(/^\d{9}$/)
      .nullable(),
    eptNom: z.string().nullable(),
  }),
  geometry: communeGeometrySchema,
});
export type CommuneFeature = z.infer<typeof communeFeatureSchema>;

export const communeFeatureCollectionSchema = z.object({
  type: z.literal("FeatureCollection"),
  features: z.array(communeFeatureSchema).min(1),
});
export type CommuneFeatureCollection = z.infer<typeof communeFeatureCollectionSchema>;
