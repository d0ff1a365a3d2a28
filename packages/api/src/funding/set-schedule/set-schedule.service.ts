import { fundingRepository, recordChangesRepository } from "@cvv/db";
import { checkSchedule, type SetScheduleInput } from "@cvv/domain/funding";
import { ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { fromWrite, notFound } from "../../shared/errors.js";
import { inTransaction } from "../../shared/transaction.js";
import { fundingProject } from "../funding-access.js";
import { grantView, scheduleHistory, type GrantView } from "../funding-view.js";

/**
 * Replaces a grant's payment schedule. Its instalments never add up to more than the grant; the
 * grant is locked meanwhile, so its amount cannot be lowered under the new schedule at once.
 */
export async function setSchedule(
  ctx: Context,
  actor: SessionUser,
  input: SetScheduleInput,
): Promise<Result<GrantView>> {
  const project = await fundingProject(ctx, actor, input.projectId, "manage");
  if (!project.ok) return project;
  return inTransaction(ctx.db, async (tx) => {
    const grants = fundingRepository(tx);
    const locked = await grants.lockGrant(input.projectId, input.grantId);
    const before = locked && (await grants.findGrant(input.projectId, input.grantId));
    if (!locked || !before) return notFound("Subvention");
    const schedule = checkSchedule(
      locked.amountCents,
      input.instalments.map((i) => i.amount),
    );
    if (!schedule.ok) return schedule;
    const instalments = [...input.instalments]
      .sort((a, b) => a.dueOn.localeCompare(b.dueOn))
      .map((i) => ({ dueOn: i.dueOn, amountCents: i.amount, label: i.label ?? "" }));
    const written = fromWrite(
      await grants.replaceSchedule(input.projectId, input.grantId, input.version, instalments),
      "Subvention",
    );
    if (!written.ok) return written;
    await recordChangesRepository(tx).log({
      entity: "grant",
      entityId: input.grantId,
      projectId: input.projectId,
      actorId: actor.id,
      action: "schedule",
      changes: { instalments: [scheduleHistory(before), scheduleHistory(written.value)] },
    });
    return ok(grantView(written.value));
  });
}
