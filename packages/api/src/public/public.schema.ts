import { z } from "zod";
import { editionStatusSchema } from "@cvv/domain/editions";
import { programmeStatusSchema } from "@cvv/domain/programmes";
import { projectStatusSchema } from "@cvv/domain/projects";

/**
 * Everything the portal may receive. Output validation strips any field not listed here, so a
 * repository returning more cannot leak it: these schemas are the public contract.
 */
export const publicProgrammeSchema = z.object({
  slug: z.string(),
  name: z.string(),
  summary: z.string(),
  objectives: z.string(),
  status: programmeStatusSchema,
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
});

export const publicEditionSchema = z.object({
  name: z.string(),
  year: z.number(),
  status: editionStatusSchema,
  opensOn: z.string().nullable(),
  closesOn: z.string().nullable(),
});

export const publicProjectSummarySchema = z.object({
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  status: projectStatusSchema,
  communeInseeCode: z.string(),
  communeName: z.string(),
  departement: z.string(),
  territoryName: z.string().nullable(),
  programmeName: z.string(),
  programmeSlug: z.string(),
  editionName: z.string().nullable(),
  editionYear: z.number().nullable(),
});

export const publicUpdateSchema = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  publishedAt: z.iso.datetime(),
});

export const publicProjectSchema = publicProjectSummarySchema.extend({
  description: z.string(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  updates: z.array(publicUpdateSchema),
});

export const siteInfoSchema = z.object({
  demoData: z.boolean(),
  programmeCount: z.number(),
  projectCount: z.number(),
  communeCount: z.number(),
});

export const publicIndicatorKindSchema = z.enum(["execution", "performance", "impact"]);

export const publicProgrammeIndicatorsSchema = z.object({
  year: z.number().nullable(),
  indicators: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      definition: z.string(),
      unit: z.string(),
      kind: publicIndicatorKindSchema,
      direction: z.enum(["higher_is_better", "lower_is_better"]),
      method: z.string(),
      source: z.string(),
      periods: z.array(
        z.object({
          period: z.string(),
          value: z.number().nullable(),
          communes: z.number(),
          target: z.number().nullable(),
          byTerritory: z.array(z.object({ label: z.string(), value: z.number().nullable(), communes: z.number() })),
        }),
      ),
    }),
  ),
});

/** A commune's public figures; publishedAt/correctedAt are the public trace of a correction. */
export const publicCommuneIndicatorsSchema = z.array(
  z.object({
    code: z.string(),
    name: z.string(),
    unit: z.string(),
    computed: z.boolean(),
    values: z.array(
      z.object({
        period: z.string(),
        value: z.number(),
        publishedAt: z.iso.datetime().nullable(),
        correctedAt: z.iso.datetime().nullable(),
      }),
    ),
  }),
);
