import { euroAmountLabel } from "../labels/funding-labels.js";
import { fail, ok, type Result } from "../shared/result.js";
import type { GrantPaymentTerms } from "./grant.schema.js";

const sum = (amounts: readonly bigint[]) => amounts.reduce((total, amount) => total + amount, 0n);

/**
 * A payment fits in what remains to pay on the grant. The caller reads `paidCents` with the grant
 * locked, in the transaction that writes the payment, or two payments at once could both fit.
 */
export function checkPayment(
  grant: { amountCents: bigint; paidCents: bigint },
  paymentCents: bigint,
): Result<{ remainingCents: bigint }> {
  const remaining = grant.amountCents - grant.paidCents;
  if (paymentCents > remaining) {
    return fail(
      "INVALID",
      `Le versement de ${euroAmountLabel(paymentCents)} dépasse le reste à verser de la subvention : ${euroAmountLabel(remaining < 0n ? 0n : remaining)}.`,
      "amount",
    );
  }
  return ok({ remainingCents: remaining - paymentCents });
}

/** A schedule plans at most the grant: more would promise money nobody decided to give. */
export function checkSchedule(grantAmountCents: bigint, instalmentCents: readonly bigint[]): Result<void> {
  const scheduled = sum(instalmentCents);
  if (scheduled > grantAmountCents) {
    return fail(
      "INVALID",
      `Les échéances totalisent ${euroAmountLabel(scheduled)}, plus que le montant de la subvention : ${euroAmountLabel(grantAmountCents)}.`,
      "instalments",
    );
  }
  return ok(undefined);
}

/**
 * A grant's amount may be corrected, but never below what was already paid (the money is gone)
 * nor below its schedule (change the schedule first, so no instalment is left unfunded).
 */
export function checkGrantAmount(
  newAmountCents: bigint,
  grant: { paidCents: bigint; scheduledCents: bigint },
): Result<void> {
  if (newAmountCents < grant.paidCents) {
    return fail(
      "INVALID",
      `Le montant de ${euroAmountLabel(newAmountCents)} est inférieur à ce qui a déjà été versé : ${euroAmountLabel(grant.paidCents)}.`,
      "amount",
    );
  }
  if (newAmountCents < grant.scheduledCents) {
    return fail(
      "INVALID",
      `Le montant de ${euroAmountLabel(newAmountCents)} est inférieur au total de l'échéancier : ${euroAmountLabel(grant.scheduledCents)}. Modifiez d'abord l'échéancier.`,
      "amount",
    );
  }
  return ok(undefined);
}

/** "Other" terms are published in words in place of "unique" or "échelonné": the words are required then. */
export function checkPaymentTermsNote(terms: GrantPaymentTerms, note: string): Result<void> {
  if (terms === "other" && note.trim() === "") {
    return fail(
      "INVALID",
      "Décrivez les conditions de versement : elles sont publiées telles quelles quand elles ne sont ni uniques ni échelonnées.",
      "paymentTermsNote",
    );
  }
  return ok(undefined);
}
