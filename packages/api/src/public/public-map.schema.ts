import { z } from "zod";
import { choroplethClassCount, inseeCodeSchema } from "@cvv/domain/communes";
import { indicatorCodeSchema } from "@cvv/domain/indicators";
import { idSchema } from "@cvv/domain/shared";

export const publicMapInput = z.object({
  /** An edition's id: only the communes with a public project in it take part. */
  edition: idSchema.optional(),
  /** A public indicator's code, for the choropleth. */
  indicator: indicatorCodeSchema.optional(),
  /** The indicator's year; its latest year with public figures when omitted. */
  year: z.number().int().min(1900).max(2100).optional(),
});
export type PublicMapInput = z.infer<typeof publicMapInput>;

const classIndex = z
  .number()
  .int()
  .min(0)
  .max(choroplethClassCount - 1);

export const publicMapEditionSchema = z.object({
  id: z.string(),
  name: z.string(),
  year: z.number().int(),
  programmeName: z.string(),
});

export const publicMapCommuneSchema = z.object({
  inseeCode: inseeCodeSchema,
  name: z.string(),
  departement: z.string(),
  /** Null for Paris, which belongs to no EPT. */
  eptName: z.string().nullable(),
  /** SVG path data in the map's viewBox. */
  path: z.string(),
  /** Has a public project in the chosen edition, or in any edition when none is chosen. */
  participating: z.boolean(),
  projectCount: z.number().int().nonnegative(),
  /** Every edition the commune took part in, whatever the filter. */
  editions: z.array(z.object({ name: z.string(), year: z.number().int() })),
  /** The chosen indicator's public figure; always null for a commune that does not take part. */
  value: z.number().nullable(),
  valueClass: classIndex.nullable(),
});

export const publicMapSchema = z.object({
  viewBox: z.string(),
  width: z.number(),
  height: z.number(),
  communes: z.array(publicMapCommuneSchema),
  editions: z.array(publicMapEditionSchema),
  /** Public indicators with public figures for participating communes, and their years. */
  indicators: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      unit: z.string(),
      years: z.array(z.number().int()),
    }),
  ),
  selection: z.object({
    edition: publicMapEditionSchema.nullable(),
    indicator: z.object({ code: z.string(), name: z.string(), unit: z.string() }).nullable(),
  }),
  /** Null when no indicator is chosen: the map then shows participation only. */
  legend: z
    .object({
      status: z.enum(["complete", "fewer_distinct_values", "no_values"]),
      unit: z.string(),
      year: z.number().int(),
      /** The period the figures are for ("2025", "2025-T4", "2025-12"); null without figures. */
      period: z.string().nullable(),
      classes: z.array(
        z.object({ index: classIndex, min: z.number(), max: z.number(), count: z.number().int().nonnegative() }),
      ),
      /** Participating communes without a figure for the period. */
      noDataCount: z.number().int().nonnegative(),
    })
    .nullable(),
});
export type PublicMap = z.infer<typeof publicMapSchema>;
