import { campaignsRepository, indicatorValuesRepository, type Tx, type ValueRecord } from "@cvv/db";
import {
  checkValueReview,
  publicationAfterApproval,
  type ApproveAllInput,
  type ReviewValueInput,
} from "@cvv/domain/indicators";
import { can } from "@cvv/domain/permissions";
import { diffFields, fail, ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { forbidden, fromWrite, notFound } from "../../shared/errors.js";
import { inTransaction } from "../../shared/transaction.js";

async function review(
  tx: Tx,
  actor: SessionUser,
  current: ValueRecord,
  input: { version: number; decision: "approve" | "return"; comment: string | null },
  now: Date,
): Promise<Result<ValueRecord>> {
  const checked = checkValueReview(current.status, input.decision);
  if (!checked.ok) return checked;
  const values = indicatorValuesRepository(tx);
  const publication =
    checked.value === "approved"
      ? {
          value: current.value,
          breakdown: current.breakdown,
          ...publicationAfterApproval(
            {
              publishedAt: current.publishedAt ? new Date(current.publishedAt) : null,
              correctedAt: current.correctedAt ? new Date(current.correctedAt) : null,
              publishedValue: current.publishedValue,
            },
            current.value,
            now,
          ),
        }
      : undefined;
  const written = fromWrite(
    await values.review("all", {
      id: current.id,
      version: input.version,
      decision: checked.value,
      comment: input.comment,
      now,
      ...(publication ? { publication } : {}),
    }),
    "Valeur",
  );
  if (!written.ok) return written;
  const changes = diffFields<Record<string, unknown>>({ ...current }, { ...written.value }, [
    "status",
    "publishedValue",
    "correctedAt",
  ]);
  await values.recordChanges(
    [{ valueId: current.id, actorId: actor.id, action: checked.value, changes, comment: input.comment }],
    now,
  );
  return written;
}

/** An officer approves a value (it is published, or its correction replaces the published one) or returns it. */
export async function reviewValue(
  ctx: Context,
  actor: SessionUser,
  input: ReviewValueInput,
): Promise<Result<ValueRecord>> {
  const current = await indicatorValuesRepository(ctx.db).find("all", input.id);
  if (!current) return notFound("Valeur");
  if (!can(actor, "value.review", { communeInseeCode: current.communeInseeCode })) return forbidden();
  const now = ctx.now();
  return inTransaction(ctx.db, (tx) =>
    review(
      tx,
      actor,
      current,
      { version: input.version, decision: input.decision, comment: input.comment || null },
      now,
    ),
  );
}

/** Approves every submitted value of a commune in a campaign at once, or none if one has moved. */
export async function approveAll(
  ctx: Context,
  actor: SessionUser,
  input: ApproveAllInput,
): Promise<Result<{ approved: number }>> {
  if (!can(actor, "value.review", { communeInseeCode: input.communeInseeCode })) return forbidden();
  const campaign = await campaignsRepository(ctx.db).find("all", input.campaignId);
  if (!campaign || !campaign.communeCodes.includes(input.communeInseeCode)) return notFound("Campagne");
  const submitted = (await indicatorValuesRepository(ctx.db).listByStatus("all", ["submitted"], campaign.id)).filter(
    (v) => v.communeInseeCode === input.communeInseeCode,
  );
  if (submitted.length === 0) return fail("INVALID", "Aucune valeur soumise à approuver pour cette commune.");
  const now = ctx.now();
  return inTransaction(ctx.db, async (tx) => {
    for (const value of submitted) {
      const done = await review(tx, actor, value, { version: value.version, decision: "approve", comment: null }, now);
      if (!done.ok) return done;
    }
    return ok({ approved: submitted.length });
  });
}
