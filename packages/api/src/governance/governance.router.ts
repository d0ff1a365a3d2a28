import {
  actionItemsInput,
  addMemberInput,
  bodiesInput,
  bodyInput,
  createActionItemInput,
  createBodyInput,
  createMeetingInput,
  meetingInput,
  raciInput,
  recordAttendanceInput,
  removeMemberInput,
  setDecisionsInput,
  setRaciInput,
  updateActionItemInput,
  updateBodyInput,
  updateMeetingInput,
} from "@cvv/domain/governance";
import { authedProcedure, router } from "../trpc.js";
import { unwrap } from "../shared/errors.js";
import { addMember } from "./add-member/add-member.service.js";
import { createActionItem, updateActionItem } from "./create-action-item/create-action-item.service.js";
import { createBody, updateBody } from "./create-body/create-body.service.js";
import { createMeeting, updateMeeting } from "./create-meeting/create-meeting.service.js";
import { getBody, getMeeting, getRaci, listActionItems, listBodies } from "./governance.queries.js";
import { recordAttendance } from "./record-attendance/record-attendance.service.js";
import { removeMember } from "./remove-member/remove-member.service.js";
import { setDecisions } from "./set-decisions/set-decisions.service.js";
import { setRaci } from "./set-raci/set-raci.service.js";

/** Governance bodies, their meetings, decisions and action items, and projects' RACI matrices. */
export const governanceRouter = router({
  bodies: authedProcedure
    .input(bodiesInput)
    .query(async ({ ctx, input }) => unwrap(await listBodies(ctx, ctx.user, input ?? {}))),
  body: authedProcedure
    .input(bodyInput)
    .query(async ({ ctx, input }) => unwrap(await getBody(ctx, ctx.user, input.id))),
  createBody: authedProcedure
    .input(createBodyInput)
    .mutation(async ({ ctx, input }) => unwrap(await createBody(ctx, ctx.user, input))),
  updateBody: authedProcedure
    .input(updateBodyInput)
    .mutation(async ({ ctx, input }) => unwrap(await updateBody(ctx, ctx.user, input))),
  addMember: authedProcedure
    .input(addMemberInput)
    .mutation(async ({ ctx, input }) => unwrap(await addMember(ctx, ctx.user, input))),
  removeMember: authedProcedure
    .input(removeMemberInput)
    .mutation(async ({ ctx, input }) => unwrap(await removeMember(ctx, ctx.user, input))),
  meeting: authedProcedure
    .input(meetingInput)
    .query(async ({ ctx, input }) => unwrap(await getMeeting(ctx, ctx.user, input.id))),
  createMeeting: authedProcedure
    .input(createMeetingInput)
    .mutation(async ({ ctx, input }) => unwrap(await createMeeting(ctx, ctx.user, input))),
  updateMeeting: authedProcedure
    .input(updateMeetingInput)
    .mutation(async ({ ctx, input }) => unwrap(await updateMeeting(ctx, ctx.user, input))),
  recordAttendance: authedProcedure
    .input(recordAttendanceInput)
    .mutation(async ({ ctx, input }) => unwrap(await recordAttendance(ctx, ctx.user, input))),
  setDecisions: authedProcedure
    .input(setDecisionsInput)
    .mutation(async ({ ctx, input }) => unwrap(await setDecisions(ctx, ctx.user, input))),
  createActionItem: authedProcedure
    .input(createActionItemInput)
    .mutation(async ({ ctx, input }) => unwrap(await createActionItem(ctx, ctx.user, input))),
  updateActionItem: authedProcedure
    .input(updateActionItemInput)
    .mutation(async ({ ctx, input }) => unwrap(await updateActionItem(ctx, ctx.user, input))),
  actionItems: authedProcedure
    .input(actionItemsInput)
    .query(async ({ ctx, input }) => unwrap(await listActionItems(ctx, ctx.user, input ?? {}))),
  raci: authedProcedure
    .input(raciInput)
    .query(async ({ ctx, input }) => unwrap(await getRaci(ctx, ctx.user, input.projectId))),
  setRaci: authedProcedure
    .input(setRaciInput)
    .mutation(async ({ ctx, input }) => unwrap(await setRaci(ctx, ctx.user, input))),
});
