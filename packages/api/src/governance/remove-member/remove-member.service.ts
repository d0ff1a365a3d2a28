import { governanceRepository, recordChangesRepository } from "@cvv/db";
import type { RemoveMemberInput } from "@cvv/domain/governance";
import { can } from "@cvv/domain/permissions";
import { fail, ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { forbidden, notFound } from "../../shared/errors.js";
import { inTransaction } from "../../shared/transaction.js";

/**
 * Removing a member deletes their attendance with them (the schema cascades), and attendance
 * sheets are the record of who sat in a body's meetings: a member who attended stays listed.
 */
export async function removeMember(
  ctx: Context,
  actor: SessionUser,
  input: RemoveMemberInput,
): Promise<Result<{ id: string }>> {
  if (!can(actor, "governance.manage")) return forbidden();
  return inTransaction(ctx.db, async (tx) => {
    const repo = governanceRepository(tx);
    const member = await repo.findMember(input.bodyId, input.memberId);
    if (!member) return notFound("Membre de l'instance");
    const sheets = await repo.attendanceCountOf(input.bodyId, input.memberId);
    if (sheets > 0) {
      return fail(
        "INVALID",
        `« ${member.name} » figure sur la feuille de présence de ${sheets === 1 ? "1 réunion" : `${sheets} réunions`} : ` +
          "retirer ce membre de l'instance effacerait ces présences, qui restent la trace des réunions tenues.",
      );
    }
    if (!(await repo.removeMember(input.bodyId, input.memberId))) return notFound("Membre de l'instance");
    await recordChangesRepository(tx).log({
      entity: "governance-body",
      entityId: input.bodyId,
      projectId: null,
      actorId: actor.id,
      action: "member-removed",
      changes: { member: [{ name: member.name, organisation: member.organisation, role: member.role }, null] },
    });
    return ok({ id: member.id });
  });
}
