import {
  governanceRepository,
  programmesRepository,
  recordChangesRepository,
  type GovernanceBodyRecord,
} from "@cvv/db";
import { governanceBodyFields, type CreateBodyInput, type UpdateBodyInput } from "@cvv/domain/governance";
import { can } from "@cvv/domain/permissions";
import { diffFields, ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { forbidden, fromWrite, notFound } from "../../shared/errors.js";
import { inTransaction } from "../../shared/transaction.js";

export async function createBody(
  ctx: Context,
  actor: SessionUser,
  input: CreateBodyInput,
): Promise<Result<GovernanceBodyRecord>> {
  if (!can(actor, "governance.manage")) return forbidden();
  if (!(await programmesRepository(ctx.db).find(input.programmeId))) return notFound("Programme");
  return inTransaction(ctx.db, async (tx) => {
    const body = await governanceRepository(tx).createBody({
      programmeId: input.programmeId,
      kind: input.kind,
      name: input.name,
      description: input.description ?? "",
    });
    await recordChangesRepository(tx).log({
      entity: "governance-body",
      entityId: body.id,
      projectId: null,
      actorId: actor.id,
      action: "created",
      changes: diffFields(null, body, governanceBodyFields),
    });
    return ok(body);
  });
}

export async function updateBody(
  ctx: Context,
  actor: SessionUser,
  input: UpdateBodyInput,
): Promise<Result<GovernanceBodyRecord>> {
  if (!can(actor, "governance.manage")) return forbidden();
  // The version read here is the one the write is checked against: a newer one conflicts below.
  const current = await governanceRepository(ctx.db).findBody(input.id);
  if (!current) return notFound("Instance");
  return inTransaction(ctx.db, async (tx) => {
    const written = fromWrite(await governanceRepository(tx).updateBody(input), "Instance");
    if (!written.ok) return written;
    await recordChangesRepository(tx).log({
      entity: "governance-body",
      entityId: current.id,
      projectId: null,
      actorId: actor.id,
      action: "updated",
      changes: diffFields(current, written.value, governanceBodyFields),
    });
    return written;
  });
}
