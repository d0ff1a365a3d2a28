import { z } from "zod";
import { inseeCodeSchema } from "@cvv/domain/communes";
import { changeCampaignStatusInput, createCampaignInput, updateCampaignInput } from "@cvv/domain/indicators";
import { idSchema } from "@cvv/domain/shared";
import { authedProcedure, router } from "../trpc.js";
import { unwrap } from "../shared/errors.js";
import { campaignSheet, getCampaign, listCampaigns } from "./campaigns.queries.js";
import { changeCampaignStatus, createCampaign, updateCampaign } from "./save-campaign/save-campaign.service.js";
import { sendRemindersNow } from "./send-reminders/send-reminders.service.js";

export const campaignsRouter = router({
  list: authedProcedure
    .input(z.object({ programmeId: idSchema.optional() }).optional())
    .query(async ({ ctx, input }) => unwrap(await listCampaigns(ctx, ctx.user, input ?? {}))),
  get: authedProcedure
    .input(z.object({ id: idSchema }))
    .query(async ({ ctx, input }) => unwrap(await getCampaign(ctx, ctx.user, input.id))),
  sheet: authedProcedure
    .input(z.object({ campaignId: idSchema, communeInseeCode: inseeCodeSchema }))
    .query(async ({ ctx, input }) => unwrap(await campaignSheet(ctx, ctx.user, input))),
  create: authedProcedure
    .input(createCampaignInput)
    .mutation(async ({ ctx, input }) => unwrap(await createCampaign(ctx, ctx.user, input))),
  update: authedProcedure
    .input(updateCampaignInput)
    .mutation(async ({ ctx, input }) => unwrap(await updateCampaign(ctx, ctx.user, input))),
  changeStatus: authedProcedure
    .input(changeCampaignStatusInput)
    .mutation(async ({ ctx, input }) => unwrap(await changeCampaignStatus(ctx, ctx.user, input))),
  sendReminders: authedProcedure.mutation(async ({ ctx }) => unwrap(await sendRemindersNow(ctx, ctx.user))),
});
