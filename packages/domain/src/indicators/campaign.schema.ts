import { z } from "zod";
import { inseeCodeSchema } from "../communes/commune.schema.js";
import { idSchema, isoDateSchema, nonEmptyText, versionSchema } from "../shared/common.schema.js";

export const campaignStatuses = ["draft", "open", "closed"] as const;
export type CampaignStatus = (typeof campaignStatuses)[number];

const campaignContent = {
  name: nonEmptyText(200),
  instructions: z.string().trim().max(5000, { error: "Les consignes ne doivent pas dépasser 5000 caractères." }),
  periodStart: isoDateSchema,
  periodEnd: isoDateSchema,
  deadline: isoDateSchema,
  indicatorIds: z
    .array(idSchema)
    .min(1, { error: "Choisissez au moins un indicateur." })
    .max(300, { error: "Au plus 300 indicateurs par campagne." }),
  communeCodes: z
    .array(inseeCodeSchema)
    .min(1, { error: "Choisissez au moins une commune." })
    .max(200, { error: "Au plus 200 communes par campagne." }),
};

export const createCampaignInput = z.object({
  programmeId: idSchema,
  ...campaignContent,
  instructions: campaignContent.instructions.optional(),
});
export type CreateCampaignInput = z.infer<typeof createCampaignInput>;

/** No defaults: an omitted field keeps what is stored. */
export const updateCampaignInput = z.object({ id: idSchema, version: versionSchema, ...campaignContent }).partial({
  name: true,
  instructions: true,
  periodStart: true,
  periodEnd: true,
  deadline: true,
  indicatorIds: true,
  communeCodes: true,
});
export type UpdateCampaignInput = z.infer<typeof updateCampaignInput>;

export const changeCampaignStatusInput = z.object({
  id: idSchema,
  version: versionSchema,
  status: z.enum(campaignStatuses, { error: "Statut de campagne inconnu." }),
});
export type ChangeCampaignStatusInput = z.infer<typeof changeCampaignStatusInput>;
