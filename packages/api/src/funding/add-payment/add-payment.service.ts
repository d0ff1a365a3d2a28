import { fundingRepository, recordChangesRepository } from "@cvv/db";
import { checkPayment, type AddPaymentInput } from "@cvv/domain/funding";
import { diffFields, ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { notFound } from "../../shared/errors.js";
import { inTransaction } from "../../shared/transaction.js";
import { fundingProject } from "../funding-access.js";
import { paymentView, type PaymentView } from "../funding-view.js";

export interface PaymentOutcome {
  payment: PaymentView;
  paidCents: string;
  remainingCents: string;
}

/**
 * Records a payment made on a grant. The grant is locked before what was paid is summed, in the
 * transaction that writes the payment: a second payment at the same moment waits, then counts
 * the first, so together they never exceed the grant. A refused payment writes nothing.
 */
export async function addPayment(
  ctx: Context,
  actor: SessionUser,
  input: AddPaymentInput,
): Promise<Result<PaymentOutcome>> {
  const project = await fundingProject(ctx, actor, input.projectId, "manage");
  if (!project.ok) return project;
  return inTransaction(ctx.db, async (tx) => {
    const grants = fundingRepository(tx);
    const locked = await grants.lockGrant(input.projectId, input.grantId);
    if (!locked) return notFound("Subvention");
    const fits = checkPayment(locked, input.amount);
    if (!fits.ok) return fits;
    const payment = await grants.addPayment(input.grantId, {
      paidOn: input.paidOn,
      amountCents: input.amount,
      reference: input.reference ?? "",
      recordedById: actor.id,
    });
    await recordChangesRepository(tx).log({
      entity: "grant-payment",
      entityId: payment.id,
      projectId: input.projectId,
      actorId: actor.id,
      action: "created",
      changes: diffFields(
        null,
        {
          grantId: input.grantId,
          paidOn: payment.paidOn,
          amountCents: payment.amountCents.toString(),
          reference: payment.reference,
        },
        ["grantId", "paidOn", "amountCents", "reference"],
      ),
    });
    return ok({
      payment: paymentView(payment),
      paidCents: (locked.paidCents + input.amount).toString(),
      remainingCents: fits.value.remainingCents.toString(),
    });
  });
}
