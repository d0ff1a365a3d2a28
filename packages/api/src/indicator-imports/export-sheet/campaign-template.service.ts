import type { Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../../shared/context.js";
import { campaignSheetFile, type CampaignSheetInput, type SheetFile } from "./campaign-sheet.js";

/**
 * The file a commune fills in: one line per value the campaign expects of it, pre-filled with
 * what is already entered, ready to be imported back as it is.
 */
export function campaignTemplate(
  ctx: Context,
  actor: SessionUser,
  input: CampaignSheetInput,
): Promise<Result<SheetFile>> {
  return campaignSheetFile(ctx, actor, input, "modele");
}
