import { valueStatusLabels } from "../labels/index.js";
import { fail, ok, type Result } from "../shared/result.js";
import type { Breakdown, ValueStatus } from "./indicator-value.schema.js";

/**
 * A value under review is frozen; anything else may be edited. Editing an approved value starts a
 * correction: it goes back through review while the published figure stays on the portal.
 */
export function canEditValue(status: ValueStatus): Result<void> {
  if (status === "submitted") {
    return fail("TRANSITION_REFUSED", `Cette valeur est « ${valueStatusLabels.submitted} » : attendez la relecture.`);
  }
  return ok(undefined);
}

/** Only drafts and returned values are sent for review. */
export function canSubmitValue(status: ValueStatus): boolean {
  return status === "draft" || status === "returned";
}

export function checkValueReview(status: ValueStatus, decision: "approve" | "return"): Result<"approved" | "returned"> {
  if (status !== "submitted") {
    return fail(
      "TRANSITION_REFUSED",
      `Seule une valeur soumise peut être relue ; celle-ci est « ${valueStatusLabels[status]} ».`,
    );
  }
  return ok(decision === "approve" ? "approved" : "returned");
}

export interface Publication {
  publishedAt: Date;
  correctedAt: Date | null;
}

/**
 * What approval does to the public trace: the first approval publishes; a later one that changes
 * the published figure is a correction, dated, so the portal can say "publiée le … corrigée le …".
 */
export function publicationAfterApproval(
  current: { publishedAt: Date | null; correctedAt: Date | null; publishedValue: number | null },
  approvedValue: number,
  now: Date,
): Publication {
  if (!current.publishedAt) return { publishedAt: now, correctedAt: null };
  const changed = current.publishedValue !== approvedValue;
  return { publishedAt: current.publishedAt, correctedAt: changed ? now : current.correctedAt };
}

/** For additive indicators, the parts must add up to the whole, or the breakdown misleads. */
export function checkBreakdown(
  additive: boolean,
  value: number,
  breakdown: Breakdown | null | undefined,
): Result<void> {
  if (!additive || !breakdown || breakdown.length === 0) return ok(undefined);
  const total = breakdown.reduce((sum, part) => sum + part.value, 0);
  if (Math.abs(total - value) > 1e-9 * Math.max(1, Math.abs(value))) {
    return fail(
      "INVALID",
      `La somme des parts (${formatNumber(total)}) ne correspond pas à la valeur (${formatNumber(value)}).`,
      "breakdown",
    );
  }
  return ok(undefined);
}

function formatNumber(n: number): string {
  return n.toLocaleString("fr-FR", { maximumFractionDigits: 6 });
}
