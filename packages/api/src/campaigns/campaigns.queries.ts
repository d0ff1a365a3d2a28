import {
  campaignsRepository,
  indicatorsRepository,
  indicatorValuesRepository,
  type CampaignRecord,
  type IndicatorRecord,
  type ValueRecord,
} from "@cvv/db";
import { comparePeriods, type Completeness } from "@cvv/domain/indicators";
import { can } from "@cvv/domain/permissions";
import { ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import { scopeOf } from "../shared/actor.js";
import type { Context } from "../shared/context.js";
import { forbidden, notFound } from "../shared/errors.js";
import { campaignCells, campaignProgress } from "./campaign-progress.js";

/** The communes of a campaign the actor speaks for: all of them for staff. */
const communesFor = (actor: SessionUser, campaign: CampaignRecord) =>
  actor.role === "contributor"
    ? campaign.communeCodes.filter((c) => actor.communeCodes.includes(c))
    : campaign.communeCodes;

export interface CampaignSummary extends CampaignRecord {
  /** Over the communes the actor sees. */
  progress: Completeness & { communes: number; complete: number };
}

export async function listCampaigns(
  ctx: Context,
  actor: SessionUser,
  filter: { programmeId?: string },
): Promise<Result<CampaignSummary[]>> {
  if (!can(actor, "campaign.list")) return forbidden();
  const campaigns = await campaignsRepository(ctx.db).list(scopeOf(actor), filter);
  const indicators = await indicatorsRepository(ctx.db).findMany([
    ...new Set(campaigns.flatMap((c) => c.indicatorIds)),
  ]);
  const summaries: CampaignSummary[] = [];
  for (const campaign of campaigns) {
    const own = indicators.filter((i) => campaign.indicatorIds.includes(i.id));
    const progress = await campaignProgress(ctx.db, campaign, own, communesFor(actor, campaign));
    const all = [...progress.values()];
    const sum = (key: keyof Completeness) => all.reduce((s, p) => s + p[key], 0);
    const expected = sum("expected");
    summaries.push({
      ...campaign,
      progress: {
        expected,
        entered: sum("entered"),
        submitted: sum("submitted"),
        approved: sum("approved"),
        returned: sum("returned"),
        missing: sum("missing"),
        approvedShare: expected === 0 ? 1 : sum("approved") / expected,
        communes: all.length,
        complete: all.filter((p) => p.approvedShare === 1).length,
      },
    });
  }
  return ok(summaries);
}

export interface CampaignDetail {
  campaign: CampaignRecord;
  indicators: IndicatorRecord[];
  periods: string[];
  /** One line per commune the actor sees, for completeness at a glance. */
  communes: ({ inseeCode: string; name: string } & Completeness)[];
}

export async function getCampaign(ctx: Context, actor: SessionUser, id: string): Promise<Result<CampaignDetail>> {
  const campaign = await campaignsRepository(ctx.db).find(scopeOf(actor), id);
  if (!campaign) return notFound("Campagne");
  const visible = communesFor(actor, campaign);
  if (!can(actor, "campaign.read", { communeInseeCode: actor.role === "contributor" ? visible[0] : undefined })) {
    return actor.role === "contributor" ? notFound("Campagne") : forbidden();
  }
  const indicators = (await indicatorsRepository(ctx.db).findMany(campaign.indicatorIds)).sort((a, b) =>
    a.name.localeCompare(b.name, "fr"),
  );
  const progress = await campaignProgress(ctx.db, campaign, indicators, visible);
  const { periods } = campaignCells(campaign, indicators);
  return ok({
    campaign,
    indicators,
    periods: periods.sort(comparePeriods),
    communes: campaign.communes
      .filter((c) => visible.includes(c.inseeCode))
      .map((c) => ({ ...c, ...progress.get(c.inseeCode)! })),
  });
}

export interface SheetLine {
  indicator: IndicatorRecord;
  period: string;
  value: ValueRecord | null;
}

export interface CampaignSheet {
  campaign: CampaignRecord;
  commune: { inseeCode: string; name: string };
  lines: SheetLine[];
  progress: Completeness;
}

/** What one commune owes in a campaign, line by line, with what it has entered so far. */
export async function campaignSheet(
  ctx: Context,
  actor: SessionUser,
  input: { campaignId: string; communeInseeCode: string },
): Promise<Result<CampaignSheet>> {
  const scope = scopeOf(actor);
  const campaign = await campaignsRepository(ctx.db).find(scope, input.campaignId);
  if (!campaign) return notFound("Campagne");
  const commune = campaign.communes.find((c) => c.inseeCode === input.communeInseeCode);
  if (!commune) return notFound("Commune de la campagne");
  if (!can(actor, "value.read", { communeInseeCode: commune.inseeCode })) return forbidden();
  const indicators = (await indicatorsRepository(ctx.db).findMany(campaign.indicatorIds)).sort((a, b) =>
    a.name.localeCompare(b.name, "fr"),
  );
  const { cells, periods } = campaignCells(campaign, indicators);
  const values = await indicatorValuesRepository(ctx.db).listCells(scope, {
    indicatorIds: indicators.map((i) => i.id),
    communeCodes: [commune.inseeCode],
    periods,
  });
  const byKey = new Map(values.map((v) => [`${v.indicatorId}|${v.period}`, v]));
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const lines = cells.map((cell) => ({
    indicator: byId.get(cell.indicatorId)!,
    period: cell.period,
    value: byKey.get(`${cell.indicatorId}|${cell.period}`) ?? null,
  }));
  const progress = (await campaignProgress(ctx.db, campaign, indicators, [commune.inseeCode])).get(commune.inseeCode)!;
  return ok({ campaign, commune, lines, progress });
}
