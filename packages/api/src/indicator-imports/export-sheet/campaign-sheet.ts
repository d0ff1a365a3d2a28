import {
  campaignsRepository,
  indicatorsRepository,
  indicatorValuesRepository,
  type CampaignRecord,
  type IndicatorRecord,
} from "@cvv/db";
import { expectedCells } from "@cvv/domain/indicators";
import { valueStatusLabels } from "@cvv/domain/labels";
import { can } from "@cvv/domain/permissions";
import { fail, idSchema, ok, slugify, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import { scopeOf } from "../../shared/actor.js";
import type { Context } from "../../shared/context.js";
import { forbidden, notFound } from "../../shared/errors.js";
import { keyOf } from "../check-import/row-checks.js";
import { writeCsv, writeXlsx } from "./write-spreadsheet.js";

export type SheetFormat = "xlsx" | "csv" | "csv-excel";

export interface CampaignSheetInput {
  campaignId: string;
  format: SheetFormat;
  /** One commune of the campaign; all those the caller may see when absent. */
  communeInseeCode?: string | undefined;
}

export interface SheetFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

/** One line of the sheet: one (commune, indicator, period) cell, with its value when there is one. */
export interface SheetLine {
  indicatorCode: string;
  indicatorName: string;
  unit: string;
  communeInseeCode: string;
  communeName: string;
  period: string;
  value: number | null;
  source: string;
  comment: string;
  status: string;
}

export interface SheetContent {
  campaign: CampaignRecord;
  indicators: IndicatorRecord[];
  lines: SheetLine[];
}

const contentTypes: Record<SheetFormat, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
  "csv-excel": "text/csv; charset=utf-8",
};

/**
 * A campaign's cells for the communes the caller may see (or the one asked for), in the order
 * people read them: commune, indicator, period. `onlyExisting` keeps the cells that hold a value.
 */
async function sheetContent(
  ctx: Context,
  actor: SessionUser,
  input: CampaignSheetInput,
  onlyExisting: boolean,
): Promise<Result<SheetContent>> {
  if (!idSchema.safeParse(input.campaignId).success) return notFound("Campagne");
  const scope = scopeOf(actor);
  const campaign = await campaignsRepository(ctx.db).find(scope, input.campaignId);
  if (!campaign) return notFound("Campagne");
  let communes = campaign.communes.filter((c) => can(actor, "campaign.read", { communeInseeCode: c.inseeCode }));
  if (input.communeInseeCode !== undefined) {
    const code = input.communeInseeCode;
    if (!can(actor, "campaign.read", { communeInseeCode: code })) return forbidden();
    communes = communes.filter((c) => c.inseeCode === code);
    if (communes.length === 0) {
      return fail("INVALID", `La commune ${code} ne fait pas partie de la campagne « ${campaign.name} ».`, "commune");
    }
  }
  if (communes.length === 0) return forbidden();

  const indicators = (await indicatorsRepository(ctx.db).findMany(campaign.indicatorIds)).sort((a, b) =>
    a.code.localeCompare(b.code),
  );
  const cells = expectedCells(campaign, indicators);
  const stored = await indicatorValuesRepository(ctx.db).listCells(scope, {
    indicatorIds: indicators.map((i) => i.id),
    communeCodes: communes.map((c) => c.inseeCode),
    periods: [...new Set(cells.map((c) => c.period))],
  });
  const values = new Map(stored.map((v) => [keyOf(v), v]));
  const byId = new Map(indicators.map((i) => [i.id, i]));

  const lines: SheetLine[] = [];
  for (const commune of communes) {
    for (const cell of cells) {
      const indicator = byId.get(cell.indicatorId)!;
      const value = values.get(keyOf({ ...cell, communeInseeCode: commune.inseeCode }));
      if (onlyExisting && !value) continue;
      lines.push({
        indicatorCode: indicator.code,
        indicatorName: indicator.name,
        unit: indicator.unit,
        communeInseeCode: commune.inseeCode,
        communeName: commune.name,
        period: cell.period,
        value: value?.value ?? null,
        source: value?.source ?? "",
        comment: value?.comment ?? "",
        status: value ? valueStatusLabels[value.status] : "",
      });
    }
  }
  return ok({ campaign, indicators, lines });
}

/** Builds the file of a campaign's sheet in the asked format. */
export async function campaignSheetFile(
  ctx: Context,
  actor: SessionUser,
  input: CampaignSheetInput,
  kind: "modele" | "valeurs",
): Promise<Result<SheetFile>> {
  const content = await sheetContent(ctx, actor, input, kind === "valeurs");
  if (!content.ok) return content;
  const extension = input.format === "xlsx" ? "xlsx" : "csv";
  const name = [kind, slugify(content.value.campaign.name) || "campagne", input.communeInseeCode]
    .filter(Boolean)
    .join("-");
  const body =
    input.format === "xlsx"
      ? await writeXlsx(content.value)
      : writeCsv(content.value.lines, input.format === "csv-excel");
  return ok({ fileName: `${name}.${extension}`, contentType: contentTypes[input.format], body });
}
