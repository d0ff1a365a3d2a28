import { z } from "zod";
import { portalProcedure } from "../trpc.js";
import { openDataCatalogue } from "../open-data/open-data-catalogue.js";

const licenceSchema = z.object({ name: z.string(), url: z.string() });

export const publicOpenDataSchema = z.object({
  title: z.string(),
  description: z.string(),
  version: z.string(),
  licence: licenceSchema,
  stability: z.string(),
  datasets: z.array(
    z.object({
      identifier: z.string(),
      title: z.string(),
      description: z.string(),
      fields: z.array(z.object({ name: z.string(), type: z.string(), description: z.string() })),
      filters: z.array(z.object({ name: z.string(), description: z.string() })),
      distributions: z.array(
        z.object({ title: z.string(), format: z.string(), mediaType: z.string(), downloadURL: z.string() }),
      ),
    }),
  ),
});

/** The open-data catalogue, as `/api/v1/catalogue.json` gives it, for the portal's "Données ouvertes" page. */
export const openDataProcedure = portalProcedure
  .output(publicOpenDataSchema)
  .query(({ ctx }) => openDataCatalogue(ctx));
