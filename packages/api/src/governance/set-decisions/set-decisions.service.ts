import { governanceRepository, recordChangesRepository, type DecisionRecord, type MeetingRecord } from "@cvv/db";
import { checkOutcomeRecordable, type SetDecisionsInput } from "@cvv/domain/governance";
import { can } from "@cvv/domain/permissions";
import { diffFields, ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { forbidden, fromWrite, notFound } from "../../shared/errors.js";
import { inTransaction } from "../../shared/transaction.js";
import { checkProgrammeProjects } from "../programme-projects.js";

/** Replaces the meeting's decisions, in the order given, as a new version of the meeting. */
export async function setDecisions(
  ctx: Context,
  actor: SessionUser,
  input: SetDecisionsInput,
): Promise<Result<{ meeting: MeetingRecord; decisions: DecisionRecord[] }>> {
  if (!can(actor, "governance.manage")) return forbidden();
  const meeting = await governanceRepository(ctx.db).findMeeting(input.meetingId);
  if (!meeting) return notFound("Réunion");
  const recordable = checkOutcomeRecordable(meeting, "decisions", ctx.now().toISOString());
  if (!recordable.ok) return recordable;
  const projects = await checkProgrammeProjects(
    ctx.db,
    meeting.programmeId,
    input.decisions.map((d) => d.projectId),
    (i) => `decisions.${i}.projectId`,
  );
  if (!projects.ok) return projects;

  const texts = (decisions: readonly DecisionRecord[]) =>
    decisions.map((d) => (d.projectTitle ? `${d.text} (${d.projectTitle})` : d.text));

  return inTransaction(ctx.db, async (tx) => {
    const repo = governanceRepository(tx);
    const before = await repo.decisionsOf(meeting.id);
    const written = fromWrite(await repo.bumpMeeting(meeting.id, meeting.bodyId, input.version), "Réunion");
    if (!written.ok) return written;
    await repo.replaceDecisions(
      meeting.id,
      input.decisions.map((d) => ({ text: d.text, projectId: d.projectId ?? null })),
    );
    const decisions = await repo.decisionsOf(meeting.id);
    await recordChangesRepository(tx).log({
      entity: "meeting",
      entityId: meeting.id,
      projectId: null,
      actorId: actor.id,
      action: "decisions",
      changes: diffFields({ decisions: texts(before) }, { decisions: texts(decisions) }, ["decisions"]),
    });
    return ok({ meeting: written.value, decisions });
  });
}
