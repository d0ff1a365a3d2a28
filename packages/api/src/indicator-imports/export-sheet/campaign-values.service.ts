import type { Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { campaignSheetFile, type CampaignSheetInput, type SheetFile } from "./campaign-sheet.js";

/** The values entered so far in a campaign, in the template's columns, so the export re-imports as is. */
export function campaignValues(
  ctx: Context,
  actor: SessionUser,
  input: CampaignSheetInput,
): Promise<Result<SheetFile>> {
  return campaignSheetFile(ctx, actor, input, "valeurs");
}
