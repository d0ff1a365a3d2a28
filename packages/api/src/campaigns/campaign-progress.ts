import { indicatorValuesRepository, type CampaignRecord, type IndicatorRecord, type Tx } from "@cvv/db";
import { completeness, expectedCells, type Completeness } from "@cvv/domain/indicators";

export interface CampaignCells {
  cells: { indicatorId: string; period: string }[];
  periods: string[];
}

export function campaignCells(campaign: CampaignRecord, indicators: readonly IndicatorRecord[]): CampaignCells {
  const cells = expectedCells(campaign, indicators);
  return { cells, periods: [...new Set(cells.map((c) => c.period))] };
}

/** Completeness of each commune of a campaign (or of the given ones), from one grouped count. */
export async function campaignProgress(
  db: Tx,
  campaign: CampaignRecord,
  indicators: readonly IndicatorRecord[],
  communeCodes: readonly string[] = campaign.communeCodes,
): Promise<Map<string, Completeness>> {
  const { cells, periods } = campaignCells(campaign, indicators);
  const counts = await indicatorValuesRepository(db).countCells({
    indicatorIds: indicators.map((i) => i.id),
    communeCodes,
    periods,
  });
  const progress = new Map<string, Completeness>();
  for (const code of communeCodes) {
    const byStatus = { draft: 0, submitted: 0, approved: 0, returned: 0 };
    for (const row of counts) if (row.communeInseeCode === code) byStatus[row.status] += row.count;
    progress.set(code, completeness(cells.length, byStatus));
  }
  return progress;
}
