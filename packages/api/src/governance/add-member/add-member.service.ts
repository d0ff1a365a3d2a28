import { governanceRepository, recordChangesRepository, usersRepository, type BodyMemberRecord } from "@cvv/db";
import type { AddMemberInput } from "@cvv/domain/governance";
import { can } from "@cvv/domain/permissions";
import { fail, ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { forbidden, notFound } from "../../shared/errors.js";
import { inTransaction } from "../../shared/transaction.js";

export async function addMember(
  ctx: Context,
  actor: SessionUser,
  input: AddMemberInput,
): Promise<Result<BodyMemberRecord>> {
  if (!can(actor, "governance.manage")) return forbidden();
  if (!(await governanceRepository(ctx.db).findBody(input.bodyId))) return notFound("Instance");
  if (input.userId && !(await usersRepository(ctx.db).find(input.userId))) {
    return fail("INVALID", "Ce compte n'existe pas sur la plateforme.", "userId");
  }
  return inTransaction(ctx.db, async (tx) => {
    const member = await governanceRepository(tx).addMember({
      bodyId: input.bodyId,
      name: input.name,
      organisation: input.organisation ?? "",
      role: input.role ?? "",
      userId: input.userId ?? null,
    });
    await recordChangesRepository(tx).log({
      entity: "governance-body",
      entityId: input.bodyId,
      projectId: null,
      actorId: actor.id,
      action: "member-added",
      changes: { member: [null, { name: member.name, organisation: member.organisation, role: member.role }] },
    });
    return ok(member);
  });
}
