import { z } from "zod";
import { publicIndicatorKindSchema } from "./public.schema.js";

const seriesPoint = z.object({
  period: z.string(),
  /** null: no published figure for the period ("pas de donnée"). */
  value: z.number().nullable(),
  target: z.number().nullable(),
  meetsTarget: z.boolean().nullable(),
});

const seriesIndicator = z.object({
  code: z.string(),
  name: z.string(),
  definition: z.string(),
  unit: z.string(),
  kind: publicIndicatorKindSchema,
  direction: z.enum(["higher_is_better", "lower_is_better"]),
  method: z.string(),
  source: z.string(),
});

/** A programme's public indicators over every period, against the programme's targets. */
export const publicIndicatorSeriesSchema = z.object({
  programme: z.object({ slug: z.string(), name: z.string() }),
  /** Every year with a figure or a target, for the year picker. */
  years: z.array(z.number()),
  /** The last year with a published figure: the page's default year. */
  latestYear: z.number().nullable(),
  indicators: z.array(
    seriesIndicator.extend({
      points: z.array(seriesPoint.extend({ communes: z.number() })),
    }),
  ),
});

/** A project's own public indicators: its commune's published figures against the project's targets. */
export const publicProjectIndicatorsSchema = z.array(
  seriesIndicator.extend({
    points: z.array(seriesPoint),
  }),
);
