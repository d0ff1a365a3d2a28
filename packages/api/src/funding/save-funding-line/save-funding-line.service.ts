import { fundingRepository, recordChangesRepository } from "@cvv/db";
import type { CreateFundingLineInput, UpdateFundingLineInput } from "@cvv/domain/funding";
import { diffFields, ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { fromWrite, notFound } from "../../shared/errors.js";
import { inTransaction } from "../../shared/transaction.js";
import { fundingProject } from "../funding-access.js";
import { lineHistory, lineHistoryFields, lineView, type FundingLineView } from "../funding-view.js";

/** An officer adds a line to a project's funding plan; the line and its trace are written together. */
export async function createFundingLine(
  ctx: Context,
  actor: SessionUser,
  input: CreateFundingLineInput,
): Promise<Result<FundingLineView>> {
  const project = await fundingProject(ctx, actor, input.projectId, "manage");
  if (!project.ok) return project;
  return inTransaction(ctx.db, async (tx) => {
    const line = await fundingRepository(tx).createLine(input.projectId, {
      funderKind: input.funderKind,
      funderName: input.funderName,
      amountCents: input.amount,
      status: input.status ?? "planned",
      note: input.note ?? "",
    });
    await recordChangesRepository(tx).log({
      entity: "funding-line",
      entityId: line.id,
      projectId: input.projectId,
      actorId: actor.id,
      action: "created",
      changes: diffFields(null, lineHistory(line), lineHistoryFields),
    });
    return ok(lineView(line));
  });
}

/** Changes what the form changed, at the version it was opened on; the history keeps old → new. */
export async function updateFundingLine(
  ctx: Context,
  actor: SessionUser,
  input: UpdateFundingLineInput,
): Promise<Result<FundingLineView>> {
  const project = await fundingProject(ctx, actor, input.projectId, "manage");
  if (!project.ok) return project;
  return inTransaction(ctx.db, async (tx) => {
    const lines = fundingRepository(tx);
    const before = await lines.findLine(input.projectId, input.id);
    if (!before) return notFound("Ligne de financement");
    const written = fromWrite(
      await lines.updateLine(input.projectId, input.id, input.version, {
        funderKind: input.funderKind,
        funderName: input.funderName,
        amountCents: input.amount,
        status: input.status,
        note: input.note,
      }),
      "Ligne de financement",
    );
    if (!written.ok) return written;
    await recordChangesRepository(tx).log({
      entity: "funding-line",
      entityId: input.id,
      projectId: input.projectId,
      actorId: actor.id,
      action: "updated",
      changes: diffFields(lineHistory(before), lineHistory(written.value), lineHistoryFields),
    });
    return ok(lineView(written.value));
  });
}
