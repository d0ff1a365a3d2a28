import { z } from "zod";
import {
  acceptGuideProposalInput,
  createGuideProposalInput,
  declineGuideProposalInput,
  guideProposalStatuses,
  withdrawGuideProposalInput,
} from "@cvv/domain/guide";
import { unwrap } from "../shared/errors.js";
import { authedProcedure } from "../trpc.js";
import {
  acceptProposal,
  createProposal,
  declineProposal,
  getProposal,
  listProposals,
  withdrawProposal,
} from "./guide.service.js";

export const createProposalProcedure = authedProcedure
  .input(createGuideProposalInput)
  .mutation(async ({ ctx, input }) => unwrap(await createProposal(ctx, ctx.user, input)));

export const listProposalsProcedure = authedProcedure
  .input(z.object({ status: z.enum(guideProposalStatuses, { error: "Statut inconnu." }).optional() }).optional())
  .query(async ({ ctx, input }) => unwrap(await listProposals(ctx, ctx.user, input ?? {})));

export const getProposalProcedure = authedProcedure
  .input(z.object({ id: z.uuid({ error: "Identifiant invalide." }) }))
  .query(async ({ ctx, input }) => unwrap(await getProposal(ctx, ctx.user, input.id)));

export const acceptProposalProcedure = authedProcedure
  .input(acceptGuideProposalInput)
  .mutation(async ({ ctx, input }) => unwrap(await acceptProposal(ctx, ctx.user, input)));

export const declineProposalProcedure = authedProcedure
  .input(declineGuideProposalInput)
  .mutation(async ({ ctx, input }) => unwrap(await declineProposal(ctx, ctx.user, input)));

export const withdrawProposalProcedure = authedProcedure
  .input(withdrawGuideProposalInput)
  .mutation(async ({ ctx, input }) => unwrap(await withdrawProposal(ctx, ctx.user, input)));
