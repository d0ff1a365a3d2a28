import { checkSubmission, type ApplicationStepInput } from "@cvv/domain/applications";
import type { Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { parisDate } from "../../shared/paris-date.js";
import { loadApplication, moveApplication } from "../application-access.js";
import type { ApplicationView } from "../application-view.js";

/** The commune sends its draft to the Métropole: only while the edition takes applications, and complete. */
export async function submitApplication(
  ctx: Context,
  actor: SessionUser,
  input: ApplicationStepInput,
): Promise<Result<ApplicationView>> {
  const found = await loadApplication(ctx, actor, input.id, "application.write");
  if (!found.ok) return found;
  const current = found.value;
  const submission = checkSubmission(current, current.edition, parisDate(ctx.now()));
  if (!submission.ok) return submission;
  return moveApplication(
    ctx,
    actor,
    current,
    input.version,
    { status: submission.value, submittedAt: ctx.now(), submittedById: actor.id },
    "submitted",
  );
}
