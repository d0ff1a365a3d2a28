import { checkWithdrawal, type ApplicationStepInput } from "@cvv/domain/applications";
import type { Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { loadApplication, moveApplication } from "../application-access.js";
import type { ApplicationView } from "../application-view.js";

/** The commune withdraws its application, until officers have found it eligible. */
export async function withdrawApplication(
  ctx: Context,
  actor: SessionUser,
  input: ApplicationStepInput,
): Promise<Result<ApplicationView>> {
  const found = await loadApplication(ctx, actor, input.id, "application.write");
  if (!found.ok) return found;
  const withdrawal = checkWithdrawal(found.value.status);
  if (!withdrawal.ok) return withdrawal;
  return moveApplication(ctx, actor, found.value, input.version, { status: withdrawal.value }, "withdrawn");
}
