import {
  checkDecision,
  checkEligibility,
  type AssessEligibilityInput,
  type DecideApplicationInput,
} from "@cvv/domain/applications";
import type { Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { parisDate } from "../../shared/paris-date.js";
import { loadApplication, moveApplication } from "../application-access.js";
import type { ApplicationView } from "../application-view.js";

/** An officer examines a submitted application: eligible, or not with the reason in a note. */
export async function assessEligibility(
  ctx: Context,
  actor: SessionUser,
  input: AssessEligibilityInput,
): Promise<Result<ApplicationView>> {
  const found = await loadApplication(ctx, actor, input.id, "application.review");
  if (!found.ok) return found;
  const finding = checkEligibility(found.value.status, input.eligible, input.note);
  if (!finding.ok) return finding;
  return moveApplication(
    ctx,
    actor,
    found.value,
    input.version,
    { status: finding.value, eligibilityNote: input.note },
    "eligibility",
  );
}

/** An officer records the selection committee's decision on an eligible application, with its opinion. */
export async function decideApplication(
  ctx: Context,
  actor: SessionUser,
  input: DecideApplicationInput,
): Promise<Result<ApplicationView>> {
  const found = await loadApplication(ctx, actor, input.id, "application.review");
  if (!found.ok) return found;
  const decision = checkDecision(found.value.status, input, parisDate(ctx.now()));
  if (!decision.ok) return decision;
  return moveApplication(
    ctx,
    actor,
    found.value,
    input.version,
    { status: decision.value, decisionNote: input.note, decidedOn: input.decidedOn },
    "decided",
  );
}
