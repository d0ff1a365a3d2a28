import { z } from "zod";
import {
  addNetworkMemberInput,
  createNetworkInput,
  createNetworkMeetingInput,
  removeNetworkMemberInput,
  updateNetworkInput,
  updateNetworkMeetingInput,
} from "@cvv/domain/networks";
import { unwrap } from "../shared/errors.js";
import { authedProcedure, router } from "../trpc.js";
import { addNetworkMember, removeNetworkMember } from "./network-members/network-members.service.js";
import { getNetwork, listNetworks, networkHistory } from "./networks.queries.js";
import { createNetworkMeeting, updateNetworkMeeting } from "./save-network-meeting/save-network-meeting.service.js";
import { createNetwork, updateNetwork } from "./save-network/save-network.service.js";

const byId = z.object({ id: z.uuid({ error: "Identifiant invalide." }) });

/** Networks of the local economy and their working groups: members, meetings. */
export const networksRouter = router({
  list: authedProcedure.query(async ({ ctx }) => unwrap(await listNetworks(ctx, ctx.user))),
  get: authedProcedure.input(byId).query(async ({ ctx, input }) => unwrap(await getNetwork(ctx, ctx.user, input.id))),
  history: authedProcedure
    .input(byId)
    .query(async ({ ctx, input }) => unwrap(await networkHistory(ctx, ctx.user, input.id))),
  create: authedProcedure
    .input(createNetworkInput)
    .mutation(async ({ ctx, input }) => unwrap(await createNetwork(ctx, ctx.user, input))),
  update: authedProcedure
    .input(updateNetworkInput)
    .mutation(async ({ ctx, input }) => unwrap(await updateNetwork(ctx, ctx.user, input))),
  addMember: authedProcedure
    .input(addNetworkMemberInput)
    .mutation(async ({ ctx, input }) => unwrap(await addNetworkMember(ctx, ctx.user, input))),
  removeMember: authedProcedure
    .input(removeNetworkMemberInput)
    .mutation(async ({ ctx, input }) => unwrap(await removeNetworkMember(ctx, ctx.user, input))),
  createMeeting: authedProcedure
    .input(createNetworkMeetingInput)
    .mutation(async ({ ctx, input }) => unwrap(await createNetworkMeeting(ctx, ctx.user, input))),
  updateMeeting: authedProcedure
    .input(updateNetworkMeetingInput)
    .mutation(async ({ ctx, input }) => unwrap(await updateNetworkMeeting(ctx, ctx.user, input))),
});
