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
